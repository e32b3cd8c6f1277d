package nl.pendel.subgroup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.pendel.account.Discipline;
import nl.pendel.account.PersonProfile;
import nl.pendel.subgroup.SubgroupComposer.Candidate;
import nl.pendel.subgroup.internal.Subgroup;

/** Builds a course's {@link SubgroupOverview} from its subgroups, participants and placements. */
final class OverviewBuilder {

    private OverviewBuilder() {}

    /**
     * The overview of these subgroups.
     *
     * @param profiles the course's participants by person id
     * @param placement person id → subgroup id, for the participants placed
     */
    static SubgroupOverview overview(
            List<Subgroup> subgroups, Map<Long, PersonProfile> profiles, Map<Long, Long> placement) {
        List<SubgroupView> views = new ArrayList<>();
        List<List<Candidate>> groups = new ArrayList<>();
        for (Subgroup subgroup : subgroups) {
            List<PersonProfile> in = profiles.values().stream()
                    .filter(p -> subgroup.getId().equals(placement.get(p.id())))
                    .sorted(Comparator.comparing(PersonProfile::displayName))
                    .toList();
            Map<Discipline, Long> mix = in.stream()
                    .collect(Collectors.groupingBy(
                            p -> p.discipline() == null ? Discipline.OTHER : p.discipline(), Collectors.counting()));
            views.add(new SubgroupView(subgroup.getId(), subgroup.getNumber(), subgroup.getName(), in, mix));
            groups.add(in.stream().map(OverviewBuilder::candidate).toList());
        }
        List<PersonProfile> unassigned = profiles.values().stream()
                .filter(p -> !placement.containsKey(p.id()))
                .sorted(Comparator.comparing(PersonProfile::displayName))
                .toList();
        boolean sizesEven = groups.isEmpty()
                || groups.stream().mapToInt(List::size).max().getAsInt()
                                - groups.stream().mapToInt(List::size).min().getAsInt()
                        <= 1;
        return new SubgroupOverview(
                views,
                unassigned,
                sizesEven && disciplinesWithinOne(groups) && unassigned.isEmpty(),
                SubgroupComposer.disciplineSpread(groups),
                SubgroupComposer.organisationSpread(groups));
    }

    static Candidate candidate(PersonProfile p) {
        return new Candidate(
                p.id(), p.discipline() == null ? "" : p.discipline().name(), p.organisationId());
    }

    private static boolean disciplinesWithinOne(List<List<Candidate>> groups) {
        Map<String, int[]> counts = new HashMap<>();
        for (int g = 0; g < groups.size(); g++) {
            for (Candidate c : groups.get(g)) {
                counts.computeIfAbsent(c.discipline(), k -> new int[groups.size()])[g]++;
            }
        }
        return counts.values().stream().allMatch(perGroup -> {
            int min = Arrays.stream(perGroup).min().orElse(0);
            int max = Arrays.stream(perGroup).max().orElse(0);
            return max - min <= 1;
        });
    }
}
