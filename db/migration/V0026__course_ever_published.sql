-- Whether the course was ever published (issue 16: a concept course can be deleted, a published
-- one never). Only a course that never was may be deleted: nobody but its trainers has seen it and
-- no invitation went out. Every course past concept was published. A concept counts as published
-- before when it was set back to concept after publication, which shows in the invitations mailed
-- for its sessions or in what participants did in it.
ALTER TABLE course ADD COLUMN ever_published BOOLEAN NOT NULL DEFAULT FALSE;

UPDATE course c
SET c.ever_published = TRUE
WHERE c.status <> 'CONCEPT'
   OR EXISTS (SELECT 1
              FROM course_session s
                  JOIN mail_outbox m ON m.dedupe_key LIKE CONCAT('session:', s.id, ':%')
              WHERE s.course_id = c.id)
   OR EXISTS (SELECT 1 FROM homework h WHERE h.course_id = c.id)
   OR EXISTS (SELECT 1 FROM precondition_response r WHERE r.course_id = c.id)
   OR EXISTS (SELECT 1
              FROM assessment_moment am
                  JOIN self_assessment sa ON sa.moment_id = am.id
              WHERE am.course_id = c.id);
