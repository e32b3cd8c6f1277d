-- Which sign-ins of a person still count (issue 17): the number goes up by one each time a password
-- is set for the person (changed by themselves, set by an administrator, or chosen through a link).
-- A session remembers the number it signed in with; when the number in this row is higher, the
-- session ends at its next check, on every node. The session in which the person changed their
-- own password takes the new number and stays signed in.
ALTER TABLE person ADD COLUMN session_generation BIGINT NOT NULL DEFAULT 0;
