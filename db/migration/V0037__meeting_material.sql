-- Materials per meeting, issue 19: files (slides, handouts) and links (the literature list) that a
-- course's trainer adds to one of its meetings, for the course's people to read.

-- One material: a file (file_name, file_kind, size_bytes, sha256, content filled, url null) or a
-- link (url filled, the file columns null). A file is checked by its bytes like a homework
-- attachment (shared.files) and stored here, in the same row and transaction as its title, so a
-- refused row never leaves a file behind. added_by: the trainer who added it (personal data: the
-- export lists it, erasure empties it).
CREATE TABLE meeting_material (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    course_id  BIGINT       NOT NULL,
    meeting_id BIGINT       NOT NULL,
    title      VARCHAR(200) NOT NULL,
    url        VARCHAR(2000) NULL,
    file_name  VARCHAR(120) NULL,
    file_kind  VARCHAR(10)  NULL,  -- PDF, DOCX, ODT, PNG, JPEG (shared.files.FileKind)
    size_bytes BIGINT       NULL,
    sha256     CHAR(64)     NULL,
    content    LONGBLOB     NULL,
    added_by   BIGINT       NULL,
    added_at   DATETIME(6)  NOT NULL,
    CONSTRAINT ck_meeting_material_kind CHECK ((url IS NULL) <> (content IS NULL)),
    -- a concept course that is deleted takes its meetings and their materials along
    CONSTRAINT fk_meeting_material_course FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE,
    CONSTRAINT fk_meeting_material_meeting FOREIGN KEY (meeting_id) REFERENCES course_meeting (id) ON DELETE CASCADE,
    CONSTRAINT fk_meeting_material_person FOREIGN KEY (added_by) REFERENCES person (id),
    INDEX ix_meeting_material_meeting (meeting_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
