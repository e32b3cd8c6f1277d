-- Preparation assignments and homework.
--
-- A course meeting's preparation assignment (title and Markdown instructions live in
-- course_meeting) is due at the start of each participant's own session of that meeting, unless
-- the trainer set another deadline here. The trainer may also have a reminder sent to those who
-- have not submitted, a number of days before their deadline.
CREATE TABLE assignment_setting (
    meeting_id    BIGINT       NOT NULL PRIMARY KEY,
    course_id     BIGINT       NOT NULL,
    due_at        DATETIME     NULL,
    reminder_days INT          NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_as_meeting FOREIGN KEY (meeting_id) REFERENCES course_meeting (id) ON DELETE CASCADE,
    CONSTRAINT fk_as_course FOREIGN KEY (course_id) REFERENCES course (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One participant's work on one meeting's assignment: the draft they are writing (saved
-- automatically) and whether it is handed in. While handed in, the draft is the submitted text.
CREATE TABLE homework (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    course_id      BIGINT       NOT NULL,
    meeting_id     BIGINT       NOT NULL,
    person_id      BIGINT       NOT NULL,
    draft_text     MEDIUMTEXT   NOT NULL,
    draft_saved_at TIMESTAMP(6) NULL,
    state          VARCHAR(20)  NOT NULL DEFAULT 'DRAFT',
    version        BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_homework UNIQUE (meeting_id, person_id),
    CONSTRAINT fk_hw_course FOREIGN KEY (course_id) REFERENCES course (id),
    CONSTRAINT fk_hw_meeting FOREIGN KEY (meeting_id) REFERENCES course_meeting (id),
    CONSTRAINT fk_hw_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_hw_course_meeting ON homework (course_id, meeting_id, state);
CREATE INDEX ix_hw_person ON homework (person_id);

-- Every version handed in is kept, also after it was withdrawn.
CREATE TABLE homework_submission (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    homework_id  BIGINT       NOT NULL,
    number       INT          NOT NULL,
    body         MEDIUMTEXT   NOT NULL,
    submitted_at TIMESTAMP(6) NOT NULL,
    late         BOOLEAN      NOT NULL,
    confirmed_findings INT    NOT NULL DEFAULT 0,
    withdrawn_at TIMESTAMP(6) NULL,
    CONSTRAINT uq_hw_submission UNIQUE (homework_id, number),
    CONSTRAINT fk_hws_homework FOREIGN KEY (homework_id) REFERENCES homework (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Attachments live in the database, so they are backed up with it, and are only served through
-- an access-checked download. Removing one from a draft keeps it for the versions that had it.
CREATE TABLE homework_file (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    homework_id    BIGINT       NOT NULL,
    file_name      VARCHAR(160) NOT NULL,
    kind           VARCHAR(10)  NOT NULL,
    size_bytes     BIGINT       NOT NULL,
    sha256         CHAR(64)     NOT NULL,
    content        LONGBLOB     NOT NULL,
    extracted_text MEDIUMTEXT   NOT NULL,
    added_at       TIMESTAMP(6) NOT NULL,
    removed_at     TIMESTAMP(6) NULL,
    CONSTRAINT fk_hwf_homework FOREIGN KEY (homework_id) REFERENCES homework (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_hwf_homework ON homework_file (homework_id, removed_at);

CREATE TABLE homework_submission_file (
    submission_id BIGINT NOT NULL,
    file_id       BIGINT NOT NULL,
    PRIMARY KEY (submission_id, file_id),
    CONSTRAINT fk_hwsf_submission FOREIGN KEY (submission_id) REFERENCES homework_submission (id),
    CONSTRAINT fk_hwsf_file FOREIGN KEY (file_id) REFERENCES homework_file (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Caseload themes a participant sees (from the course's theme list, or their own), each with the
-- number of cases. Counted on the common needs board once the homework is handed in.
CREATE TABLE homework_theme (
    homework_id BIGINT       NOT NULL,
    position    INT          NOT NULL,
    theme_key   VARCHAR(80)  NULL,
    own_label   VARCHAR(120) NULL,
    cases       INT          NOT NULL,
    PRIMARY KEY (homework_id, position),
    CONSTRAINT fk_hwt_homework FOREIGN KEY (homework_id) REFERENCES homework (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Written feedback of a trainer on one handed-in version.
CREATE TABLE homework_feedback (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    submission_id BIGINT       NOT NULL,
    trainer_id    BIGINT       NOT NULL,
    body          TEXT         NOT NULL,
    given_at      TIMESTAMP(6) NOT NULL,
    CONSTRAINT fk_hwfb_submission FOREIGN KEY (submission_id) REFERENCES homework_submission (id),
    CONSTRAINT fk_hwfb_trainer FOREIGN KEY (trainer_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_hwfb_submission ON homework_feedback (submission_id);
