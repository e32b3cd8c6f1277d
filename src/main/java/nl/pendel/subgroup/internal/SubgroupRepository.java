package nl.pendel.subgroup.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SubgroupRepository extends JpaRepository<Subgroup, Long> {

    List<Subgroup> findByCourseIdOrderByNumber(long courseId);

    List<Subgroup> findByCourseIdIn(java.util.Collection<Long> courseIds);
}
