-- A professional's number in a professional register (e.g. Registerplein, SKJ, BIG), for the
-- accreditation list of a course. Optional; the person or an administrator fills it in.
ALTER TABLE person ADD COLUMN register_number VARCHAR(40) NULL AFTER organisation_id;
