-- Job locks through ShedLock (docs/decisions/0012-job-locks-shedlock.md): one row per background
-- job that runs on one node at a time (outbox, reminders, digests, retention ...), in the table
-- ShedLock's JDBC provider expects. Rows are created on first use. Times are the database
-- server's own UTC (ShedLock's usingDbTime(): UTC_TIMESTAMP(3)), stored as DATETIME so that no
-- session time zone shifts them: nodes whose clocks or time zones differ still agree on whether a
-- lock has expired. locked_by is the node's name (pendel.cluster.node-name).
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL PRIMARY KEY,
    lock_until DATETIME(3)  NOT NULL,
    locked_at  DATETIME(3)  NOT NULL,
    locked_by  VARCHAR(255) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- the hand-made lock it replaces (V0020); nothing reads it any more
DROP TABLE job_lock;
