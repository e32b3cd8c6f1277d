-- Run sheets (draaiboeken), issue 19: per meeting the agenda items with minutes, who leads each
-- and what is needed.

-- 1. The programme's agenda items may carry run-sheet details in course-content
--    ({ title, minutes, lead, needs }); a plain text item leaves them empty (null).
ALTER TABLE programme_agenda_item
    ADD COLUMN minutes INT          NULL AFTER text,
    ADD COLUMN lead    VARCHAR(20)  NULL AFTER minutes,  -- TRAINER, CO_TRAINER, GUEST, ALL
    ADD COLUMN needs   VARCHAR(500) NULL AFTER lead;

-- 2. A course's own run sheet of one meeting, made when its trainer first changes it (until then
--    the run sheet is read from the programme's agenda). version: two trainers may edit at once;
--    a save names the version it started from. updated_by: who saved last (personal data: the
--    export lists it, erasure empties it).
CREATE TABLE run_sheet (
    id         BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    course_id  BIGINT      NOT NULL,
    meeting_id BIGINT      NOT NULL,
    version    BIGINT      NOT NULL DEFAULT 1,
    updated_by BIGINT      NULL,
    updated_at DATETIME(6) NOT NULL,
    CONSTRAINT uk_run_sheet_meeting UNIQUE (course_id, meeting_id),
    -- a concept course that is deleted takes its meetings and their run sheets along
    CONSTRAINT fk_run_sheet_course FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE,
    CONSTRAINT fk_run_sheet_meeting FOREIGN KEY (meeting_id) REFERENCES course_meeting (id) ON DELETE CASCADE,
    CONSTRAINT fk_run_sheet_person FOREIGN KEY (updated_by) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The items in order. A saved run sheet's items are replaced as a whole in the transaction that
-- raises its version. guest_name: the guest's name as the trainer typed it (only when lead = GUEST).
CREATE TABLE run_sheet_item (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    run_sheet_id BIGINT       NOT NULL,
    position     INT          NOT NULL,
    title        VARCHAR(500) NOT NULL,
    minutes      INT          NOT NULL,
    lead         VARCHAR(20)  NOT NULL,
    guest_name   VARCHAR(120) NOT NULL DEFAULT '',
    needs        VARCHAR(500) NOT NULL DEFAULT '',
    CONSTRAINT uk_run_sheet_item_position UNIQUE (run_sheet_id, position),
    CONSTRAINT fk_run_sheet_item_sheet FOREIGN KEY (run_sheet_id) REFERENCES run_sheet (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
