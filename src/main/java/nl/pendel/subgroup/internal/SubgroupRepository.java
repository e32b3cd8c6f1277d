package nl.pendel.subgroup.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SubgroupRepository extends JpaRepository<Subgroup, Long> {

    List<Subgroup> findByCourseIdOrderByNumber(long courseId);

    List<Subgroup> findByCourseIdIn(java.util.Collection<Long> courseIds);

    /**
     * The course's subgroups by number as id, number and one member's person id per row (null for
     * a subgroup without members), in one statement.
     */
    @org.springframework.data.jpa.repository.Query("""
            select s.id, s.number, m.key.personId from Subgroup s
            left join SubgroupMember m on m.subgroupId = s.id
            where s.courseId = :courseId
            order by s.number""")
    List<Object[]> idsNumbersWithMembers(@org.springframework.data.repository.query.Param("courseId") long courseId);
}
