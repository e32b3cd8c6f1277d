package nl.pendel.homework;

import java.time.LocalDateTime;
import nl.pendel.course.CourseSummary;
import nl.pendel.homework.TrainerCourses.Course;
import nl.pendel.homework.internal.AssignmentSettingStore;
import nl.pendel.shared.UserFacingException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The trainer's settings of an assignment: one deadline for the whole meeting (or each
 * subgroup's own session) and the reminder before it. For the course's trainers.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class AssignmentSettingsService {

    private final AssignmentSettingStore store;
    private final TrainerCourses trainerCourses;

    AssignmentSettingsService(AssignmentSettingStore store, TrainerCourses trainerCourses) {
        this.store = store;
        this.trainerCourses = trainerCourses;
    }

    /** The settings of one meeting's assignment. */
    public AssignmentSettings settings(long courseId, long meetingId) {
        Course course = trainerCourses.trainerCourse(courseId);
        course.meeting(meetingId);
        return trainerCourses.settings(meetingId);
    }

    /** Sets one deadline for the meeting (or back to each subgroup's session) and the reminder. */
    @Transactional
    public AssignmentSettings saveSettings(long courseId, AssignmentSettings settings) {
        Course course = trainerCourses.trainerCourse(courseId);
        course.meeting(settings.meetingId());
        if (!course.access().status().editable()) {
            throw new UserFacingException("course.error.closed");
        }
        Integer days = settings.reminderDays();
        if (days != null && (days < 1 || days > AssignmentSettings.REMINDER_DAYS_MAX)) {
            throw new UserFacingException("homework.error.reminder-days", AssignmentSettings.REMINDER_DAYS_MAX);
        }
        LocalDateTime due = settings.dueAt();
        if (due != null) {
            CourseSummary summary = course.summary();
            if (due.toLocalDate().isBefore(summary.startsOn().minusMonths(1))
                    || due.toLocalDate().isAfter(summary.endsOn())) {
                throw new UserFacingException("homework.error.due-outside-course");
            }
        }
        store.saveSetting(courseId, settings.meetingId(), due, days, settings.version());
        return new AssignmentSettings(settings.meetingId(), due, days, settings.version() + 1);
    }
}
