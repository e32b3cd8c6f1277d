-- Notifications in the app (docs/decisions/0013-notifications-in-the-app.md): the bell in the
-- navigation bar and the inbox "Meldingen". One row per notice Pendel gives a person in the app,
-- written by the notification dispatcher in the transaction of the change that causes it.
--
-- The text is never stored as a sentence: kind names the fixed text (a translation key, shown in
-- the reader's language) and params holds the names it is filled with (a course's, meeting's or
-- plan's title, a date), separated by the unit separator U+001F. Those names were checked by the
-- privacy guard on their way into their own tables; no resident's data comes here.
-- target is the path inside Pendel the item opens (e.g. huiswerk/12/34); the screen there checks
-- access again. dedupe_key (the mail's) keeps one notice from ringing the bell twice.
-- read_at is set when the person opens the item or marks everything read; read items are deleted
-- six months after they were written (pendel.retention.inbox), unread ones when the person is
-- erased.
CREATE TABLE app_notification (
    id         BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    person_id  BIGINT        NOT NULL,
    kind       VARCHAR(30)   NOT NULL,
    course_id  BIGINT        NULL,
    dedupe_key VARCHAR(200)  NOT NULL,
    params     VARCHAR(1000) NOT NULL,
    target     VARCHAR(300)  NOT NULL,
    created_at TIMESTAMP(6)  NOT NULL,
    read_at    TIMESTAMP(6)  NULL,
    CONSTRAINT uk_app_notification_dedupe UNIQUE (person_id, dedupe_key),
    CONSTRAINT fk_app_notification_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE,
    CONSTRAINT fk_app_notification_course FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- the inbox, newest first, and the unread count: both by person
CREATE INDEX ix_app_notification_person ON app_notification (person_id, created_at, id);
CREATE INDEX ix_app_notification_unread ON app_notification (person_id, read_at);
-- retention: read items by age
CREATE INDEX ix_app_notification_read ON app_notification (read_at, created_at);
