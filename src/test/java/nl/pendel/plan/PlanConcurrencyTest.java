package nl.pendel.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import nl.pendel.IntegrationTest;
import nl.pendel.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Twenty writers save the same section at the same moment against MariaDB. Every save is either
 * applied or reported as a conflict; a writer who hears of a conflict merges with the text saved in
 * between and tries again, as the conflict dialog lets a person do. In the end every writer's line
 * is in the text (no lost update) and the history holds exactly one version per applied save.
 */
@IntegrationTest
class PlanConcurrencyTest {

    private static final int WRITERS = 20;

    @Autowired
    TestData testData;

    @Autowired
    PlanFixtures fixtures;

    @Autowired
    PlanService plans;

    @Autowired
    PlanSectionService sections;

    @Test
    void twenty_simultaneous_saves_of_one_section_lose_nothing_and_every_version_is_in_the_history() throws Exception {
        var course = fixtures.published(8);
        var members = List.of(course.member(1, 0), course.member(1, 1), course.trainer());
        long planId = testData.runAs(members.getFirst().email(), () -> plans.start(course.id(), null));

        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger applied = new AtomicInteger();
        AtomicInteger conflicts = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        List<Future<?>> writers = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            String line = "Regel van schrijver " + i;
            String email = members.get(i % members.size()).email();
            writers.add(pool.submit(() -> {
                start.await();
                testData.runAs(email, () -> {
                    // everyone starts from the empty section, version 0, at the same moment
                    String base = "";
                    long version = 0;
                    while (true) {
                        String text = base.isEmpty() ? line : base + "\n" + line;
                        SectionSave outcome = sections.save(planId, "activiteit", text, version, false);
                        if (outcome.result() == SectionSave.Result.SAVED) {
                            applied.incrementAndGet();
                            return;
                        }
                        assertThat(outcome.result()).isEqualTo(SectionSave.Result.CONFLICT);
                        conflicts.incrementAndGet();
                        base = outcome.conflict().theirs();
                        version = outcome.conflict().theirVersion();
                    }
                });
                return null;
            }));
        }
        start.countDown();
        for (Future<?> writer : writers) {
            writer.get(2, TimeUnit.MINUTES);
        }
        pool.shutdown();

        String text = testData.runAs(members.getFirst().email(), () -> plans.plan(planId))
                .section("activiteit")
                .content();
        assertThat(text.lines().toList())
                .as("no lost update: every writer's line, once")
                .containsExactlyInAnyOrderElementsOf(java.util.stream.IntStream.range(0, WRITERS)
                        .mapToObj(i -> "Regel van schrijver " + i)
                        .toList());
        assertThat(applied.get()).isEqualTo(WRITERS);
        assertThat(conflicts.get())
                .as("simultaneous saves were reported, not applied")
                .isPositive();
        List<SectionVersion> history =
                testData.runAs(members.getFirst().email(), () -> sections.history(planId, "activiteit"));
        assertThat(history)
                .extracting(SectionVersion::version)
                .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, WRITERS)
                        .map(v -> WRITERS + 1 - v)
                        .boxed()
                        .toList());
        assertThat(history.getFirst().content()).isEqualTo(text);
        System.out.printf(
                "plan concurrency: %d writers, %d applied, %d conflicts reported%n",
                WRITERS, applied.get(), conflicts.get());
    }
}
