-- Default self-assessment moments are made when a course is stored, no longer when they are
-- first read (so opening a screen never writes). While a course is a concept its defaults follow
-- its period and schedule; a moment a trainer set stays as set.
ALTER TABLE assessment_moment ADD COLUMN set_by_trainer BOOLEAN NOT NULL DEFAULT FALSE;

-- Until now only a trainer's change raised a moment's version.
UPDATE assessment_moment SET set_by_trainer = TRUE WHERE version > 0;

-- Courses nobody looked at the moments of yet get them now, as the first look would have made
-- them: start two weeks up to the first session, end two weeks from the last session, follow-up
-- three months after the course for two weeks; without sessions the course's first and last day.
INSERT INTO assessment_moment (course_id, kind, position, opens_on, closes_on)
SELECT d.id,
       k.kind,
       k.position,
       CASE k.kind
           WHEN 'START' THEN d.first_day - INTERVAL 14 DAY
           WHEN 'END' THEN d.last_day
           ELSE d.ends_on + INTERVAL 3 MONTH
       END,
       CASE k.kind
           WHEN 'START' THEN d.first_day
           WHEN 'END' THEN d.last_day + INTERVAL 14 DAY
           ELSE d.ends_on + INTERVAL 3 MONTH + INTERVAL 14 DAY
       END
FROM (SELECT c.id,
             c.ends_on,
             COALESCE(MIN(s.session_date), c.starts_on) AS first_day,
             COALESCE(MAX(s.session_date), c.ends_on) AS last_day
      FROM course c
      LEFT JOIN course_session s ON s.course_id = c.id
      WHERE NOT EXISTS (SELECT 1 FROM assessment_moment m WHERE m.course_id = c.id)
      GROUP BY c.id, c.starts_on, c.ends_on) d
CROSS JOIN (SELECT 'START' AS kind, 0 AS position
            UNION ALL SELECT 'END', 1
            UNION ALL SELECT 'FOLLOW_UP', 2) k;
