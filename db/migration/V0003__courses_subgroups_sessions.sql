-- A course is one run of a programme version for one team. It keeps its own copy of the
-- programme's meetings and session pattern, so trainers can adapt them without touching the
-- shared programme.
CREATE TABLE course (
    id                   BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    team_id              BIGINT       NOT NULL,
    programme_version_id BIGINT       NOT NULL,
    title                VARCHAR(200) NOT NULL,
    starts_on            DATE         NOT NULL,
    ends_on              DATE         NOT NULL,
    status               VARCHAR(20)  NOT NULL,
    trainer_id           BIGINT       NOT NULL,
    co_trainer_id        BIGINT       NULL,
    subgroup_count       INT          NOT NULL,
    copied_from_id       BIGINT       NULL,
    version              BIGINT       NOT NULL DEFAULT 0,
    created_at           TIMESTAMP(6) NOT NULL,
    updated_at           TIMESTAMP(6) NOT NULL,
    CONSTRAINT fk_course_team FOREIGN KEY (team_id) REFERENCES team (id),
    CONSTRAINT fk_course_pv FOREIGN KEY (programme_version_id) REFERENCES programme_version (id),
    CONSTRAINT fk_course_trainer FOREIGN KEY (trainer_id) REFERENCES person (id),
    CONSTRAINT fk_course_co_trainer FOREIGN KEY (co_trainer_id) REFERENCES person (id),
    CONSTRAINT fk_course_copied_from FOREIGN KEY (copied_from_id) REFERENCES course (id),
    CONSTRAINT ck_course_period CHECK (ends_on >= starts_on),
    CONSTRAINT ck_course_subgroups CHECK (subgroup_count BETWEEN 1 AND 12)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_course_team ON course (team_id, starts_on);
CREATE INDEX ix_course_trainer ON course (trainer_id);
CREATE INDEX ix_course_co_trainer ON course (co_trainer_id);

CREATE TABLE course_participant (
    course_id BIGINT NOT NULL,
    person_id BIGINT NOT NULL,
    PRIMARY KEY (course_id, person_id),
    CONSTRAINT fk_cp_course FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE,
    CONSTRAINT fk_cp_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_cp_person ON course_participant (person_id);

CREATE TABLE course_meeting (
    id                       BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    course_id                BIGINT       NOT NULL,
    position                 INT          NOT NULL,
    title                    VARCHAR(200) NOT NULL,
    theme                    TEXT         NULL,
    preparation_title        VARCHAR(200) NOT NULL,
    preparation_instructions MEDIUMTEXT   NOT NULL,
    version                  BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_cm_course FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_cm_course ON course_meeting (course_id, position);

CREATE TABLE course_agenda_item (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    meeting_id BIGINT       NOT NULL,
    position   INT          NOT NULL,
    text       VARCHAR(500) NOT NULL,
    CONSTRAINT fk_cai_meeting FOREIGN KEY (meeting_id) REFERENCES course_meeting (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE course_session_slot (
    id          BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    course_id   BIGINT NOT NULL,
    subgroup_no INT    NOT NULL,
    day_offset  INT    NOT NULL,
    start_time  TIME   NOT NULL,
    end_time    TIME   NOT NULL,
    CONSTRAINT uk_css UNIQUE (course_id, subgroup_no),
    CONSTRAINT fk_css_course FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Subgroups stay together for the whole course; a person is in at most one subgroup per course.
CREATE TABLE subgroup (
    id        BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    course_id BIGINT       NOT NULL,
    number    INT          NOT NULL,
    name      VARCHAR(80)  NOT NULL,
    version   BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_subgroup_number UNIQUE (course_id, number),
    CONSTRAINT fk_subgroup_course FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE subgroup_member (
    course_id   BIGINT NOT NULL,
    person_id   BIGINT NOT NULL,
    subgroup_id BIGINT NOT NULL,
    PRIMARY KEY (course_id, person_id),
    CONSTRAINT fk_sm_subgroup FOREIGN KEY (subgroup_id) REFERENCES subgroup (id) ON DELETE CASCADE,
    CONSTRAINT fk_sm_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_sm_subgroup ON subgroup_member (subgroup_id);
CREATE INDEX ix_sm_person ON subgroup_member (person_id);
