-- A trainer's observation of a participant on one competence. Shown next to the participant's
-- self-rating, never averaged with it.
CREATE TABLE trainer_observation (
    course_id     BIGINT       NOT NULL,
    person_id     BIGINT       NOT NULL,
    competence_id BIGINT       NOT NULL,
    text          TEXT         NOT NULL,
    trainer_id    BIGINT       NOT NULL,
    updated_at    TIMESTAMP(6) NOT NULL,
    version       BIGINT       NOT NULL DEFAULT 1,
    PRIMARY KEY (course_id, person_id, competence_id),
    CONSTRAINT fk_to_course FOREIGN KEY (course_id) REFERENCES course (id),
    CONSTRAINT fk_to_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_to_competence FOREIGN KEY (competence_id) REFERENCES competence (id),
    CONSTRAINT fk_to_trainer FOREIGN KEY (trainer_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
