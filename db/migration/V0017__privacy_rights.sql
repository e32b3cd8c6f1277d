-- Privacy rights (AVG): who exported or erased whose data, and when. The person concerned reads
-- the exports of their data; administrators read everything. The subject stays a person row even
-- after erasure (then anonymised), so the log keeps its meaning without a name.
CREATE TABLE privacy_action (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kind        VARCHAR(20)  NOT NULL,
    subject_id  BIGINT       NOT NULL,
    actor_id    BIGINT       NOT NULL,
    happened_at TIMESTAMP(6) NOT NULL,
    -- an export: the ZIP's size and number of attachments; an erasure: the rows deleted or changed
    size_bytes   BIGINT       NULL,
    files        INT          NULL,
    rows_changed INT          NULL,
    CONSTRAINT fk_pa_subject FOREIGN KEY (subject_id) REFERENCES person (id),
    CONSTRAINT fk_pa_actor FOREIGN KEY (actor_id) REFERENCES person (id),
    CONSTRAINT ck_pa_kind CHECK (kind IN ('EXPORT', 'ERASURE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_pa_subject ON privacy_action (subject_id, happened_at);
CREATE INDEX ix_pa_actor ON privacy_action (actor_id, happened_at);
CREATE INDEX ix_pa_happened ON privacy_action (happened_at);

-- the retention job deletes score views by age, and the administrators' audit lists them newest first
CREATE INDEX ix_score_view_viewed ON score_view (viewed_at);
CREATE INDEX ix_score_view_viewer ON score_view (viewer_id, viewed_at);
-- the retention job removes personal plan drafts by age
CREATE INDEX ix_psd_updated ON plan_section_draft (updated_at);
