-- A session: one meeting of a course held for one subgroup at a date, time and place.
-- The uid is stable for (course, meeting, subgroup), so calendars update the entry they have;
-- sequence goes up at every change (RFC 5545).
CREATE TABLE course_session (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    course_id    BIGINT       NOT NULL,
    meeting_id   BIGINT       NOT NULL,
    subgroup_id  BIGINT       NOT NULL,
    session_date DATE         NOT NULL,
    start_time   TIME         NOT NULL,
    end_time     TIME         NOT NULL,
    location     VARCHAR(200) NOT NULL,
    room         VARCHAR(100) NOT NULL DEFAULT '',
    trainer_id   BIGINT       NOT NULL,
    status       VARCHAR(20)  NOT NULL,
    uid          VARCHAR(120) NOT NULL,
    sequence_no  INT          NOT NULL DEFAULT 0,
    version      BIGINT       NOT NULL DEFAULT 0,
    updated_at   TIMESTAMP(6) NOT NULL,
    CONSTRAINT uk_session_uid UNIQUE (uid),
    CONSTRAINT fk_session_course FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE,
    CONSTRAINT fk_session_meeting FOREIGN KEY (meeting_id) REFERENCES course_meeting (id),
    CONSTRAINT fk_session_subgroup FOREIGN KEY (subgroup_id) REFERENCES subgroup (id),
    CONSTRAINT fk_session_trainer FOREIGN KEY (trainer_id) REFERENCES person (id),
    CONSTRAINT ck_session_times CHECK (end_time > start_time)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_session_course ON course_session (course_id, session_date);
CREATE INDEX ix_session_date ON course_session (session_date, start_time);
CREATE INDEX ix_session_trainer ON course_session (trainer_id, session_date);
CREATE INDEX ix_session_subgroup ON course_session (subgroup_id);
