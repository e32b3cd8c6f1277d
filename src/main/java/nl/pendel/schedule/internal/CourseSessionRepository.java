package nl.pendel.schedule.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CourseSessionRepository extends JpaRepository<CourseSession, Long> {

    List<CourseSession> findByCourseIdOrderByDateAscStartTimeAsc(long courseId);

    List<CourseSession> findBySubgroupIdOrderByDateAscStartTimeAsc(long subgroupId);

    List<CourseSession> findByCourseIdInOrderByDateAscStartTimeAsc(Collection<Long> courseIds);

    List<CourseSession> findByTrainerIdOrderByDateAscStartTimeAsc(long trainerId);

    List<CourseSession> findByStatusAndDateBetweenOrderByDateAscStartTimeAsc(
            nl.pendel.schedule.SessionStatus status, LocalDate from, LocalDate to);

    /**
     * A trainer's sessions: those of the courses they (co-)train plus those they give themselves,
     * between two dates (both included), by date and time.
     */
    @Query("""
            select s from CourseSession s
            where (s.courseId in :courseIds or s.trainerId = :trainerId)
              and s.date between :from and :to
            order by s.date, s.startTime, s.id
            """)
    List<CourseSession> findForTrainer(
            @Param("courseIds") Collection<Long> courseIds,
            @Param("trainerId") long trainerId,
            @Param("from") LocalDate from,
            @Param("to") LocalDate to);

    /** As {@link #findForTrainer(Collection, long, LocalDate, LocalDate)}, on any date. */
    @Query("""
            select s from CourseSession s
            where s.courseId in :courseIds or s.trainerId = :trainerId
            order by s.date, s.startTime, s.id
            """)
    List<CourseSession> findForTrainer(
            @Param("courseIds") Collection<Long> courseIds, @Param("trainerId") long trainerId);

    /** Planned sessions of other courses on these dates, for conflict checks. */
    @Query("""
            select s from CourseSession s
            where s.date in :dates and s.courseId <> :courseId
              and s.status = nl.pendel.schedule.SessionStatus.PLANNED
            """)
    List<CourseSession> findOtherCoursesOn(
            @Param("courseId") long courseId, @Param("dates") Collection<LocalDate> dates);
}
