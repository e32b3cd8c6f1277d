-- How far a participant got with the goals they set at an earlier moment, rated in the self-
-- assessment of a later moment (part of that later self-assessment's draft and submission).
CREATE TABLE goal_review (
    assessment_id      BIGINT NOT NULL,
    goal_assessment_id BIGINT NOT NULL,
    goal_position      INT    NOT NULL,
    progress           INT    NOT NULL,
    PRIMARY KEY (assessment_id, goal_assessment_id, goal_position),
    CONSTRAINT fk_gr_assessment FOREIGN KEY (assessment_id) REFERENCES self_assessment (id),
    CONSTRAINT fk_gr_goal_assessment FOREIGN KEY (goal_assessment_id) REFERENCES self_assessment (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The participant's choice to let the lead of their team read the free text of one self-
-- assessment (what they master, development points, goals). Off unless they turn it on.
ALTER TABLE self_assessment ADD COLUMN shared_with_lead BOOLEAN NOT NULL DEFAULT FALSE;

-- Every time a team lead opened a member's individual scores; the member can read it.
CREATE TABLE score_view (
    id        BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    course_id BIGINT       NOT NULL,
    person_id BIGINT       NOT NULL,
    viewer_id BIGINT       NOT NULL,
    viewed_at TIMESTAMP(6) NOT NULL,
    CONSTRAINT fk_sv_course FOREIGN KEY (course_id) REFERENCES course (id),
    CONSTRAINT fk_sv_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_sv_viewer FOREIGN KEY (viewer_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_score_view_person ON score_view (person_id, viewed_at);
