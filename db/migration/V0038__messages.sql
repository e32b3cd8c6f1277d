-- Announcements and messages of a course (issue 19, decision 0016). A trainer (or co-trainer)
-- writes an announcement to the whole course, to one subgroup or to one participant. A
-- participant answers in their own thread under it; a thread is read by that participant and the
-- course's trainers only. Subject and body passed the resident-identifier check before they were
-- written. Course-wide and subgroup announcements outlive their author's erasure (the author then
-- shows under the anonymised name); those to one person and the replies of a person go with them.
CREATE TABLE course_announcement (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    course_id   BIGINT        NOT NULL,
    author_id   BIGINT        NOT NULL,
    -- COURSE: everyone in the course; SUBGROUP: the members of subgroup_id; PERSON: person_id
    audience    VARCHAR(10)   NOT NULL,
    subgroup_id BIGINT        NULL,
    person_id   BIGINT        NULL,
    subject     VARCHAR(150)  NOT NULL,
    body        TEXT          NOT NULL,
    created_at  TIMESTAMP(6)  NOT NULL,
    CONSTRAINT ck_course_announcement_audience CHECK (
        (audience = 'COURSE' AND subgroup_id IS NULL AND person_id IS NULL)
        OR (audience = 'SUBGROUP' AND subgroup_id IS NOT NULL AND person_id IS NULL)
        OR (audience = 'PERSON' AND subgroup_id IS NULL AND person_id IS NOT NULL)),
    CONSTRAINT fk_course_announcement_course FOREIGN KEY (course_id) REFERENCES course (id),
    CONSTRAINT fk_course_announcement_author FOREIGN KEY (author_id) REFERENCES person (id),
    CONSTRAINT fk_course_announcement_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_course_announcement_course ON course_announcement (course_id, created_at);

-- One message in a participant's thread under an announcement: written by that participant (to the
-- trainers) or by a trainer (to that participant).
CREATE TABLE announcement_reply (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    announcement_id BIGINT       NOT NULL,
    participant_id  BIGINT       NOT NULL,
    author_id       BIGINT       NOT NULL,
    body            TEXT         NOT NULL,
    created_at      TIMESTAMP(6) NOT NULL,
    CONSTRAINT fk_announcement_reply_announcement FOREIGN KEY (announcement_id) REFERENCES course_announcement (id),
    CONSTRAINT fk_announcement_reply_participant FOREIGN KEY (participant_id) REFERENCES person (id),
    CONSTRAINT fk_announcement_reply_author FOREIGN KEY (author_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_announcement_reply_thread ON announcement_reply (announcement_id, participant_id, created_at);
CREATE INDEX ix_announcement_reply_author ON announcement_reply (author_id);
