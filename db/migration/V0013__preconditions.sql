-- The preconditions scan: per course, its participants and the lead of its team rate the five
-- preconditions for preventive and environment-oriented work (codes of the Precondition enum:
-- ROOM, LEADERSHIP, INFRASTRUCTURE, KNOWLEDGE, COLLABORATION) from 1 to 5, with a comment.
-- One answer set per person per course; respondent says in which role it was given
-- (PARTICIPANT or LEAD), so the team's figures and the lead's are kept apart.
CREATE TABLE precondition_response (
    course_id  BIGINT       NOT NULL,
    person_id  BIGINT       NOT NULL,
    respondent VARCHAR(20)  NOT NULL,
    updated_at TIMESTAMP(6) NOT NULL,
    version    BIGINT       NOT NULL DEFAULT 1,
    PRIMARY KEY (course_id, person_id),
    CONSTRAINT fk_precondition_response_course FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE,
    CONSTRAINT fk_precondition_response_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_precondition_response_person ON precondition_response (person_id);

-- One line per precondition answered: a rating (1-5), a comment, or both.
CREATE TABLE precondition_rating (
    course_id    BIGINT       NOT NULL,
    person_id    BIGINT       NOT NULL,
    precondition VARCHAR(30)  NOT NULL,
    rating       TINYINT      NULL,
    comment      VARCHAR(500) NOT NULL DEFAULT '',
    PRIMARY KEY (course_id, person_id, precondition),
    CONSTRAINT ck_precondition_rating_range CHECK (rating IS NULL OR rating BETWEEN 1 AND 5),
    CONSTRAINT fk_precondition_rating_response FOREIGN KEY (course_id, person_id)
        REFERENCES precondition_response (course_id, person_id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
