package nl.pendel.subgroup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.pendel.account.Discipline;
import nl.pendel.account.PersonProfile;
import nl.pendel.account.PersonService;
import nl.pendel.course.CourseAccess;
import nl.pendel.course.CourseService;
import nl.pendel.shared.ReadMemo;
import nl.pendel.shared.UserFacingException;
import nl.pendel.subgroup.SubgroupComposer.Candidate;
import nl.pendel.subgroup.internal.Subgroup;
import nl.pendel.subgroup.internal.SubgroupMember;
import nl.pendel.subgroup.internal.SubgroupMemberRepository;
import nl.pendel.subgroup.internal.SubgroupRepository;
import org.springframework.context.ApplicationEventPublisher;
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

    private static final String SUBGROUP_NUMBERS = "subgroup.numbers";

    private final SubgroupRepository subgroups;
    private final SubgroupMemberRepository members;
    private final CourseService courses;
    private final PersonService people;
    private final nl.pendel.security.CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    SubgroupService(
            SubgroupRepository subgroups,
            SubgroupMemberRepository members,
            CourseService courses,
            PersonService people,
            nl.pendel.security.CurrentUser currentUser,
            ApplicationEventPublisher events) {
        this.subgroups = subgroups;
        this.members = members;
        this.courses = courses;
        this.people = people;
        this.currentUser = currentUser;
        this.events = events;
    }

    public SubgroupOverview overview(long courseId) {
        CourseAccess access = courses.requireView(courseId);
        Map<Long, PersonProfile> profiles = people.profiles(access.participantIds()).stream()
                .collect(Collectors.toMap(PersonProfile::id, Function.identity()));
        Map<Long, Long> placement = members.findByCourse(courseId).stream()
                .filter(m -> profiles.containsKey(m.getPersonId()))
                .collect(Collectors.toMap(SubgroupMember::getPersonId, SubgroupMember::getSubgroupId));
        List<SubgroupView> views = new ArrayList<>();
        List<List<Candidate>> groups = new ArrayList<>();
        for (Subgroup subgroup : subgroupsOf(courseId)) {
            List<PersonProfile> in = profiles.values().stream()
                    .filter(p -> subgroup.getId().equals(placement.get(p.id())))
                    .sorted(java.util.Comparator.comparing(PersonProfile::displayName))
                    .toList();
            Map<Discipline, Long> mix = in.stream()
                    .collect(Collectors.groupingBy(
                            p -> p.discipline() == null ? Discipline.OTHER : p.discipline(), Collectors.counting()));
            views.add(new SubgroupView(subgroup.getId(), subgroup.getNumber(), subgroup.getName(), in, mix));
            groups.add(in.stream().map(SubgroupService::candidate).toList());
        }
        List<PersonProfile> unassigned = profiles.values().stream()
                .filter(p -> !placement.containsKey(p.id()))
                .sorted(java.util.Comparator.comparing(PersonProfile::displayName))
                .toList();
        int disciplineSpread = SubgroupComposer.disciplineSpread(groups);
        boolean sizesEven = groups.isEmpty()
                || groups.stream().mapToInt(List::size).max().getAsInt()
                                - groups.stream().mapToInt(List::size).min().getAsInt()
                        <= 1;
        boolean disciplinesEven = disciplinesWithinOne(groups);
        return new SubgroupOverview(
                views,
                unassigned,
                sizesEven && disciplinesEven && unassigned.isEmpty(),
                disciplineSpread,
                SubgroupComposer.organisationSpread(groups));
    }

    /**
     * Who is in each of the given subgroups, across courses: for conflict checks (a person in two
     * sessions at once). Returns ids only.
     */
    public Map<Long, java.util.Set<Long>> membersBySubgroup(java.util.Collection<Long> subgroupIds) {
        if (subgroupIds.isEmpty()) {
            return Map.of();
        }
        java.util.Set<Long> ids = java.util.Set.copyOf(subgroupIds);
        return ReadMemo.get("subgroup.members", ids, () -> members.findBySubgroupIds(ids)).stream()
                .collect(Collectors.groupingBy(
                        SubgroupMember::getSubgroupId,
                        Collectors.mapping(SubgroupMember::getPersonId, Collectors.toSet())));
    }

    /** The signed-in person's subgroup in every course they are placed in: course id → subgroup id. */
    public Map<Long, Long> myPlacements() {
        long me = currentUser.require().personId();
        return ReadMemo.get("subgroup.placements-of", me, () -> members.findByPerson(me)).stream()
                .collect(Collectors.toMap(SubgroupMember::getCourseId, SubgroupMember::getSubgroupId));
    }

    /** Anyone's placements, course id → subgroup id: for system work such as calendar feeds. */
    @PreAuthorize("hasRole('" + nl.pendel.security.Roles.ADMIN + "')")
    public Map<Long, Long> placementsOf(long personId) {
        return members.findByPerson(personId).stream()
                .collect(Collectors.toMap(SubgroupMember::getCourseId, SubgroupMember::getSubgroupId));
    }

    /** Who is in which subgroup of a course: person id → subgroup number (the unplaced are missing). */
    public Map<Long, Integer> subgroupNumberOfEach(long courseId) {
        Map<Long, Integer> numbers = subgroupNumbers(courseId);
        Map<Long, Integer> placement = new java.util.HashMap<>();
        membersBySubgroup(numbers.keySet())
                .forEach((subgroup, people) -> people.forEach(p -> placement.put(p, numbers.get(subgroup))));
        return placement;
    }

    /**
     * The subgroups of these courses as id → number, in one query: for overviews across courses
     * whose caller checked the courses first ({@code CourseService.detailsOf}); the numbers are no
     * personal data.
     */
    public Map<Long, Integer> numbersInCourses(java.util.Collection<Long> courseIds) {
        if (courseIds.isEmpty()) {
            return Map.of();
        }
        java.util.Set<Long> asked = java.util.Set.copyOf(courseIds);
        return ReadMemo.get("subgroup.of-courses", asked, () -> subgroups.findByCourseIdIn(asked)).stream()
                .collect(Collectors.toMap(Subgroup::getId, Subgroup::getNumber));
    }

    /**
     * Who is in each subgroup of a course: subgroup number → person ids, by number, in one
     * statement (an empty subgroup with an empty set). For everyone who may see the course, as
     * {@link #subgroupNumbers} and {@link #membersBySubgroup} together.
     */
    public Map<Integer, java.util.Set<Long>> membersByNumber(long courseId) {
        courses.requireView(courseId);
        Map<Integer, java.util.Set<Long>> result = new java.util.LinkedHashMap<>();
        for (Object[] row : courseMembers(courseId)) {
            java.util.Set<Long> people = result.computeIfAbsent((Integer) row[1], k -> new java.util.HashSet<>());
            if (row[2] != null) {
                people.add((Long) row[2]);
            }
        }
        return result;
    }

    /** The subgroups of a course as id → number, in order. */
    public Map<Long, Integer> subgroupNumbers(long courseId) {
        courses.requireView(courseId);
        Map<Long, Integer> numbers = ReadMemo.get(SUBGROUP_NUMBERS, courseId, () -> {
            Map<Long, Integer> read = new java.util.LinkedHashMap<>();
            subgroupsOf(courseId).forEach(s -> read.put(s.getId(), s.getNumber()));
            return java.util.Collections.unmodifiableMap(read);
        });
        return new java.util.LinkedHashMap<>(numbers);
    }

    /**
     * The signed-in person's subgroup in this course with everyone in it (themselves too), or
     * empty when they are not placed. Read together with the course's other subgroups in one
     * statement, which also answers {@link #subgroupNumbers} for the rest of a screen's read-only
     * transaction ({@link ReadMemo}).
     */
    public Optional<MySubgroup> mySubgroup(long courseId) {
        courses.requireView(courseId);
        long me = currentUser.require().personId();
        List<Object[]> rows = courseMembers(courseId);
        Map<Long, Integer> numbers = new java.util.LinkedHashMap<>();
        Map<Long, java.util.Set<Long>> people = new java.util.HashMap<>();
        for (Object[] row : rows) {
            long subgroupId = (Long) row[0];
            numbers.put(subgroupId, (Integer) row[1]);
            java.util.Set<Long> in = people.computeIfAbsent(subgroupId, k -> new java.util.HashSet<>());
            if (row[2] != null) {
                in.add((Long) row[2]);
            }
        }
        ReadMemo.remember(SUBGROUP_NUMBERS, courseId, java.util.Collections.unmodifiableMap(numbers));
        return people.entrySet().stream()
                .filter(e -> e.getValue().contains(me))
                .findFirst()
                .map(e -> new MySubgroup(e.getKey(), numbers.get(e.getKey()), java.util.Set.copyOf(e.getValue())));
    }

    /**
     * The numbers of these subgroups (of any courses), subgroup id → number, in one query. No
     * check of the courses themselves: for trainers' overviews across courses, whose own checks
     * chose the ids.
     */
    @PreAuthorize("hasAnyRole('" + nl.pendel.security.Roles.ADMIN + "', '" + nl.pendel.security.Roles.TRAINER + "')")
    public Map<Long, Integer> numbers(java.util.Collection<Long> subgroupIds) {
        if (subgroupIds.isEmpty()) {
            return Map.of();
        }
        return subgroups.findAllById(subgroupIds).stream()
                .collect(Collectors.toMap(Subgroup::getId, Subgroup::getNumber));
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
                .map(SubgroupService::candidate)
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
        return overview(courseId);
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
        return overview(courseId);
    }

    /**
     * The course's subgroups by number as rows of id, number and one member (null for an empty
     * subgroup), read once per read-only transaction ({@link ReadMemo}).
     */
    private List<Object[]> courseMembers(long courseId) {
        return ReadMemo.get("subgroup.course-members", courseId, () -> subgroups.idsNumbersWithMembers(courseId));
    }

    /** The course's subgroups by number, read once per read-only transaction ({@link ReadMemo}). */
    private List<Subgroup> subgroupsOf(long courseId) {
        return ReadMemo.get("subgroup.of-course", courseId, () -> subgroups.findByCourseIdOrderByNumber(courseId));
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

    private static boolean disciplinesWithinOne(List<List<Candidate>> groups) {
        Map<String, int[]> counts = new HashMap<>();
        for (int g = 0; g < groups.size(); g++) {
            for (Candidate c : groups.get(g)) {
                counts.computeIfAbsent(c.discipline(), k -> new int[groups.size()])[g]++;
            }
        }
        return counts.values().stream().allMatch(perGroup -> {
            int min = java.util.Arrays.stream(perGroup).min().orElse(0);
            int max = java.util.Arrays.stream(perGroup).max().orElse(0);
            return max - min <= 1;
        });
    }

    private static Candidate candidate(PersonProfile p) {
        return new Candidate(
                p.id(), p.discipline() == null ? "" : p.discipline().name(), p.organisationId());
    }
}
