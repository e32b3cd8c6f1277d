package nl.pendel.subgroup;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.pendel.account.PersonProfile;
import nl.pendel.account.PersonService;
import nl.pendel.course.CourseAccess;
import nl.pendel.course.CourseService;
import nl.pendel.security.CurrentUser;
import nl.pendel.security.PendelUser;
import nl.pendel.security.Roles;
import nl.pendel.shared.UserFacingException;
import nl.pendel.subgroup.SubgroupComposer.Candidate;
import nl.pendel.subgroup.internal.Subgroup;
import nl.pendel.subgroup.internal.SubgroupMember;
import nl.pendel.subgroup.internal.SubgroupMemberRepository;
import nl.pendel.subgroup.internal.SubgroupRepository;
import nl.pendel.subgroup.internal.SubgroupRow;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The subgroups of a course. The course's trainers (and administrators) compose and change them;
 * whoever may see the course may see them. Subgroups keep their numbers for the whole course.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class SubgroupService {

    private final SubgroupRepository subgroups;
    private final SubgroupMemberRepository members;
    private final CourseService courses;
    private final PersonService people;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    SubgroupService(
            SubgroupRepository subgroups,
            SubgroupMemberRepository members,
            CourseService courses,
            PersonService people,
            CurrentUser currentUser,
            ApplicationEventPublisher events) {
        this.subgroups = subgroups;
        this.members = members;
        this.courses = courses;
        this.people = people;
        this.currentUser = currentUser;
        this.events = events;
    }

    /**
     * What the course's subgroups screen shows: the course's title and its subgroups with their
     * members and how balanced they are; for whoever may see the course.
     */
    public SubgroupsPage page(long courseId) {
        CourseAccess access = courses.requireView(courseId);
        return new SubgroupsPage(access, courses.summary(courseId).title(), overview(access));
    }

    /** The subgroups of this course (already checked) with their members and how balanced they are. */
    private SubgroupOverview overview(CourseAccess access) {
        long courseId = access.courseId();
        Map<Long, PersonProfile> profiles = people.profiles(access.participantIds()).stream()
                .collect(Collectors.toMap(PersonProfile::id, Function.identity()));
        Map<Long, Long> placement = members.findByCourse(courseId).stream()
                .filter(m -> profiles.containsKey(m.getPersonId()))
                .collect(Collectors.toMap(SubgroupMember::getPersonId, SubgroupMember::getSubgroupId));
        return OverviewBuilder.overview(subgroups.findByCourseIdOrderByNumber(courseId), profiles, placement);
    }

    /**
     * The course's subgroups by number, each with who is in it, in one statement; for whoever may
     * see the course.
     */
    public List<CourseSubgroup> ofCourse(long courseId) {
        courses.requireView(courseId);
        return gather(subgroups.rowsOfCourse(courseId));
    }

    /**
     * The subgroups of these courses, each with who is in it, in one statement, by course and
     * number. The courses come as the access facts the caller read ({@link CourseService#accessOf},
     * {@link nl.pendel.course.CourseDetails#access}); each must be one the signed-in person may see.
     */
    public List<CourseSubgroup> inCourses(Collection<CourseAccess> checked) {
        if (checked.isEmpty()) {
            return List.of();
        }
        PendelUser user = currentUser.require();
        checked.stream().filter(a -> !a.canView(user)).findAny().ifPresent(a -> {
            throw new AccessDeniedException("Course " + a.courseId() + " is not visible to this person");
        });
        return gather(subgroups.rowsOfCourses(
                checked.stream().map(CourseAccess::courseId).collect(Collectors.toSet())));
    }

    /**
     * These subgroups (of any courses), subgroup id → subgroup with its number and member ids (no
     * names), in one statement: for a trainer's scheduling across courses (clashes with other
     * courses' sessions, the calendar of sessions they lead, attendance) and for system work.
     * Trainers and administrators only.
     */
    @PreAuthorize("hasAnyRole('" + Roles.TRAINER + "', '" + Roles.ADMIN + "')")
    public Map<Long, CourseSubgroup> withIds(Collection<Long> subgroupIds) {
        if (subgroupIds.isEmpty()) {
            return Map.of();
        }
        return gather(subgroups.rowsWithIds(Set.copyOf(subgroupIds))).stream()
                .collect(Collectors.toMap(CourseSubgroup::id, Function.identity()));
    }

    /** The signed-in person's subgroup in every course they are placed in: course id → subgroup id. */
    public Map<Long, Long> myPlacements() {
        return placementsOfPerson(currentUser.require().personId());
    }

    /** Anyone's placements, course id → subgroup id: for system work such as calendar feeds. */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public Map<Long, Long> placementsOf(long personId) {
        return placementsOfPerson(personId);
    }

    /** The subgroup a person is in, in one course. */
    public Optional<Long> subgroupOf(long courseId, long personId) {
        courses.requireView(courseId);
        return members.findById(new SubgroupMember.Key(courseId, personId)).map(SubgroupMember::getSubgroupId);
    }

    /**
     * Creates the course's subgroups when missing and spreads all participants over them, as
     * evenly by discipline and organisation as the team allows. Replaces earlier placements.
     */
    @Transactional
    public SubgroupOverview composeAutomatically(long courseId) {
        CourseAccess access = courses.requireManage(courseId);
        int count = courses.summary(courseId).subgroupCount();
        List<Subgroup> existing = ensureSubgroups(courseId, count);
        List<Candidate> candidates = people.profiles(access.participantIds()).stream()
                .map(OverviewBuilder::candidate)
                .toList();
        List<List<Candidate>> composed = SubgroupComposer.compose(candidates, existing.size());
        Map<Long, Long> before = placements(courseId);
        members.deleteByCourse(courseId);
        members.flush();
        for (int g = 0; g < composed.size(); g++) {
            for (Candidate c : composed.get(g)) {
                members.save(new SubgroupMember(
                        courseId, c.personId(), existing.get(g).getId()));
            }
        }
        members.flush();
        List<ParticipantsMoved.Move> moves = new ArrayList<>();
        placements(courseId).forEach((person, to) -> {
            Long from = before.get(person);
            if (!to.equals(from)) {
                moves.add(new ParticipantsMoved.Move(person, from, to));
            }
        });
        if (!moves.isEmpty()) {
            events.publishEvent(new ParticipantsMoved(courseId, moves));
        }
        return overview(access);
    }

    /** Moves one participant to another subgroup of the same course. */
    @Transactional
    public SubgroupOverview move(long courseId, long personId, long targetSubgroupId) {
        CourseAccess access = courses.requireManage(courseId);
        if (!access.participantIds().contains(personId)) {
            throw new UserFacingException("subgroup.error.not-a-participant");
        }
        Subgroup target = subgroups
                .findById(targetSubgroupId)
                .filter(s -> s.getCourseId() == courseId)
                .orElseThrow(() -> new UserFacingException("error.not-found"));
        Optional<SubgroupMember> placed = members.findById(new SubgroupMember.Key(courseId, personId));
        Long from = placed.map(SubgroupMember::getSubgroupId).orElse(null);
        SubgroupMember member = placed.orElseGet(() -> new SubgroupMember(courseId, personId, target.getId()));
        member.setSubgroupId(target.getId());
        members.saveAndFlush(member);
        if (!Long.valueOf(target.getId()).equals(from)) {
            events.publishEvent(new ParticipantsMoved(
                    courseId, List.of(new ParticipantsMoved.Move(personId, from, target.getId()))));
        }
        return overview(access);
    }

    /** Subgroups from rows of one subgroup and one member each, in the rows' order. */
    private static List<CourseSubgroup> gather(List<SubgroupRow> rows) {
        Map<Long, SubgroupRow> first = new LinkedHashMap<>();
        Map<Long, Set<Long>> people = new java.util.HashMap<>();
        for (SubgroupRow row : rows) {
            first.putIfAbsent(row.subgroupId(), row);
            Set<Long> in = people.computeIfAbsent(row.subgroupId(), k -> new HashSet<>());
            if (row.personId() != null) {
                in.add(row.personId());
            }
        }
        return first.values().stream()
                .map(r -> new CourseSubgroup(r.subgroupId(), r.courseId(), r.number(), people.get(r.subgroupId())))
                .toList();
    }

    private Map<Long, Long> placementsOfPerson(long personId) {
        return members.findByPerson(personId).stream()
                .collect(Collectors.toMap(SubgroupMember::getCourseId, SubgroupMember::getSubgroupId));
    }

    /** Person id → subgroup id, for everyone placed in the course. */
    private Map<Long, Long> placements(long courseId) {
        return members.findByCourse(courseId).stream()
                .collect(Collectors.toMap(SubgroupMember::getPersonId, SubgroupMember::getSubgroupId));
    }

    private List<Subgroup> ensureSubgroups(long courseId, int count) {
        List<Subgroup> existing = new ArrayList<>(subgroups.findByCourseIdOrderByNumber(courseId));
        for (int number = existing.size() + 1; number <= count; number++) {
            existing.add(subgroups.save(new Subgroup(courseId, number, "")));
        }
        subgroups.flush();
        return existing;
    }
}
