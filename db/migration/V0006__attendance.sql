-- Attendance per session and person. A participant may be registered in another subgroup's
-- session of the same meeting (a catch-up); that counts as attending the meeting.
CREATE TABLE attendance (
    session_id  BIGINT       NOT NULL,
    person_id   BIGINT       NOT NULL,
    status      VARCHAR(20)  NOT NULL,
    note        VARCHAR(300) NOT NULL DEFAULT '',
    catch_up    BOOLEAN      NOT NULL DEFAULT FALSE,
    recorded_by BIGINT       NOT NULL,
    recorded_at TIMESTAMP(6) NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (session_id, person_id),
    CONSTRAINT fk_attendance_session FOREIGN KEY (session_id) REFERENCES course_session (id) ON DELETE CASCADE,
    CONSTRAINT fk_attendance_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_attendance_person ON attendance (person_id);
