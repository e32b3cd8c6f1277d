package nl.pendel.homework;

import java.time.LocalDateTime;
import java.util.List;
import nl.pendel.course.CourseAccess;
import nl.pendel.course.CourseDetails;
import nl.pendel.course.CourseService;
import nl.pendel.course.CourseSummary;
import nl.pendel.homework.internal.AssignmentSettingStore;
import nl.pendel.homework.internal.Deadlines;
import nl.pendel.homework.internal.HomeworkStore.Row;
import nl.pendel.homework.internal.HomeworkStore.SubmissionRow;
import nl.pendel.schedule.ScheduleService;
import nl.pendel.security.CurrentUser;
import nl.pendel.shared.UserFacingException;
import nl.pendel.subgroup.CourseSubgroup;
import nl.pendel.subgroup.SubgroupService;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * A participant's assignment checked once: the course they take part in, the meeting, their
 * subgroup and deadlines. Shared by the participant's services, in their transaction; the
 * callers carry the method security.
 */
@Component
class HomeworkParticipants {

    private final AssignmentSettingStore settings;
    private final CourseService courses;
    private final ScheduleService schedule;
    private final SubgroupService subgroups;
    private final CurrentUser currentUser;

    HomeworkParticipants(
            AssignmentSettingStore settings,
            CourseService courses,
            ScheduleService schedule,
            SubgroupService subgroups,
            CurrentUser currentUser) {
        this.settings = settings;
        this.courses = courses;
        this.schedule = schedule;
        this.subgroups = subgroups;
        this.currentUser = currentUser;
    }

    /** The signed-in participant's assignment of this meeting; denied for anyone else. */
    Context mine(long courseId, long meetingId) {
        long personId = currentUser.require().personId();
        // one's own subgroup is read with the course's others, which the deadlines' sessions need
        return context(courseId, meetingId, personId, () -> subgroups.ofCourse(courseId).stream()
                .filter(s -> s.members().contains(personId))
                .map(CourseSubgroup::id)
                .findFirst()
                .orElse(null));
    }

    /** Another participant's assignment of this meeting, for the system (the caller checks). */
    Context of(long courseId, long meetingId, long personId) {
        return context(courseId, meetingId, personId, () -> subgroups
                .subgroupOf(courseId, personId)
                .orElse(null));
    }

    private Context context(
            long courseId, long meetingId, long personId, java.util.function.Supplier<@Nullable Long> subgroup) {
        CourseAccess access = courses.access(courseId).orElseThrow(TrainerCourses::notFound);
        if (!access.status().visibleToTeam() || !access.participantIds().contains(personId)) {
            throw new AccessDeniedException("Homework is for the course's participants");
        }
        // the course's summary and meetings, not its session pattern: nothing here needs it
        CourseSummary summary = courses.summary(courseId);
        List<CourseDetails.Meeting> meetings = courses.meetingsOf(courseId);
        CourseDetails.Meeting meeting =
                meetings.stream().filter(m -> m.id() == meetingId).findFirst().orElseThrow(TrainerCourses::notFound);
        return new Context(personId, access, summary, meeting, subgroup.get(), deadlines(courseId, meetings));
    }

    /** The deadlines of a course's meetings. */
    Deadlines deadlines(long courseId, List<CourseDetails.Meeting> meetings) {
        return new Deadlines(
                schedule.sessions(courseId),
                settings.settings(
                        meetings.stream().map(CourseDetails.Meeting::id).toList()));
    }

    /** The assignment as it applies to the participant, with where their work stands. */
    static Assignment assignment(
            CourseSummary course,
            CourseDetails.Meeting meeting,
            Deadlines deadlines,
            @Nullable Long subgroupId,
            @Nullable Row row,
            List<SubmissionRow> versions,
            int feedbackCount) {
        HomeworkState state = row == null ? HomeworkState.NOT_STARTED : row.state();
        if (state == HomeworkState.DRAFT && row.draftSavedAt() == null && versions.isEmpty()) {
            state = HomeworkState.NOT_STARTED;
        }
        boolean late = state == HomeworkState.SUBMITTED
                && !versions.isEmpty()
                && versions.getFirst().late();
        return new Assignment(
                course.id(),
                course.title(),
                meeting.id(),
                meeting.position(),
                meeting.title(),
                meeting.preparationTitle(),
                meeting.preparationInstructions(),
                meeting.asksCaseloadThemes(),
                deadlines.dueAt(meeting.id(), subgroupId),
                deadlines.sessionStart(meeting.id(), subgroupId),
                state,
                late,
                feedbackCount);
    }

    /** A participant's assignment, checked: whose, which course and meeting, their subgroup and deadlines. */
    record Context(
            long personId,
            CourseAccess access,
            CourseSummary summary,
            CourseDetails.Meeting meeting,
            @Nullable Long subgroupId,
            Deadlines deadlines) {

        /** The work may change: the course is not closed. */
        void requireWritable() {
            if (!access.status().editable()) {
                throw new UserFacingException("course.error.closed");
            }
        }

        /** Whether handed-in work may be taken back at {@code now}: until the participant's session starts. */
        boolean canWithdraw(LocalDateTime now) {
            LocalDateTime start = deadlines.sessionStart(meeting.id(), subgroupId);
            return start == null || now.isBefore(start);
        }

        /** Whether the participant's deadline passed at {@code now}. */
        boolean deadlinePassed(LocalDateTime now) {
            return deadlines.passed(meeting.id(), subgroupId, now);
        }
    }
}
