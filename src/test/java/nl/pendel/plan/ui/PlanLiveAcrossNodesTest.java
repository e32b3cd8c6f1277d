package nl.pendel.plan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import nl.pendel.IntegrationTest;
import nl.pendel.TestData;
import nl.pendel.account.PersonService;
import nl.pendel.cluster.ClusterJobs;
import nl.pendel.cluster.ClusterNode;
import nl.pendel.plan.PlanFixtures;
import nl.pendel.plan.PlanSectionSaved;
import nl.pendel.plan.PlanSectionService;
import nl.pendel.plan.PlanService;
import nl.pendel.plan.SectionSave;
import nl.pendel.plan.internal.PlanEventLog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Live plan updates between two nodes on one database: the application here is node A; node B is
 * a second live hub with a node name of its own on the same MariaDB, as another application would
 * have. A save on A reaches a window open on B at B's next poll, once, and A's own window is not
 * told twice.
 */
@IntegrationTest
class PlanLiveAcrossNodesTest {

    @Autowired
    PlanFixtures fixtures;

    @Autowired
    TestData testData;

    @Autowired
    PlanService plans;

    @Autowired
    PlanSectionService sections;

    @Autowired
    PlanLiveHub nodeA;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PersonService people;

    @Autowired
    ClusterJobs jobs;

    @Test
    void a_save_on_one_node_reaches_a_window_on_another_node_once_and_the_own_node_once() {
        var course = fixtures.published(8);
        var writer = course.member(1, 0);
        var reader = course.member(1, 1);
        long planId = testData.runAs(writer.email(), () -> plans.start(course.id(), null));
        PlanLiveHub nodeB = new PlanLiveHub(new PlanEventLog(jdbc, ClusterNode.named("node-b"), people, jobs));
        Window onA = new Window();
        Window onB = new Window();
        var registrationA = nodeA.register(planId, Runnable::run, "window-of-" + writer.id(), onA);
        var registrationB = nodeB.register(planId, Runnable::run, "window-of-" + reader.id(), onB);
        try {
            SectionSave saved = testData.runAs(
                    writer.email(), () -> sections.save(planId, "doelgroep", "Jonge ouders in de wijk", 0, false));
            assertThat(saved.result()).isEqualTo(SectionSave.Result.SAVED);

            assertThat(onA.saves)
                    .as("the saving node's windows hear it at once")
                    .hasSize(1);
            assertThat(onB.saves).as("the other node hears it at its next poll").isEmpty();

            nodeB.pollOtherNodes();
            assertThat(onB.saves).hasSize(1);
            PlanSectionSaved heard = onB.saves.getFirst();
            assertThat(heard.planId()).isEqualTo(planId);
            assertThat(heard.sectionKey()).isEqualTo("doelgroep");
            assertThat(heard.version()).isEqualTo(1);
            assertThat(heard.content()).isEqualTo("Jonge ouders in de wijk");
            assertThat(heard.personName()).isEqualTo(writer.displayName());

            nodeB.pollOtherNodes();
            nodeA.pollOtherNodes();
            assertThat(onB.saves).as("each save once").hasSize(1);
            assertThat(onA.saves).as("a node never gets its own saves back").hasSize(1);

            testData.runAs(
                    writer.email(), () -> sections.save(planId, "doelgroep", "Jonge ouders en grootouders", 1, false));
            nodeB.pollOtherNodes();
            assertThat(onB.saves).extracting(PlanSectionSaved::version).containsExactly(1L, 2L);
        } finally {
            registrationA.remove();
            registrationB.remove();
        }
    }

    @Test
    void a_node_without_open_plans_reads_nothing_and_old_events_are_purged() {
        PlanEventLog log = new PlanEventLog(jdbc, ClusterNode.named("node-c"), people, jobs);
        assertThat(log.fromOtherNodes(List.of(), PlanLiveHub.LOOKBACK)).isEmpty();
        jdbc.sql("""
                        insert into plan_event (plan_id, section_key, version, person_id, origin, created_at)
                        values (-1, 'oud', 1, -1, 'node-x', now(6) - interval 2 day)""").update();
        assertThat(log.purgeOlderThan(java.time.Duration.ofDays(1))).isPositive();
        assertThat(jdbc.sql("select count(*) from plan_event where created_at < now(6) - interval 1 day")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private static final class Window implements PlanLiveHub.Listener {
        final List<PlanSectionSaved> saves = new CopyOnWriteArrayList<>();

        @Override
        public void saved(PlanSectionSaved saved) {
            saves.add(saved);
        }

        @Override
        public void editors(List<PlanLiveHub.Editor> editors) {}
    }
}
