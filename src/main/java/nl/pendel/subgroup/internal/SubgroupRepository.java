package nl.pendel.subgroup.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface SubgroupRepository extends JpaRepository<Subgroup, Long> {

    List<Subgroup> findByCourseIdOrderByNumber(long courseId);

    /** The course's subgroups by number, each with every member (one row per member). */
    @Query(SELECT_ROWS + " where s.courseId = :courseId order by s.number")
    List<SubgroupRow> rowsOfCourse(@Param("courseId") long courseId);

    /** The subgroups of these courses, each with every member (one row per member). */
    @Query(SELECT_ROWS + " where s.courseId in :courseIds order by s.courseId, s.number")
    List<SubgroupRow> rowsOfCourses(@Param("courseIds") Collection<Long> courseIds);

    /** These subgroups (of any courses), each with every member (one row per member). */
    @Query(SELECT_ROWS + " where s.id in :ids order by s.courseId, s.number")
    List<SubgroupRow> rowsWithIds(@Param("ids") Collection<Long> ids);

    String SELECT_ROWS = """
            select new nl.pendel.subgroup.internal.SubgroupRow(s.id, s.courseId, s.number, m.key.personId)
            from Subgroup s left join SubgroupMember m on m.subgroupId = s.id""";
}
