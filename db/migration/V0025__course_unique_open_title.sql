-- Two courses of one team that are not closed never share a title (issue 16: two courses with the
-- same title were accepted without a word). Another team's course may carry the same title (each
-- team follows the same programme). Titles compare as the table's collation compares them
-- (utf8mb4_unicode_ci: case-insensitively, trailing spaces left out); a closed course's title may
-- be used again, e.g. for next year's run. The course service refuses a title in use with a Dutch
-- message first; this index stops two saves at the same moment.
--
-- Existing duplicates: the oldest open course keeps its title, each later open course with the
-- same title gets its id appended ("WIJ Korrewegwijk (17)"), so that the index can be made.
-- Nothing else changes; a trainer can rename the course afterwards.
UPDATE course c
    JOIN course older ON older.team_id = c.team_id AND older.title = c.title AND older.id < c.id
        AND older.status <> 'CLOSED'
SET c.title = CONCAT(LEFT(c.title, 180), ' (', c.id, ')')
WHERE c.status <> 'CLOSED';

-- open_title is the title while the course is not closed, else NULL (NULLs never clash in a
-- unique index). The application keeps it (the Course entity, on every save). Not a generated
-- column: MariaDB 11.4's CHECKSUM TABLE gave a table with a generated column over a title with
-- letters such as ı, ş or ł a different checksum at each call, so a restore could not be verified
-- (BackupRestoreProductionTest).
ALTER TABLE course ADD COLUMN open_title VARCHAR(200) NULL;

UPDATE course SET open_title = CASE WHEN status <> 'CLOSED' THEN title END;

CREATE UNIQUE INDEX uk_course_open_title ON course (team_id, open_title);
