-- Collective activity plans that a subgroup builds together (meetings 2 and 3). A plan follows
-- the plan template of the course's programme; each section is saved on its own with an
-- optimistic version, and every saved version is kept.
CREATE TABLE activity_plan (
    id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    course_id           BIGINT       NOT NULL,
    subgroup_id         BIGINT       NOT NULL,
    template_version_id BIGINT       NOT NULL,
    title               VARCHAR(200) NOT NULL,
    status              VARCHAR(20)  NOT NULL DEFAULT 'IDEA',
    competences         VARCHAR(40)  NOT NULL DEFAULT '',
    signed_off_by       BIGINT       NULL,
    signed_off_at       TIMESTAMP(6) NULL,
    created_by          BIGINT       NOT NULL,
    created_at          TIMESTAMP(6) NOT NULL,
    version             BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_plan_course FOREIGN KEY (course_id) REFERENCES course (id),
    CONSTRAINT fk_plan_subgroup FOREIGN KEY (subgroup_id) REFERENCES subgroup (id),
    CONSTRAINT fk_plan_template FOREIGN KEY (template_version_id) REFERENCES plan_template_version (id),
    CONSTRAINT fk_plan_signed_off_by FOREIGN KEY (signed_off_by) REFERENCES person (id),
    CONSTRAINT fk_plan_created_by FOREIGN KEY (created_by) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_plan_course ON activity_plan (course_id, subgroup_id);

-- The current text of each section.
CREATE TABLE plan_section (
    plan_id     BIGINT       NOT NULL,
    section_key VARCHAR(60)  NOT NULL,
    content     MEDIUMTEXT   NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    updated_by  BIGINT       NULL,
    updated_at  TIMESTAMP(6) NULL,
    PRIMARY KEY (plan_id, section_key),
    CONSTRAINT fk_ps_plan FOREIGN KEY (plan_id) REFERENCES activity_plan (id),
    CONSTRAINT fk_ps_updated_by FOREIGN KEY (updated_by) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every saved version of a section; one row per version, so no version can be written twice.
CREATE TABLE plan_section_version (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    plan_id       BIGINT       NOT NULL,
    section_key   VARCHAR(60)  NOT NULL,
    version       BIGINT       NOT NULL,
    content       MEDIUMTEXT   NOT NULL,
    saved_by      BIGINT       NOT NULL,
    saved_at      TIMESTAMP(6) NOT NULL,
    restored_from BIGINT       NULL,
    CONSTRAINT uq_psv UNIQUE (plan_id, section_key, version),
    CONSTRAINT fk_psv_section FOREIGN KEY (plan_id, section_key) REFERENCES plan_section (plan_id, section_key),
    CONSTRAINT fk_psv_saved_by FOREIGN KEY (saved_by) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What someone typed in a section and has not saved yet: kept until they save or discard it,
-- so a dropped connection or a closed browser loses nothing.
CREATE TABLE plan_section_draft (
    plan_id      BIGINT       NOT NULL,
    section_key  VARCHAR(60)  NOT NULL,
    person_id    BIGINT       NOT NULL,
    content      MEDIUMTEXT   NOT NULL,
    base_version BIGINT       NOT NULL,
    updated_at   TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (plan_id, section_key, person_id),
    CONSTRAINT fk_psd_section FOREIGN KEY (plan_id, section_key) REFERENCES plan_section (plan_id, section_key),
    CONSTRAINT fk_psd_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Discussion per section, by the subgroup's members and the course's trainers.
CREATE TABLE plan_comment (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    plan_id     BIGINT       NOT NULL,
    section_key VARCHAR(60)  NOT NULL,
    author_id   BIGINT       NOT NULL,
    text        TEXT         NOT NULL,
    created_at  TIMESTAMP(6) NOT NULL,
    CONSTRAINT fk_pc_section FOREIGN KEY (plan_id, section_key) REFERENCES plan_section (plan_id, section_key),
    CONSTRAINT fk_pc_author FOREIGN KEY (author_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_pc_plan ON plan_comment (plan_id, section_key, created_at);
