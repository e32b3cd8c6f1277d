-- Look-back per session (issue 19, docs/decisions/0014-look-back.md).
--
-- Questionnaires are programme content (course-content/questionnaires/*.yaml), versioned like the
-- other content: a version is found by its key and content hash; changed content is a new version.
CREATE TABLE questionnaire_version (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    questionnaire_key VARCHAR(80)  NOT NULL,
    version_no        INT          NOT NULL,
    content_hash      CHAR(64)     NOT NULL,
    title             VARCHAR(200) NOT NULL,
    description       TEXT         NOT NULL,
    source_file       VARCHAR(500) NOT NULL,
    loaded_at         TIMESTAMP(6) NOT NULL,
    CONSTRAINT uq_questionnaire_version UNIQUE (questionnaire_key, version_no),
    CONSTRAINT uq_questionnaire_hash UNIQUE (questionnaire_key, content_hash)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The questions of one version, in order. kind: TEXT (a short text of at most max_length
-- characters) or RATING (a whole number 1 to 5).
CREATE TABLE questionnaire_question (
    id                       BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    questionnaire_version_id BIGINT       NOT NULL,
    position                 INT          NOT NULL,
    question_key             VARCHAR(80)  NOT NULL,
    kind                     VARCHAR(20)  NOT NULL,
    label                    VARCHAR(200) NOT NULL,
    help                     VARCHAR(500) NOT NULL,
    max_length               INT          NOT NULL,
    required                 BOOLEAN      NOT NULL,
    CONSTRAINT fk_questionnaire_question_version FOREIGN KEY (questionnaire_version_id)
        REFERENCES questionnaire_version (id),
    CONSTRAINT uq_questionnaire_question UNIQUE (questionnaire_version_id, question_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Which questionnaire a programme version uses for what (purpose LOOK_BACK: after each session;
-- COURSE_EVALUATION: at the end of the course), by key: the newest version of that key is asked.
-- Written at every load from the programme file's look-back / course-evaluation fields.
CREATE TABLE programme_questionnaire (
    programme_version_id BIGINT      NOT NULL,
    purpose              VARCHAR(30) NOT NULL,
    questionnaire_key    VARCHAR(80) NOT NULL,
    PRIMARY KEY (programme_version_id, purpose),
    CONSTRAINT fk_programme_questionnaire_version FOREIGN KEY (programme_version_id)
        REFERENCES programme_version (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One participant's look-back on one session: at most one per person and session, changeable
-- while the window is open (version). person_id is kept so the writer can change it and it counts
-- once; trainers see the name only when signed. Erasure sets person_id to null and keeps the
-- answers (they no longer belong to anyone). course_id and subgroup_id are copied from the
-- session when answering, so the results need no other module's tables.
CREATE TABLE look_back_response (
    id                       BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    session_id               BIGINT       NOT NULL,
    course_id                BIGINT       NOT NULL,
    subgroup_id              BIGINT       NOT NULL,
    person_id                BIGINT       NULL,
    signed                   BOOLEAN      NOT NULL,
    questionnaire_version_id BIGINT       NOT NULL,
    rating                   INT          NULL,
    answered_at              TIMESTAMP(6) NOT NULL,
    version                  BIGINT       NOT NULL,
    CONSTRAINT uq_look_back_person UNIQUE (session_id, person_id),
    CONSTRAINT fk_look_back_questionnaire FOREIGN KEY (questionnaire_version_id)
        REFERENCES questionnaire_version (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_look_back_course ON look_back_response (course_id, session_id);

-- The answers of one response, one row per question answered. rating for RATING questions, text
-- for TEXT questions (checked by the privacy guard before it is stored). The session's score is
-- also kept on the response (rating) so the figures are one aggregate.
CREATE TABLE look_back_answer (
    response_id  BIGINT        NOT NULL,
    question_key VARCHAR(80)   NOT NULL,
    rating       INT           NULL,
    text         VARCHAR(2000) NOT NULL,
    PRIMARY KEY (response_id, question_key),
    CONSTRAINT fk_look_back_answer_response FOREIGN KEY (response_id) REFERENCES look_back_response (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
