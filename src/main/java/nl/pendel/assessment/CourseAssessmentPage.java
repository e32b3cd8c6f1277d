package nl.pendel.assessment;

import java.util.List;

/**
 * What the self-assessment tab of a course shows to the person who opens it: to its trainers
 * (and administrators) every participant's progress, to the lead of its team the members whose
 * scores they may open, to a participant the way to their own self-assessment.
 *
 * @param editable the trainer may write observations (the course is not closed)
 * @param participants the trainer's overview; empty for anyone else
 * @param members the lead's list; empty for anyone else
 */
public record CourseAssessmentPage(
        long courseId,
        String courseTitle,
        Audience audience,
        boolean editable,
        List<ParticipantProgress> participants,
        List<MemberScores.Member> members) {

    public CourseAssessmentPage {
        participants = List.copyOf(participants);
        members = List.copyOf(members);
    }

    /** Who reads the tab. */
    public enum Audience {
        TRAINER,
        LEAD,
        PARTICIPANT
    }
}
