package nl.pendel.attendance.internal;

import nl.pendel.course.CourseDeleted;
import nl.pendel.schedule.ScheduleService;
import nl.pendel.schedule.SessionView;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Removes the attendance recorded for a deleted concept course's sessions, before the sessions go. */
@Component
class AttendanceCourseCleanup {

    private final AttendanceStore store;
    private final ScheduleService schedule;

    AttendanceCourseCleanup(AttendanceStore store, ScheduleService schedule) {
        this.store = store;
        this.schedule = schedule;
    }

    @EventListener
    @Order(CourseDeleted.REFERRING)
    void on(CourseDeleted deleted) {
        store.deleteForSessions(schedule.sessions(deleted.courseId()).stream()
                .map(SessionView::id)
                .toList());
    }
}
