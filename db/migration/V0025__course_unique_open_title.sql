-- Two courses that are not closed never share a title (issue 16: two courses with the same title
-- were accepted without a word). Titles compare as the table's collation compares them
-- (utf8mb4_unicode_ci: case-insensitively, trailing spaces left out); a closed course's title may
-- be used again, e.g. for next year's run. The course service refuses a title in use with a Dutch
-- message first; this index stops two saves at the same moment.
--
-- Existing duplicates: the oldest open course keeps its title, each later open course with the
-- same title gets its id appended ("WIJ Korrewegwijk (17)"), so that the index can be made.
-- Nothing else changes; a trainer can rename the course afterwards.
UPDATE course c
    JOIN course older ON older.title = c.title AND older.id < c.id AND older.status <> 'CLOSED'
SET c.title = CONCAT(LEFT(c.title, 180), ' (', c.id, ')')
WHERE c.status <> 'CLOSED';

ALTER TABLE course
    ADD COLUMN open_title VARCHAR(200) AS (CASE WHEN status <> 'CLOSED' THEN title END) PERSISTENT;

CREATE UNIQUE INDEX uk_course_open_title ON course (open_title);
