-- A trainer can switch the session reminders of a course off.
ALTER TABLE course ADD COLUMN reminders_enabled BOOLEAN NOT NULL DEFAULT TRUE;
