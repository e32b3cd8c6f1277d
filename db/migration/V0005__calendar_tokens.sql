-- A personal calendar subscription: the address holds a random token; only its SHA-256 hash is
-- stored. A new token replaces (revokes) the old one.
CREATE TABLE calendar_token (
    person_id  BIGINT       NOT NULL PRIMARY KEY,
    token_hash CHAR(64)     NOT NULL,
    created_at TIMESTAMP(6) NOT NULL,
    CONSTRAINT uk_calendar_token UNIQUE (token_hash),
    CONSTRAINT fk_calendar_token_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
