-- Saved plan sections, told to the other application nodes: the node that saves writes a row in
-- the same transaction; every node polls the rows of the plans that have open windows on it and
-- pushes what another node saved. The text itself stays in plan_section_version. Rows are kept
-- for a day (a cluster-wide cleanup job removes older ones).
CREATE TABLE plan_event (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    plan_id     BIGINT       NOT NULL,
    section_key VARCHAR(60)  NOT NULL,
    version     BIGINT       NOT NULL,
    person_id   BIGINT       NOT NULL,
    origin      VARCHAR(100) NOT NULL,
    created_at  TIMESTAMP(6) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_plan_event_plan ON plan_event (plan_id, created_at);
CREATE INDEX ix_plan_event_created ON plan_event (created_at);
