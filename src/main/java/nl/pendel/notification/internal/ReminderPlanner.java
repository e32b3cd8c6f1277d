package nl.pendel.notification.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.pendel.course.CourseAccess;
import nl.pendel.course.CourseService;
import nl.pendel.notification.MailSettings;
import nl.pendel.notification.internal.MailComposer.SessionMail;
import nl.pendel.schedule.ScheduleService;
import nl.pendel.schedule.SessionView;
import nl.pendel.security.SystemAuthentication;
import org.springframework.transaction.annotation.Transactional;

/**
 * Session reminders: from {@code reminderDaysBefore} days before a planned session (the first run
 * after midnight of that day) its participants and trainers get a reminder with the theme, place,
 * time and the preparation due, unless the course's trainers switched reminders off. Each person
 * gets one reminder per session and date, however often this runs and on however many nodes.
 */
public class ReminderPlanner {

    private final ScheduleService schedule;
    private final CourseService courses;
    private final SessionNotices notices;
    private final NotificationDispatcher dispatcher;
    private final MailSettings settings;
    private final Clock clock;

    public ReminderPlanner(
            ScheduleService schedule,
            CourseService courses,
            SessionNotices notices,
            NotificationDispatcher dispatcher,
            MailSettings settings,
            Clock clock) {
        this.schedule = schedule;
        this.courses = courses;
        this.notices = notices;
        this.dispatcher = dispatcher;
        this.settings = settings;
        this.clock = clock;
    }

    /** Creates the reminders that are due now; answers how many mails went to the outbox. */
    @Transactional
    public int planDue() {
        LocalDate today = LocalDate.now(clock);
        return SystemAuthentication.runAsAdministrator(() -> {
            Map<Long, List<SessionView>> byCourse =
                    schedule.plannedBetween(today.plusDays(1), today.plusDays(settings.reminderDaysBefore())).stream()
                            .collect(Collectors.groupingBy(SessionView::courseId));
            int written = 0;
            for (Map.Entry<Long, List<SessionView>> course : byCourse.entrySet()) {
                CourseAccess access = courses.access(course.getKey()).orElse(null);
                if (access == null
                        || !access.status().visibleToTeam()
                        || !courses.summary(course.getKey()).remindersEnabled()) {
                    continue;
                }
                written += dispatcher.dispatch(notices.about(course.getKey(), course.getValue(), SessionMail.REMINDER));
            }
            return written;
        });
    }
}
