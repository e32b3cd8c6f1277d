package nl.pendel.subgroup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Spreads people over subgroups so that every subgroup is as interdisciplinary as the team allows.
 *
 * <p>People are dealt out discipline by discipline, the dealer moving on from where the previous
 * discipline stopped: each discipline then differs by at most one between subgroups (the best
 * possible), and so do the subgroup sizes. Within a discipline people are ordered by
 * organisation, and swaps between two people of the same discipline are made while they spread
 * the organisations more evenly; such swaps keep the discipline spread and the sizes.
 */
public final class SubgroupComposer {

    private SubgroupComposer() {}

    /** Someone to place: the discipline and organisation may be unknown (null). */
    public record Candidate(long personId, String discipline, Long organisationId) {}

    /**
     * @return for each subgroup (index 0 is subgroup 1) the people in it
     */
    public static List<List<Candidate>> compose(List<Candidate> candidates, int subgroups) {
        if (subgroups < 1) {
            throw new IllegalArgumentException("At least one subgroup");
        }
        Map<String, List<Candidate>> byDiscipline = candidates.stream()
                .sorted(Comparator.comparing((Candidate c) -> String.valueOf(c.organisationId()))
                        .thenComparingLong(Candidate::personId))
                .collect(Collectors.groupingBy(
                        c -> String.valueOf(c.discipline()), java.util.LinkedHashMap::new, Collectors.toList()));
        List<String> disciplines = new ArrayList<>(byDiscipline.keySet());
        // the largest disciplines first, so the remainders of small ones fill the gaps
        disciplines.sort(
                Comparator.comparing((String d) -> -byDiscipline.get(d).size()).thenComparing(d -> d));
        List<List<Candidate>> groups = new ArrayList<>();
        for (int i = 0; i < subgroups; i++) {
            groups.add(new ArrayList<>());
        }
        int dealer = 0;
        for (String discipline : disciplines) {
            for (Candidate candidate : byDiscipline.get(discipline)) {
                groups.get(dealer).add(candidate);
                dealer = (dealer + 1) % subgroups;
            }
        }
        spreadOrganisations(groups);
        return groups;
    }

    /** Per discipline, the largest difference in count between two subgroups, added up. */
    public static int disciplineSpread(List<List<Candidate>> groups) {
        return spread(groups, Candidate::discipline);
    }

    /** Per organisation, the largest difference in count between two subgroups, added up. */
    public static int organisationSpread(List<List<Candidate>> groups) {
        return spread(groups, c -> String.valueOf(c.organisationId()));
    }

    private static void spreadOrganisations(List<List<Candidate>> groups) {
        boolean improved = true;
        int rounds = 0;
        while (improved && rounds++ < 200) {
            improved = false;
            int current = organisationSpread(groups);
            outer:
            for (int a = 0; a < groups.size(); a++) {
                for (int b = a + 1; b < groups.size(); b++) {
                    for (int i = 0; i < groups.get(a).size(); i++) {
                        for (int j = 0; j < groups.get(b).size(); j++) {
                            Candidate x = groups.get(a).get(i);
                            Candidate y = groups.get(b).get(j);
                            if (!Objects.equals(x.discipline(), y.discipline())
                                    || Objects.equals(x.organisationId(), y.organisationId())) {
                                continue;
                            }
                            groups.get(a).set(i, y);
                            groups.get(b).set(j, x);
                            int after = organisationSpread(groups);
                            if (after < current) {
                                improved = true;
                                break outer;
                            }
                            groups.get(a).set(i, x);
                            groups.get(b).set(j, y);
                        }
                    }
                }
            }
        }
    }

    private static int spread(List<List<Candidate>> groups, Function<Candidate, String> key) {
        Map<String, int[]> counts = new HashMap<>();
        for (int g = 0; g < groups.size(); g++) {
            for (Candidate c : groups.get(g)) {
                counts.computeIfAbsent(String.valueOf(key.apply(c)), k -> new int[groups.size()])[g]++;
            }
        }
        int total = 0;
        for (int[] perGroup : counts.values()) {
            int min = Integer.MAX_VALUE;
            int max = 0;
            for (int n : perGroup) {
                min = Math.min(min, n);
                max = Math.max(max, n);
            }
            total += max - min;
        }
        return total;
    }
}
