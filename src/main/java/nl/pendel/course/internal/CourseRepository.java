package nl.pendel.course.internal;

import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CourseRepository extends JpaRepository<Course, Long> {

    /** One course with its participants, in one statement (every access check reads them). */
    @Override
    @org.springframework.data.jpa.repository.EntityGraph(attributePaths = "participantIds")
    java.util.Optional<Course> findById(Long id);

    /** These courses with their participants, in one statement (every access check reads them). */
    @org.springframework.data.jpa.repository.EntityGraph(attributePaths = "participantIds")
    List<Course> findWithParticipantsByIdIn(Collection<Long> ids);

    /**
     * The courses one person may see: all (administrators), the ones they train, the ones of the
     * team they lead (not concepts), and the ones they take part in (not concepts).
     */
    @Query("""
            select c from Course c
            where :admin = true
               or c.trainerId = :personId or c.coTrainerId = :personId
               or (c.status <> nl.pendel.course.CourseStatus.CONCEPT
                   and ((:leadTeamId is not null and c.teamId = :leadTeamId)
                        or :personId member of c.participantIds))
            order by c.startsOn desc, c.id desc
            """)
    List<Course> visibleTo(
            @Param("admin") boolean admin,
            @Param("personId") long personId,
            @Param("leadTeamId") @Nullable Long leadTeamId,
            Pageable pageable);

    @Query("""
            select count(c) from Course c
            where :admin = true
               or c.trainerId = :personId or c.coTrainerId = :personId
               or (c.status <> nl.pendel.course.CourseStatus.CONCEPT
                   and ((:leadTeamId is not null and c.teamId = :leadTeamId)
                        or :personId member of c.participantIds))
            """)
    long countVisibleTo(
            @Param("admin") boolean admin,
            @Param("personId") long personId,
            @Param("leadTeamId") @Nullable Long leadTeamId);

    /**
     * The published, running and closed courses one person takes part in, newest first, with
     * their participants, in one statement.
     */
    @org.springframework.data.jpa.repository.EntityGraph(attributePaths = "participantIds")
    @Query("""
            select c from Course c
            where c.status <> nl.pendel.course.CourseStatus.CONCEPT and :personId member of c.participantIds
            order by c.startsOn desc, c.id desc
            """)
    List<Course> takenPartInBy(@Param("personId") long personId);

    /** The closed courses that ended before this day, by id. */
    @Query("select c.id from Course c where c.status = nl.pendel.course.CourseStatus.CLOSED and c.endsOn < :day")
    List<Long> idsClosedEndedBefore(@Param("day") java.time.LocalDate day);

    /** The courses one person trains or co-trains, in any status, by id. */
    @Query("select c.id from Course c where c.trainerId = :personId or c.coTrainerId = :personId")
    List<Long> idsTrainedBy(@Param("personId") long personId);

    /**
     * Whether a course that is not closed, other than {@code exceptId}, has this title, compared
     * as the database compares text (its collation: case-insensitive, trailing spaces left out),
     * which is how the unique index on {@code open_title} compares too.
     */
    @Query("""
            select count(c) > 0 from Course c
            where c.title = :title and c.teamId = :teamId and c.status <> nl.pendel.course.CourseStatus.CLOSED
              and (:exceptId is null or c.id <> :exceptId)""")
    boolean openCourseHasTitle(
            @Param("title") String title, @Param("teamId") long teamId, @Param("exceptId") @Nullable Long exceptId);

    /** Courses copied from this one forget where they came from (before it is deleted). */
    @org.springframework.data.jpa.repository.Modifying
    @Query("update Course c set c.copiedFromId = null where c.copiedFromId = :courseId")
    void forgetCopiedFrom(@Param("courseId") long courseId);

    /** Id and title of these courses, without loading their participants or pattern. */
    @Query("select new nl.pendel.course.internal.CourseTitle(c.id, c.title) from Course c where c.id in :ids")
    List<CourseTitle> titlesOf(@Param("ids") Collection<Long> ids);
}
