package nl.pendel.subgroup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.pendel.subgroup.SubgroupComposer.Candidate;
import org.junit.jupiter.api.Test;

/** Property-style: over many random teams the composer is never worse than plain round-robin. */
class SubgroupComposerTest {

    private static final String[] DISCIPLINES = {
        "SOCIAL_WORKER", "COMMUNITY_WORKER", "YOUTH_WORKER", "YOUTH_NURSE", "DEBT_COUNSELLOR", "WMO_CONSULTANT", ""
    };

    @Test
    void over_random_teams_every_discipline_and_size_differs_by_at_most_one_and_never_worse_than_round_robin() {
        Random random = new Random(20261123);
        for (int run = 0; run < 500; run++) {
            int size = 1 + random.nextInt(40);
            int groups = 1 + random.nextInt(6);
            List<Candidate> team = randomTeam(random, size);

            List<List<Candidate>> composed = SubgroupComposer.compose(team, groups);

            assertThat(composed).hasSize(groups);
            assertThat(composed.stream().flatMap(List::stream).map(Candidate::personId))
                    .containsExactlyInAnyOrderElementsOf(
                            team.stream().map(Candidate::personId).toList());
            int largest = composed.stream().mapToInt(List::size).max().orElseThrow();
            int smallest = composed.stream().mapToInt(List::size).min().orElseThrow();
            assertThat(largest - smallest).as("sizes, run %d", run).isLessThanOrEqualTo(1);
            for (String discipline : DISCIPLINES) {
                long[] counts = composed.stream()
                        .mapToLong(g -> g.stream()
                                .filter(c -> c.discipline().equals(discipline))
                                .count())
                        .toArray();
                long max = java.util.Arrays.stream(counts).max().orElseThrow();
                long min = java.util.Arrays.stream(counts).min().orElseThrow();
                assertThat(max - min)
                        .as("discipline %s, run %d", discipline, run)
                        .isLessThanOrEqualTo(1);
            }
            assertThat(SubgroupComposer.disciplineSpread(composed))
                    .isLessThanOrEqualTo(SubgroupComposer.disciplineSpread(roundRobin(team, groups)));
        }
    }

    @Test
    void organisations_are_spread_when_the_disciplines_allow_it() {
        // four social workers: two from each organisation, two subgroups
        List<Candidate> team = List.of(
                new Candidate(1, "SOCIAL_WORKER", 10L),
                new Candidate(2, "SOCIAL_WORKER", 10L),
                new Candidate(3, "SOCIAL_WORKER", 20L),
                new Candidate(4, "SOCIAL_WORKER", 20L));
        List<List<Candidate>> composed = SubgroupComposer.compose(team, 2);
        assertThat(SubgroupComposer.organisationSpread(composed)).isZero();
        assertThat(composed.get(0)).extracting(Candidate::organisationId).containsExactlyInAnyOrder(10L, 20L);
    }

    private static List<Candidate> randomTeam(Random random, int size) {
        List<Candidate> team = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            team.add(new Candidate(i + 1, DISCIPLINES[random.nextInt(DISCIPLINES.length)], (long) random.nextInt(4)));
        }
        return team;
    }

    private static List<List<Candidate>> roundRobin(List<Candidate> team, int groups) {
        List<List<Candidate>> result = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            result.add(new ArrayList<>());
        }
        for (int i = 0; i < team.size(); i++) {
            result.get(i % groups).add(team.get(i));
        }
        return result;
    }
}
