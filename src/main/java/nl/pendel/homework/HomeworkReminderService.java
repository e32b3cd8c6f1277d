package nl.pendel.homework;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.pendel.account.PersonProfile;
import nl.pendel.account.PersonService;
import nl.pendel.course.CourseAccess;
import nl.pendel.course.CourseDetails;
import nl.pendel.course.CourseService;
import nl.pendel.homework.internal.AssignmentSettingStore;
import nl.pendel.homework.internal.Deadlines;
import nl.pendel.homework.internal.HomeworkStore;
import nl.pendel.homework.internal.HomeworkStore.FeedbackRow;
import nl.pendel.homework.internal.HomeworkStore.Row;
import nl.pendel.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the notification module tells about homework: the reminders due today and the feedback a
 * trainer gave. For the system (administrator rights) only.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
public class HomeworkReminderService {

    private final HomeworkStore store;
    private final CourseService courses;
    private final PersonService people;
    private final TrainerCourses trainerCourses;
    private final AssignmentSettingStore settings;

    HomeworkReminderService(
            HomeworkStore store,
            CourseService courses,
            PersonService people,
            TrainerCourses trainerCourses,
            AssignmentSettingStore settings) {
        this.store = store;
        this.courses = courses;
        this.people = people;
        this.trainerCourses = trainerCourses;
        this.settings = settings;
    }

    /**
     * Who should get a homework reminder today: participants of published or running courses
     * who have not handed in, whose deadline is the meeting's reminder days from today. For the
     * notification module's daily job (the system).
     */
    public List<HomeworkReminder> remindersDue(LocalDate today) {
        List<HomeworkReminder> result = new ArrayList<>();
        for (long courseId : settings.coursesWithReminders()) {
            CourseAccess access = courses.access(courseId).orElse(null);
            if (access != null
                    && access.status().visibleToTeam()
                    && access.status().editable()) {
                result.addAll(remindersDue(access, today));
            }
        }
        return result;
    }

    private List<HomeworkReminder> remindersDue(CourseAccess access, LocalDate today) {
        long courseId = access.courseId();
        CourseDetails details = courses.details(courseId);
        Deadlines deadlines = trainerCourses.deadlines(courseId, details.meetings());
        Map<Long, Long> placements = trainerCourses.placements(courseId);
        Map<Long, Set<Long>> handedIn = store.ofCourse(courseId).stream()
                .filter(r -> r.state() == HomeworkState.SUBMITTED)
                .collect(Collectors.groupingBy(Row::meetingId, Collectors.mapping(Row::personId, Collectors.toSet())));
        List<HomeworkReminder> result = new ArrayList<>();
        for (CourseDetails.Meeting meeting : details.meetings()) {
            AssignmentSettingStore.SettingRow setting = deadlines.setting(meeting.id());
            if (setting == null || setting.reminderDays() == null) {
                continue;
            }
            for (long person : access.participantIds()) {
                LocalDateTime due = deadlines.dueAt(meeting.id(), placements.get(person));
                if (due != null
                        && !handedIn.getOrDefault(meeting.id(), Set.of()).contains(person)
                        && due.toLocalDate().minusDays(setting.reminderDays()).equals(today)) {
                    result.add(new HomeworkReminder(
                            courseId,
                            details.summary().title(),
                            meeting.id(),
                            meeting.position(),
                            meeting.title(),
                            meeting.preparationTitle(),
                            person,
                            due));
                }
            }
        }
        return result;
    }

    /** The feedback with its meeting, for the notification about it (the system). */
    public FeedbackNotice feedbackNotice(long courseId, long meetingId, long feedbackId) {
        CourseDetails details = courses.details(courseId);
        CourseDetails.Meeting meeting = details.meetings().stream()
                .filter(m -> m.id() == meetingId)
                .findFirst()
                .orElseThrow(TrainerCourses::notFound);
        FeedbackRow row = store.feedbackById(feedbackId).orElseThrow(TrainerCourses::notFound);
        String trainer = people.profiles(List.of(row.trainerId())).stream()
                .map(PersonProfile::displayName)
                .findFirst()
                .orElse("");
        return new FeedbackNotice(
                courseId,
                details.summary().title(),
                meetingId,
                meeting.position(),
                meeting.title(),
                meeting.preparationTitle(),
                trainer,
                row.body(),
                row.outcome());
    }
}
