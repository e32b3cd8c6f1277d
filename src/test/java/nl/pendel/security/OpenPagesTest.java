package nl.pendel.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.util.EnumSet;
import java.util.List;
import nl.pendel.KaribuTest;
import nl.pendel.account.PersonDraft;
import nl.pendel.account.PersonService;
import nl.pendel.account.PersonSummary;
import nl.pendel.plan.PlanFixtures;
import nl.pendel.plan.PlanSectionService;
import nl.pendel.plan.PlanService;
import nl.pendel.plan.SectionSave;
import nl.pendel.rights.ErasureService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * A participant has their plan open (Karibu) when an administrator erases or deactivates their
 * account or changes their roles: at the next check of the open pages (every few seconds; called
 * here) the page is sent to the login page, its session closes so no save reaches it by push any
 * more, and a save from that page is refused. A second node (another registry of open pages on
 * the same database) ends its page of the person the same way.
 */
class OpenPagesTest extends KaribuTest {

    @Autowired
    PlanFixtures fixtures;

    @Autowired
    PlanService plans;

    @Autowired
    PlanSectionService sections;

    @Autowired
    PersonService people;

    @Autowired
    ErasureService erasure;

    @Autowired
    OpenPages openPages;

    @Autowired
    SignedInAccounts accounts;

    @Test
    void a_deactivated_persons_open_plan_ends_and_their_save_is_refused() {
        OpenPlan plan = openPlan();

        testData.deactivate(plan.member());
        openPages.check();

        assertEnded(plan);
    }

    @Test
    void an_erased_persons_open_plan_ends_and_their_save_is_refused() {
        OpenPlan plan = openPlan();

        asAdministratorElsewhere(() -> erasure.erase(plan.member().id()));
        openPages.check();

        assertEnded(plan);
        assertThat(sections.history(plan.id(), "doelgroep").stream().map(v -> v.content()))
                .as("nothing stored under the erased name")
                .doesNotContain("Na het wissen");
    }

    @Test
    void a_person_whose_roles_change_has_their_open_plan_ended() {
        OpenPlan plan = openPlan();

        PersonDraft draft = PersonDraft.of(plan.member());
        draft.setRoles(EnumSet.of(Role.PARTICIPANT, Role.TRAINER));
        asAdministratorElsewhere(() -> people.save(draft));
        openPages.check();

        assertEnded(plan);
    }

    @Test
    void an_unchanged_persons_open_plan_stays_open() {
        OpenPlan plan = openPlan();

        openPages.check();

        assertThat(UI.getCurrent().isClosing()).isFalse();
        assertThat(openPages.isOpen(UI.getCurrent())).isTrue();
        assertThat(saveFromThePage(plan).result()).isEqualTo(SectionSave.Result.SAVED);
    }

    @Test
    void a_deactivation_on_one_node_ends_the_page_open_on_another_node() {
        OpenPlan plan = openPlan();
        OpenPages nodeB = new OpenPages(accounts);
        nodeB.register(UI.getCurrent(), currentUser());

        testData.deactivate(plan.member()); // on this node (A), in the shared database
        nodeB.check();

        assertThat(afterTheBrowsersRoundTrip(plan.page()))
                .as("node B sent its page to the login page")
                .anyMatch(script -> script.contains("login"));
        assertThat(plan.page().getChildren()).isEmpty();
    }

    // ---- helpers

    private record OpenPlan(long id, PersonSummary member, UI page) {}

    private OpenPlan openPlan() {
        var course = fixtures.published(8);
        var member = course.member(1, 0);
        long planId = testData.runAs(member.email(), () -> plans.start(course.id(), null));
        login(member.email());
        open("plannen/" + planId);
        assertThat(openPages.isOpen(UI.getCurrent()))
                .as("the page is known as open")
                .isTrue();
        return new OpenPlan(planId, member, UI.getCurrent());
    }

    private void assertEnded(OpenPlan plan) {
        List<String> scripts = afterTheBrowsersRoundTrip(plan.page());
        assertThat(openPages.isOpen(plan.page())).isFalse();
        assertThat(plan.page().getChildren())
                .as("the plan left the page: no push reaches it")
                .isEmpty();
        assertThat(scripts).as("sent to the login page").anyMatch(script -> script.contains("login"));

        openPages.check(); // the next check, a few seconds later
        afterTheBrowsersRoundTrip(plan.page());
        assertThat(plan.page().isClosing()).as("the page closed").isTrue();
        assertThat(plan.page().getSession()).as("detached from its session").isNull();
        assertThatThrownBy(() -> saveFromThePage(plan))
                .as("a save from the page left open is refused")
                .isInstanceOf(AccessDeniedException.class);
    }

    /** A save as the page's own session would make it (its sign-in, as remembered). */
    private SectionSave saveFromThePage(OpenPlan plan) {
        return sections.save(plan.id(), "doelgroep", "Na het wissen", 0, false);
    }

    private static PendelUser currentUser() {
        return (PendelUser) org.springframework.security.core.context.SecurityContextHolder.getContext()
                .getAuthentication()
                .getPrincipal();
    }

    /**
     * Runs what the server queued for the page (the test holds the session's lock, as a request
     * would), and answers the scripts the browser is sent.
     */
    private static List<String> afterTheBrowsersRoundTrip(UI page) {
        VaadinSession session = page.getSession();
        if (session == null) {
            return List.of();
        }
        session.getService().runPendingAccessTasks(session);
        if (page.getSession() == null) {
            return List.of();
        }
        return page.getInternals().dumpPendingJavaScriptInvocations().stream()
                .map(invocation -> invocation.getInvocation().getExpression() + " "
                        + invocation.getInvocation().getParameters())
                .toList();
    }

    /** An administrator's work in their own browser (another thread: this one is the participant's page). */
    private void asAdministratorElsewhere(Runnable work) {
        java.util.concurrent.CompletableFuture.runAsync(() -> testData.runAs("beheerder@pendel.test", work))
                .join();
    }
}
