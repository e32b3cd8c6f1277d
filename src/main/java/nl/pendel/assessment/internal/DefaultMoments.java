package nl.pendel.assessment.internal;

import java.time.LocalDate;
import java.util.List;
import nl.pendel.assessment.MomentKind;
import nl.pendel.course.CourseSaved;
import nl.pendel.course.CourseService;
import nl.pendel.course.CourseStatus;
import nl.pendel.course.CourseSummary;
import nl.pendel.schedule.ScheduleChanged;
import nl.pendel.schedule.ScheduleService;
import nl.pendel.schedule.SessionView;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Makes a course's default self-assessment moments when the course is stored, so that reading
 * them never writes: start (two weeks up to the first session), end (two weeks from the last
 * session) and follow-up (three months after the course, for two weeks); without sessions the
 * course's first and last day stand in. While the course is a concept they follow its period and
 * schedule; from publication on they stay as they are, and a moment a trainer set is never moved.
 * Runs in the transaction of the change, as the person who made it (a trainer or administrator of
 * the course: the course and schedule services checked that).
 */
@Component
public class DefaultMoments {

    /** How long a moment stays open by default. */
    public static final int OPEN_DAYS = 14;

    /** Months from the end of the course to the follow-up. */
    static final int FOLLOW_UP_MONTHS = 3;

    private final JdbcClient jdbc;
    private final CourseService courses;
    private final ScheduleService schedule;

    DefaultMoments(JdbcClient jdbc, CourseService courses, ScheduleService schedule) {
        this.jdbc = jdbc;
        this.courses = courses;
        this.schedule = schedule;
    }

    @EventListener
    void on(CourseSaved saved) {
        align(saved.courseId());
    }

    @EventListener
    void on(ScheduleChanged changed) {
        align(changed.courseId());
    }

    private void align(long courseId) {
        CourseSummary course = courses.summary(courseId);
        boolean none = jdbc.sql("select count(*) from assessment_moment where course_id = ?")
                        .params(courseId)
                        .query(Integer.class)
                        .single()
                == 0;
        if (!none && course.status() != CourseStatus.CONCEPT) {
            return;
        }
        List<LocalDate> days = schedule.sessions(courseId).stream()
                .map(SessionView::date)
                .sorted()
                .toList();
        LocalDate first = days.isEmpty() ? course.startsOn() : days.getFirst();
        LocalDate last = days.isEmpty() ? course.endsOn() : days.getLast();
        LocalDate followUp = course.endsOn().plusMonths(FOLLOW_UP_MONTHS);
        put(courseId, MomentKind.START, first.minusDays(OPEN_DAYS), first);
        put(courseId, MomentKind.END, last, last.plusDays(OPEN_DAYS));
        put(courseId, MomentKind.FOLLOW_UP, followUp, followUp.plusDays(OPEN_DAYS));
    }

    /** Inserts the moment, or moves it when no trainer set it and its period differs. */
    private void put(long courseId, MomentKind kind, LocalDate opensOn, LocalDate closesOn) {
        jdbc.sql("""
                        insert into assessment_moment (course_id, kind, position, opens_on, closes_on)
                        values (:course, :kind, :position, :opens, :closes)
                        on duplicate key update
                          version = if(set_by_trainer or (opens_on = :opens and closes_on = :closes),
                                       version, version + 1),
                          opens_on = if(set_by_trainer, opens_on, :opens),
                          closes_on = if(set_by_trainer, closes_on, :closes)""")
                .param("course", courseId)
                .param("kind", kind.name())
                .param("position", kind.ordinal())
                .param("opens", opensOn)
                .param("closes", closesOn)
                .update();
    }
}
