-- Notifications. Every mail is first written to the outbox, in the same transaction as the change
-- that causes it; a background sender delivers it. dedupe_key makes creating the same mail twice
-- impossible (e.g. a reminder for one session, person and date); message_id stays the same across
-- retries so that a rare second delivery can be recognised as the same message.
CREATE TABLE mail_outbox (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    dedupe_key      VARCHAR(200)  NOT NULL,
    person_id       BIGINT        NULL,
    recipient       VARCHAR(254)  NOT NULL,
    kind            VARCHAR(30)   NOT NULL,
    subject         VARCHAR(300)  NOT NULL,
    body_text       MEDIUMTEXT    NOT NULL,
    body_html       MEDIUMTEXT    NOT NULL,
    calendar        MEDIUMTEXT    NULL,
    calendar_method VARCHAR(10)   NULL,
    message_id      VARCHAR(200)  NOT NULL,
    status          VARCHAR(12)   NOT NULL,
    attempts        INT           NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMP(6)  NOT NULL,
    lease_until     TIMESTAMP(6)  NULL,
    claimed_by      VARCHAR(100)  NULL,
    last_error      VARCHAR(1000) NULL,
    created_at      TIMESTAMP(6)  NOT NULL,
    sent_at         TIMESTAMP(6)  NULL,
    CONSTRAINT uk_outbox_dedupe UNIQUE (dedupe_key),
    CONSTRAINT uk_outbox_message UNIQUE (message_id),
    CONSTRAINT fk_outbox_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT ck_outbox_status CHECK (status IN ('PENDING', 'SENDING', 'SENT', 'FAILED', 'KEPT'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_outbox_due ON mail_outbox (status, next_attempt_at);
CREATE INDEX ix_outbox_created ON mail_outbox (created_at);

-- How a person wants each kind of notification: IMMEDIATE, DIGEST (one mail a day) or OFF.
-- Kinds without a row are sent immediately.
CREATE TABLE notification_preference (
    person_id BIGINT      NOT NULL,
    kind      VARCHAR(30) NOT NULL,
    delivery  VARCHAR(12) NOT NULL,
    PRIMARY KEY (person_id, kind),
    CONSTRAINT fk_preference_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE,
    CONSTRAINT ck_preference_delivery CHECK (delivery IN ('IMMEDIATE', 'DIGEST', 'OFF'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Notifications waiting for a person's daily digest; digest_mail_id is set once they are in one.
CREATE TABLE notification_digest_item (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    dedupe_key     VARCHAR(200) NOT NULL,
    person_id      BIGINT       NOT NULL,
    kind           VARCHAR(30)  NOT NULL,
    subject        VARCHAR(300) NOT NULL,
    body_text      MEDIUMTEXT   NOT NULL,
    body_html      MEDIUMTEXT   NOT NULL,
    created_at     TIMESTAMP(6) NOT NULL,
    digest_mail_id BIGINT       NULL,
    CONSTRAINT uk_digest_dedupe UNIQUE (dedupe_key),
    CONSTRAINT fk_digest_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE,
    CONSTRAINT fk_digest_mail FOREIGN KEY (digest_mail_id) REFERENCES mail_outbox (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_digest_pending ON notification_digest_item (digest_mail_id, person_id);

-- Addresses the mail server refused for good; shown to administrators, not mailed again.
CREATE TABLE undeliverable_address (
    email     VARCHAR(254)  NOT NULL PRIMARY KEY,
    person_id BIGINT        NULL,
    reason    VARCHAR(1000) NOT NULL,
    marked_at TIMESTAMP(6)  NOT NULL,
    CONSTRAINT fk_undeliverable_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A lease per background job, so that a job runs on one node at a time in a cluster.
CREATE TABLE job_lease (
    name        VARCHAR(60)  NOT NULL PRIMARY KEY,
    holder      VARCHAR(100) NOT NULL,
    lease_until TIMESTAMP(6) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO job_lease (name, holder, lease_until) VALUES
    ('reminders', '', '1970-01-01 00:00:01'),
    ('digests', '', '1970-01-01 00:00:01');
