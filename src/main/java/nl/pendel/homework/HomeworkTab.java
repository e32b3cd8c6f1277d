package nl.pendel.homework;

import java.util.List;
import nl.pendel.course.CourseAccess;
import nl.pendel.course.CourseDetails;
import org.jspecify.annotations.Nullable;

/**
 * What the homework tab of a course shows the person who opens it, read at once.
 *
 * @param access who is involved in the course, for what the screen lets this person do
 * @param firstMeeting for the trainers: the first meeting's review; null without meetings or for
 *     anyone else
 * @param completion for the team lead: the figures per meeting; empty for anyone else
 * @param boards for the team lead and participants: the needs board of every meeting that asks for
 *     caseload themes
 * @param assignments for a participant: their assignments of this course
 */
public record HomeworkTab(
        CourseAccess access,
        String courseTitle,
        List<CourseDetails.Meeting> meetings,
        Audience audience,
        @Nullable MeetingReview firstMeeting,
        List<MeetingCompletion> completion,
        List<NeedsBoard> boards,
        List<Assignment> assignments) {

    /** Who the tab is for. */
    public enum Audience {
        TRAINER,
        TEAM_LEAD,
        PARTICIPANT
    }

    public HomeworkTab {
        meetings = List.copyOf(meetings);
        completion = List.copyOf(completion);
        boards = List.copyOf(boards);
        assignments = List.copyOf(assignments);
    }
}
