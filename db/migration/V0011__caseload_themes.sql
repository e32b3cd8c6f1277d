-- Caseload themes: the recurring questions participants look for in their caseload (e.g. for the
-- preparation of meeting 2), loaded from course-content/caseload-themes/. Versioned like the other
-- content: changed content becomes a new version, earlier versions stay.
CREATE TABLE caseload_theme_list_version (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    list_key     VARCHAR(80)  NOT NULL,
    version_no   INT          NOT NULL,
    content_hash CHAR(64)     NOT NULL,
    title        VARCHAR(200) NOT NULL,
    description  TEXT         NULL,
    source_file  VARCHAR(255) NOT NULL,
    loaded_at    TIMESTAMP(6) NOT NULL,
    CONSTRAINT uk_ctlv_key_version UNIQUE (list_key, version_no),
    CONSTRAINT uk_ctlv_key_hash UNIQUE (list_key, content_hash)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE caseload_theme (
    id                    BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    theme_list_version_id BIGINT       NOT NULL,
    position              INT          NOT NULL,
    theme_key             VARCHAR(80)  NOT NULL,
    label                 VARCHAR(120) NOT NULL,
    description           VARCHAR(500) NULL,
    CONSTRAINT uk_caseload_theme_key UNIQUE (theme_list_version_id, theme_key),
    CONSTRAINT fk_caseload_theme_list FOREIGN KEY (theme_list_version_id) REFERENCES caseload_theme_list_version (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A programme version refers to at most one theme list version; a meeting's preparation may ask
-- for themes from it.
ALTER TABLE programme_version
    ADD COLUMN caseload_theme_list_version_id BIGINT NULL,
    ADD CONSTRAINT fk_pv_ctlv FOREIGN KEY (caseload_theme_list_version_id)
        REFERENCES caseload_theme_list_version (id);

ALTER TABLE programme_meeting
    ADD COLUMN asks_caseload_themes BOOLEAN NOT NULL DEFAULT FALSE;

-- A course keeps the theme list version of the programme version it started from (or of the
-- course it was copied from); its own meetings carry the flag, which trainers may change.
ALTER TABLE course
    ADD COLUMN caseload_theme_list_version_id BIGINT NULL,
    ADD CONSTRAINT fk_course_ctlv FOREIGN KEY (caseload_theme_list_version_id)
        REFERENCES caseload_theme_list_version (id);

ALTER TABLE course_meeting
    ADD COLUMN asks_caseload_themes BOOLEAN NOT NULL DEFAULT FALSE;
