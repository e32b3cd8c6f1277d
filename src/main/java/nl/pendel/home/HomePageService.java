package nl.pendel.home;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import nl.pendel.homework.HomeworkState;
import nl.pendel.homework.MyHomeworkService;
import nl.pendel.schedule.MyCourses;
import nl.pendel.schedule.ScheduleReads;
import nl.pendel.security.CurrentUser;
import nl.pendel.security.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads what the home page shows, in one read-only transaction. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
class HomePageService {

    private final ScheduleReads scheduleReads;
    private final MyHomeworkService homework;
    private final CurrentUser currentUser;
    private final Clock clock;

    HomePageService(ScheduleReads scheduleReads, MyHomeworkService homework, CurrentUser currentUser, Clock clock) {
        this.scheduleReads = scheduleReads;
        this.homework = homework;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The signed-in person's next session and next homework due, when they take part in courses. */
    HomePage page() {
        if (!currentUser.require().hasRole(Role.PARTICIPANT)) {
            return HomePage.EMPTY;
        }
        LocalDate today = LocalDate.now(clock);
        LocalDateTime now = LocalDateTime.now(clock);
        MyCourses mine = scheduleReads.myCourses();
        return new HomePage(
                mine.mySessions().stream()
                        .filter(s -> !s.date().isBefore(today))
                        .findFirst(),
                homework.myAssignments(mine).stream()
                        .filter(a -> a.state() != HomeworkState.SUBMITTED
                                && a.dueAt() != null
                                && a.dueAt().isAfter(now))
                        .findFirst());
    }
}
