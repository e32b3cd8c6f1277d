package nl.pendel.course.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CourseMeetingRepository extends JpaRepository<CourseMeeting, Long> {

    @EntityGraph(attributePaths = "agenda")
    List<CourseMeeting> findByCourseIdOrderByPosition(long courseId);

    @EntityGraph(attributePaths = "agenda")
    List<CourseMeeting> findByIdIn(Collection<Long> ids);

    @EntityGraph(attributePaths = "agenda")
    List<CourseMeeting> findByCourseIdInOrderByCourseIdAscPositionAsc(Collection<Long> courseIds);
}
