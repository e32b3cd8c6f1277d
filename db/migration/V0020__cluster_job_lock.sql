-- One row per background job that must run on one node at a time in a cluster (reminders,
-- digests, the outbox sender, retention ...). A node takes the lock with an UPDATE that only
-- matches an expired lock, holds it while the job runs and releases it afterwards; a node that
-- crashed leaves a lock that expires at locked_until. Rows are created on first use (INSERT
-- IGNORE), so a new job needs no migration. Replaces job_lease, which was never released.
CREATE TABLE job_lock (
    name         VARCHAR(60)  NOT NULL PRIMARY KEY,
    locked_by    VARCHAR(100) NOT NULL,
    token        VARCHAR(36)  NOT NULL,
    locked_at    TIMESTAMP(6) NOT NULL,
    locked_until TIMESTAMP(6) NOT NULL,
    released_at  TIMESTAMP(6) NULL,
    runs         BIGINT       NOT NULL DEFAULT 0
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

DROP TABLE job_lease;
