-- One-time links to choose a password (issue 17): an invitation an administrator sends, or a
-- reset a person asks for on "Wachtwoord vergeten?". The link holds a random 256-bit token; only
-- its SHA-256 hash is stored, so a copy of the database opens no account. A link ends when it is
-- used or when a newer link for the same person replaces it (ended_at); it expires at expires_at.
-- The rows of the last hour also count the mails per person, to limit how many one can ask for.
CREATE TABLE account_link (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    person_id  BIGINT       NOT NULL,
    purpose    VARCHAR(12)  NOT NULL,
    token_hash CHAR(64)     NOT NULL,
    created_at TIMESTAMP(6) NOT NULL,
    expires_at TIMESTAMP(6) NOT NULL,
    ended_at   TIMESTAMP(6) NULL,
    CONSTRAINT uk_account_link_token UNIQUE (token_hash),
    CONSTRAINT fk_account_link_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE,
    CONSTRAINT ck_account_link_purpose CHECK (purpose IN ('INVITATION', 'RESET'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_account_link_person ON account_link (person_id, created_at);
-- links older than the invitation period and 30 days are deleted whenever a new link is made
CREATE INDEX ix_account_link_created ON account_link (created_at);
