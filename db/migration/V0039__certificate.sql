-- Certificates of participation (deelnamebewijzen), issue 19: one per person per course, issued
-- by a trainer of the course in one go for everyone who completed it (decision 0017).

-- register_number: PENDEL-<year of issue>-<id, six digits>, unique, set in the transaction that
--   inserts the row (from its id), so two trainers issuing at once never share a number.
-- person_id: null once the person is erased; the row stays so the number is never given again and
--   a register can still hear that it was issued for this course on that day (to whom is gone).
-- issued_by: the trainer who issued it (personal data of the trainer: export lists it, erasure
--   empties it).
CREATE TABLE certificate (
    id              BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    course_id       BIGINT      NOT NULL,
    person_id       BIGINT      NULL,
    register_number VARCHAR(64) NOT NULL, -- a uuid() for the moment between insert and update
    issued_at       DATETIME(6) NOT NULL,
    issued_by       BIGINT      NULL,
    CONSTRAINT uk_certificate_number UNIQUE (register_number),
    -- issuing again adds only new completers
    CONSTRAINT uk_certificate_person UNIQUE (course_id, person_id),
    CONSTRAINT fk_certificate_course FOREIGN KEY (course_id) REFERENCES course (id),
    CONSTRAINT fk_certificate_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_certificate_issuer FOREIGN KEY (issued_by) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
