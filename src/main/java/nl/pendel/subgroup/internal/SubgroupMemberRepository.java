package nl.pendel.subgroup.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface SubgroupMemberRepository extends JpaRepository<SubgroupMember, SubgroupMember.Key> {

    @Query("select m from SubgroupMember m where m.key.courseId = :courseId")
    List<SubgroupMember> findByCourse(@Param("courseId") long courseId);

    @Query("select m from SubgroupMember m where m.key.personId = :personId")
    List<SubgroupMember> findByPerson(@Param("personId") long personId);

    @Query("select m from SubgroupMember m where m.subgroupId in :ids")
    List<SubgroupMember> findBySubgroupIds(@Param("ids") java.util.Collection<Long> ids);

    @Modifying
    @Query("delete from SubgroupMember m where m.key.courseId = :courseId")
    void deleteByCourse(@Param("courseId") long courseId);
}
