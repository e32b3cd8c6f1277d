package nl.pendel.account.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PersonRepository extends JpaRepository<Person, Long> {

    @EntityGraph(attributePaths = "roles")
    Optional<Person> findByEmailIgnoreCase(String email);

    Optional<Person> findBySsoKey(String ssoKey);

    /** These people with their roles, in one statement. */
    @Query("select distinct p from Person p left join fetch p.roles where p.id in :ids")
    List<Person> findWithRolesByIdIn(@Param("ids") Collection<Long> ids);

    boolean existsByEmailIgnoreCase(String email);

    /** The profiles of these people, in one statement (without their roles). */
    @Query("select new nl.pendel.account.PersonProfile(p.id, p.displayName, p.discipline, p.organisationId, p.teamId)"
            + " from Person p where p.id in :ids")
    List<nl.pendel.account.PersonProfile> findProfiles(@Param("ids") Collection<Long> ids);

    @Query("select lower(p.email) from Person p where lower(p.email) in :emails")
    List<String> findExistingEmails(@Param("emails") Collection<String> emails);

    /** One page of people matching a filter; roles come in one extra batched query. */
    @Query("""
            select p from Person p
            where (:filter = '' or lower(p.displayName) like concat('%', :filter, '%')
                   or lower(p.email) like concat('%', :filter, '%'))
              and (:teamId is null or p.teamId = :teamId)
            order by p.displayName, p.id
            """)
    List<Person> search(@Param("filter") String filter, @Param("teamId") @Nullable Long teamId, Pageable pageable);

    @Query("""
            select count(p) from Person p
            where (:filter = '' or lower(p.displayName) like concat('%', :filter, '%')
                   or lower(p.email) like concat('%', :filter, '%'))
              and (:teamId is null or p.teamId = :teamId)
            """)
    long countSearch(@Param("filter") String filter, @Param("teamId") @Nullable Long teamId);

    /** Id and register number of those of the given people who have one. */
    @Query("select new nl.pendel.account.internal.RegisterNumber(p.id, p.registerNumber)"
            + " from Person p where p.id in :ids and p.registerNumber is not null")
    List<RegisterNumber> findRegisterNumbers(@Param("ids") Collection<Long> ids);

    long countByTeamIdAndActiveTrue(Long teamId);

    List<Person> findByTeamIdAndActiveTrueOrderByDisplayName(Long teamId);

    /** The active people of a team who hold this role (also when they hold others besides). */
    @Query("""
            select p from Person p
            where p.teamId = :teamId and p.active = true and :role member of p.roles
            order by p.displayName""")
    List<Person> findActiveInTeamWithRole(@Param("teamId") Long teamId, @Param("role") nl.pendel.security.Role role);

    @Query("select p from Person p where p.active = true and :role member of p.roles order by p.displayName")
    List<Person> findActiveWithRole(@Param("role") nl.pendel.security.Role role);
}
