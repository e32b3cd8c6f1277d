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

    List<CourseSession> findByTrainerIdOrderByDateAscStartTimeAsc(long trainerId);

    List<CourseSession> findByStatusAndDateBetweenOrderByDateAscStartTimeAsc(
            nl.pendel.schedule.SessionStatus status, LocalDate from, LocalDate to);

    /** Planned sessions of other courses on these dates, for conflict checks. */
    @Query("""
            select s from CourseSession s
            where s.date in :dates and s.courseId <> :courseId
              and s.status = nl.pendel.schedule.SessionStatus.PLANNED
            """)
    List<CourseSession> findOtherCoursesOn(
            @Param("courseId") long courseId, @Param("dates") Collection<LocalDate> dates);
}
