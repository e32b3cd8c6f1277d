-- Failed sign-ins, counted in the database so that every node sees the same counts (one node
-- counting on its own gave an attacker N x the guesses with N nodes). One row per bucket:
--   person:<id>            an account that exists (however its address was typed)
--   name:<sha-256>         a name that matched no account (the typed text itself is not stored)
--   address:<ip>           a client address, across all accounts
--   pair:<id>:<ip>         an account at an address it signed in from before (last_success)
-- After a bucket's free failures, each further failure makes it wait longer (blocked_until);
-- a quiet period starts it afresh. Times are milliseconds since 1970 (UTC) by the application's
-- clock. See docs/sign-in-throttling.md.
CREATE TABLE sign_in_throttle (
    throttle_key  VARCHAR(120) NOT NULL PRIMARY KEY,
    failures      INT          NOT NULL DEFAULT 0,
    last_failure  BIGINT       NULL,
    blocked_until BIGINT       NULL,
    last_success  BIGINT       NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
