-- Self-assessment on the competence framework of a course's programme.
--
-- A course has self-assessment moments (by default: start, end, follow-up), each open in a
-- period. A participant fills in one self-assessment per moment: a level per indicator, what they
-- master already, their development points and one to three development goals. Ratings refer to
-- the framework's indicators, which never change (content is versioned).
CREATE TABLE assessment_moment (
    id        BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    course_id BIGINT      NOT NULL,
    kind      VARCHAR(20) NOT NULL,
    position  INT         NOT NULL,
    opens_on  DATE        NOT NULL,
    closes_on DATE        NOT NULL,
    version   BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT uq_moment_kind UNIQUE (course_id, kind),
    CONSTRAINT fk_moment_course FOREIGN KEY (course_id) REFERENCES course (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE self_assessment (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    moment_id    BIGINT       NOT NULL,
    person_id    BIGINT       NOT NULL,
    state        VARCHAR(20)  NOT NULL DEFAULT 'DRAFT',
    mastered     TEXT         NOT NULL,
    development  TEXT         NOT NULL,
    saved_at     TIMESTAMP(6) NULL,
    submitted_at TIMESTAMP(6) NULL,
    version      BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_self_assessment UNIQUE (moment_id, person_id),
    CONSTRAINT fk_sa_moment FOREIGN KEY (moment_id) REFERENCES assessment_moment (id),
    CONSTRAINT fk_sa_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_sa_person ON self_assessment (person_id);

CREATE TABLE self_assessment_rating (
    assessment_id BIGINT NOT NULL,
    indicator_id  BIGINT NOT NULL,
    level_value   INT    NOT NULL,
    PRIMARY KEY (assessment_id, indicator_id),
    CONSTRAINT fk_sar_assessment FOREIGN KEY (assessment_id) REFERENCES self_assessment (id),
    CONSTRAINT fk_sar_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE development_goal (
    assessment_id BIGINT       NOT NULL,
    position      INT          NOT NULL,
    text          VARCHAR(500) NOT NULL,
    PRIMARY KEY (assessment_id, position),
    CONSTRAINT fk_goal_assessment FOREIGN KEY (assessment_id) REFERENCES self_assessment (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
