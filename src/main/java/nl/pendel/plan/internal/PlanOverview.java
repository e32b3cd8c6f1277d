package nl.pendel.plan.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.pendel.course.CourseAccess;
import nl.pendel.course.CourseSummary;
import nl.pendel.plan.PlanSummary;
import nl.pendel.programme.ProgrammeOutline;
import nl.pendel.programme.ProgrammeService;
import nl.pendel.security.PendelUser;
import nl.pendel.security.Role;
import nl.pendel.subgroup.CourseSubgroup;
import nl.pendel.subgroup.SubgroupService;
import org.springframework.stereotype.Component;

/**
 * The plans of courses someone may see, as overviews list them: every plan of the courses they
 * train or lead (or all, for an administrator), and their own subgroups' plans elsewhere. A fixed
 * number of statements however many plans: the plans, their sections, the subgroups' numbers and
 * the templates the plans were started from (one per template version, which is content).
 */
@Component
public class PlanOverview {

    private final PlanReads reads;
    private final SubgroupService subgroups;
    private final ProgrammeService programmes;

    PlanOverview(PlanReads reads, SubgroupService subgroups, ProgrammeService programmes) {
        this.reads = reads;
        this.subgroups = subgroups;
        this.programmes = programmes;
    }

    /**
     * The plans of these courses that {@code user} may see, newest change first; {@code checked}
     * are the courses' access facts as the course module gave them.
     */
    public List<PlanSummary> summaries(
            Map<Long, CourseSummary> visible, Collection<CourseAccess> checked, PendelUser user) {
        if (visible.isEmpty()) {
            return List.of();
        }
        Set<Long> whole = visible.values().stream()
                .filter(c -> seesWholeCourse(c, user))
                .map(CourseSummary::id)
                .collect(Collectors.toSet());
        Map<Long, Long> placements = subgroups.myPlacements();
        List<PlanReads.Listed> listed = reads.plansOf(visible.keySet()).stream()
                .filter(p -> whole.contains(p.courseId())
                        || Long.valueOf(p.subgroupId()).equals(placements.get(p.courseId())))
                .toList();
        if (listed.isEmpty()) {
            return List.of();
        }
        Map<Long, Integer> numbers = subgroups.inCourses(checked).stream()
                .collect(Collectors.toMap(CourseSubgroup::id, CourseSubgroup::number));
        Counts counts = counts(listed);
        return listed.stream()
                .map(p -> new PlanSummary(
                        p.id(),
                        p.courseId(),
                        visible.get(p.courseId()).title(),
                        numbers.getOrDefault(p.subgroupId(), 0),
                        p.title(),
                        p.status(),
                        counts.emptyRequired().getOrDefault(p.id(), 0),
                        counts.updated().get(p.id())))
                .sorted(Comparator.comparing((PlanSummary p) -> p.updatedAt() == null ? Instant.EPOCH : p.updatedAt())
                        .reversed()
                        .thenComparing(PlanSummary::id))
                .toList();
    }

    private static boolean seesWholeCourse(CourseSummary course, PendelUser user) {
        boolean trainer = course.trainerId() == user.personId()
                || (course.coTrainerId() != null && course.coTrainerId() == user.personId());
        boolean lead =
                user.hasRole(Role.TEAM_LEAD) && Long.valueOf(course.teamId()).equals(user.teamId());
        return user.hasRole(Role.ADMIN) || (trainer && user.hasRole(Role.TRAINER)) || lead;
    }

    /** Per plan: how many required sections are empty, and when a section was saved last. */
    private record Counts(Map<Long, Integer> emptyRequired, Map<Long, Instant> updated) {}

    private Counts counts(List<PlanReads.Listed> listed) {
        Map<Long, Long> templateOf =
                listed.stream().collect(Collectors.toMap(PlanReads.Listed::id, PlanReads.Listed::templateVersionId));
        Map<Long, Set<String>> required = requiredSections(Set.copyOf(templateOf.values()));
        Map<Long, Integer> empty = new HashMap<>();
        Map<Long, Instant> updated = new HashMap<>();
        for (PlanReads.SectionState s : reads.sectionStates(templateOf.keySet())) {
            if (s.empty() && required.get(templateOf.get(s.planId())).contains(s.sectionKey())) {
                empty.merge(s.planId(), 1, Integer::sum);
            }
            if (s.updatedAt() != null) {
                updated.merge(s.planId(), s.updatedAt(), (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        return new Counts(empty, updated);
    }

    /** The keys of the required sections of each template version. */
    private Map<Long, Set<String>> requiredSections(Collection<Long> templateVersionIds) {
        return templateVersionIds.stream()
                .collect(Collectors.toMap(
                        Function.identity(), id -> programmes.planTemplateVersion(id).sections().stream()
                                .filter(ProgrammeOutline.Section::required)
                                .map(ProgrammeOutline.Section::key)
                                .collect(Collectors.toSet())));
    }
}
