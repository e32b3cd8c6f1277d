-- Programme content loaded from course-content/. Every version is immutable: changed content
-- becomes a new version (version_no + 1) and courses keep the version they started with.

CREATE TABLE competence_framework_version (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    framework_key VARCHAR(80)  NOT NULL,
    version_no    INT          NOT NULL,
    content_hash  CHAR(64)     NOT NULL,
    title         VARCHAR(200) NOT NULL,
    description   TEXT         NULL,
    source_file   VARCHAR(255) NOT NULL,
    loaded_at     TIMESTAMP(6) NOT NULL,
    CONSTRAINT uk_cfv_key_version UNIQUE (framework_key, version_no),
    CONSTRAINT uk_cfv_key_hash UNIQUE (framework_key, content_hash)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE rating_level (
    id                   BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    framework_version_id BIGINT       NOT NULL,
    level_value          INT          NOT NULL,
    label                VARCHAR(120) NOT NULL,
    anchor               VARCHAR(500) NULL,
    CONSTRAINT uk_rating_level UNIQUE (framework_version_id, level_value),
    CONSTRAINT fk_rating_level_fv FOREIGN KEY (framework_version_id) REFERENCES competence_framework_version (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE competence (
    id                   BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    framework_version_id BIGINT       NOT NULL,
    position             INT          NOT NULL,
    code                 VARCHAR(20)  NOT NULL,
    title                VARCHAR(300) NOT NULL,
    short_title          VARCHAR(80)  NOT NULL,
    orientation          VARCHAR(20)  NOT NULL,
    CONSTRAINT uk_competence_code UNIQUE (framework_version_id, code),
    CONSTRAINT fk_competence_fv FOREIGN KEY (framework_version_id) REFERENCES competence_framework_version (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE indicator (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    competence_id BIGINT       NOT NULL,
    position      INT          NOT NULL,
    code          VARCHAR(20)  NOT NULL,
    text          VARCHAR(500) NOT NULL,
    CONSTRAINT uk_indicator_code UNIQUE (competence_id, code),
    CONSTRAINT fk_indicator_competence FOREIGN KEY (competence_id) REFERENCES competence (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE plan_template_version (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    template_key VARCHAR(80)  NOT NULL,
    version_no   INT          NOT NULL,
    content_hash CHAR(64)     NOT NULL,
    title        VARCHAR(200) NOT NULL,
    description  TEXT         NULL,
    source_file  VARCHAR(255) NOT NULL,
    loaded_at    TIMESTAMP(6) NOT NULL,
    CONSTRAINT uk_ptv_key_version UNIQUE (template_key, version_no),
    CONSTRAINT uk_ptv_key_hash UNIQUE (template_key, content_hash)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE plan_template_section (
    id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    template_version_id BIGINT       NOT NULL,
    position            INT          NOT NULL,
    section_key         VARCHAR(60)  NOT NULL,
    title               VARCHAR(200) NOT NULL,
    guidance            TEXT         NULL,
    required            BOOLEAN      NOT NULL,
    CONSTRAINT uk_pts_key UNIQUE (template_version_id, section_key),
    CONSTRAINT fk_pts_ptv FOREIGN KEY (template_version_id) REFERENCES plan_template_version (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE programme_version (
    id                       BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    programme_key            VARCHAR(80)  NOT NULL,
    version_no               INT          NOT NULL,
    content_hash             CHAR(64)     NOT NULL,
    title                    VARCHAR(200) NOT NULL,
    summary                  TEXT         NULL,
    framework_version_id     BIGINT       NOT NULL,
    plan_template_version_id BIGINT       NOT NULL,
    subgroup_count           INT          NOT NULL,
    source_file              VARCHAR(255) NOT NULL,
    loaded_at                TIMESTAMP(6) NOT NULL,
    CONSTRAINT uk_pv_key_version UNIQUE (programme_key, version_no),
    CONSTRAINT uk_pv_key_hash UNIQUE (programme_key, content_hash),
    CONSTRAINT fk_pv_fv FOREIGN KEY (framework_version_id) REFERENCES competence_framework_version (id),
    CONSTRAINT fk_pv_ptv FOREIGN KEY (plan_template_version_id) REFERENCES plan_template_version (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE programme_goal (
    id                   BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    programme_version_id BIGINT       NOT NULL,
    position             INT          NOT NULL,
    text                 VARCHAR(500) NOT NULL,
    CONSTRAINT fk_goal_pv FOREIGN KEY (programme_version_id) REFERENCES programme_version (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The session pattern: which subgroup meets on which day (offset from the meeting's first day)
-- and at what time.
CREATE TABLE programme_session_slot (
    id                   BIGINT  NOT NULL AUTO_INCREMENT PRIMARY KEY,
    programme_version_id BIGINT  NOT NULL,
    position             INT     NOT NULL,
    day_offset           INT     NOT NULL,
    start_time           TIME    NOT NULL,
    end_time             TIME    NOT NULL,
    subgroup_no          INT     NOT NULL,
    CONSTRAINT uk_slot_subgroup UNIQUE (programme_version_id, subgroup_no),
    CONSTRAINT fk_slot_pv FOREIGN KEY (programme_version_id) REFERENCES programme_version (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE programme_meeting (
    id                       BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    programme_version_id     BIGINT       NOT NULL,
    position                 INT          NOT NULL,
    title                    VARCHAR(200) NOT NULL,
    theme                    TEXT         NULL,
    preparation_title        VARCHAR(200) NOT NULL,
    preparation_instructions MEDIUMTEXT   NOT NULL,
    CONSTRAINT uk_meeting_position UNIQUE (programme_version_id, position),
    CONSTRAINT fk_meeting_pv FOREIGN KEY (programme_version_id) REFERENCES programme_version (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE programme_agenda_item (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    meeting_id BIGINT       NOT NULL,
    position   INT          NOT NULL,
    text       VARCHAR(500) NOT NULL,
    CONSTRAINT fk_agenda_meeting FOREIGN KEY (meeting_id) REFERENCES programme_meeting (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
