-- Course evaluation (issue 19 item 6, docs/decisions/0016-course-evaluation.md).
--
-- Anonymous by construction: who answered and what was answered are kept in tables that share
-- nothing but the course. The flag has no id, no time and no order of its own; the response has a
-- random id (UUID, not an increasing number), no person and no time. So the answers cannot be
-- joined back to a person, not even by the order in which they were written.

-- Who answered a course's evaluation, so nobody answers twice. Personal data: exported as "you
-- answered the evaluation of course X", removed on erasure.
CREATE TABLE course_evaluation_done (
    course_id BIGINT NOT NULL,
    person_id BIGINT NOT NULL,
    PRIMARY KEY (course_id, person_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One anonymous evaluation of a course, on the questionnaire version it was given.
CREATE TABLE course_evaluation_response (
    id                       CHAR(36) NOT NULL PRIMARY KEY,
    course_id                BIGINT   NOT NULL,
    questionnaire_version_id BIGINT   NOT NULL,
    CONSTRAINT fk_course_evaluation_questionnaire FOREIGN KEY (questionnaire_version_id)
        REFERENCES questionnaire_version (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_course_evaluation_course ON course_evaluation_response (course_id);

-- Its answers, one row per question answered: rating for RATING questions, text for TEXT
-- questions (checked by the privacy guard before it is stored).
CREATE TABLE course_evaluation_answer (
    response_id  CHAR(36)      NOT NULL,
    question_key VARCHAR(80)   NOT NULL,
    rating       INT           NULL,
    text         VARCHAR(2000) NOT NULL,
    PRIMARY KEY (response_id, question_key),
    CONSTRAINT fk_course_evaluation_answer_response FOREIGN KEY (response_id)
        REFERENCES course_evaluation_response (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
