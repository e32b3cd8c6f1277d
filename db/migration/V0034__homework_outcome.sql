-- The trainer's judgement of homework, given with the feedback (issue 19): "voldaan" (done) or
-- "nog niet" (not yet: adjust and hand in again). NULL is feedback without a judgement. A homework
-- row's outcome is that of the newest feedback that carries one, so a trainer changes a judgement
-- by giving feedback again; "nog niet" needs a written reply and re-opens the homework as a draft
-- (the judged version stays, the next one gets the next number). Counted for completion.
ALTER TABLE homework_feedback
    ADD COLUMN outcome VARCHAR(10) NULL COMMENT 'VOLDAAN, NOG_NIET or NULL (no judgement)',
    ADD CONSTRAINT ck_hwfb_outcome CHECK (outcome IS NULL OR outcome IN ('VOLDAAN', 'NOG_NIET'));
