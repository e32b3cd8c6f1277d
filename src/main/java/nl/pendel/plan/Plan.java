package nl.pendel.plan;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A plan with its sections, for reading and editing.
 *
 * @param competences the codes of the competences the plan exercises
 * @param canEdit the reader is a member of the subgroup or a trainer of the course
 * @param canSignOff the reader is a trainer of the course
 */
public record Plan(
        long id,
        long courseId,
        String courseTitle,
        long subgroupId,
        int subgroupNumber,
        String title,
        PlanStatus status,
        Set<String> competences,
        List<PlanSection> sections,
        @Nullable String signedOffBy,
        @Nullable Instant signedOffAt,
        long version,
        boolean canEdit,
        boolean canSignOff,
        List<String> members) {

    public Plan {
        competences = Set.copyOf(competences);
        sections = List.copyOf(sections);
        members = List.copyOf(members);
    }

    /** The titles of the required sections that are still empty: the checklist. */
    public List<String> emptyRequired() {
        return sections.stream()
                .filter(s -> s.required() && s.isEmpty())
                .map(PlanSection::title)
                .toList();
    }

    public PlanSection section(String key) {
        return sections.stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
    }
}
