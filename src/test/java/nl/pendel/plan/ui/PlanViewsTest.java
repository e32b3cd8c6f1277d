package nl.pendel.plan.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ElementUtilsKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.dom.DomEvent;
import nl.pendel.KaribuTest;
import nl.pendel.plan.PlanSectionService;
import nl.pendel.plan.PlanService;
import nl.pendel.plan.PlanSummary;
import nl.pendel.shared.ui.NotFoundView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PlanViewsTest extends KaribuTest {

    @Autowired
    nl.pendel.plan.PlanFixtures fixtures;

    @Autowired
    PlanService plans;

    @Autowired
    PlanSectionService sections;

    @Test
    void a_member_starts_a_plan_from_the_course_tab_writes_a_section_and_a_draft_survives_a_new_browser() {
        var course = fixtures.published(8);
        var member = course.member(1, 0);

        login(member.email());
        open("cursussen/" + course.id() + "/plannen");
        assertThat(currentView()).isInstanceOf(PlansView.class);
        _click(_get(Button.class, spec -> spec.withId("plan-start")));
        assertThat(currentView()).isInstanceOf(PlanView.class);

        act("werktitel", "edit");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Werktitel")), "Budgetcafé");
        _click(_get(Button.class, spec -> spec.withId("save-werktitel")));
        assertThat(_get(H2.class).getText()).isEqualTo("Budgetcafé");

        act("doelgroep", "edit");
        TextArea doelgroep = _get(TextArea.class, spec -> spec.withLabel("Doelgroep"));
        _setValue(doelgroep, "Jonge ouders in de wijk");
        long planId = plans.visiblePlans().getFirst().id();

        newBrowserSession();
        login(member.email());
        open(PlanView.route(planId));
        assertThat(_get(TextArea.class, spec -> spec.withLabel("Doelgroep")).getValue())
                .as("the unsaved text is back after the browser was closed")
                .isEqualTo("Jonge ouders in de wijk");

        open("plannen");
        @SuppressWarnings("unchecked")
        Grid<PlanSummary> grid = _get(Grid.class);
        assertThat(GridKt._size(grid)).isEqualTo(1);
    }

    @Test
    void a_section_text_with_a_citizen_service_number_is_not_kept_says_so_and_leaving_asks_first() {
        var course = fixtures.published(8);
        var member = course.member(1, 0);
        long planId = testData.runAs(member.email(), () -> plans.start(course.id(), null));
        login(member.email());
        open(PlanView.route(planId));
        act("doelgroep", "edit");
        TextArea doelgroep = _get(TextArea.class, spec -> spec.withLabel("Doelgroep"));

        _setValue(doelgroep, "Jonge ouders, onder wie 111222333");

        assertThat(_get(nl.pendel.shared.ui.DraftState.class).getText())
                .startsWith("Concept niet bewaard: haal eerst het BSN weg");
        assertThat(doelgroep.getValue()).isEqualTo("Jonge ouders, onder wie 111222333");
        assertThat(testData.runAs(member.email(), () -> plans.plan(planId))
                        .section("doelgroep")
                        .myDraft())
                .as("nothing kept")
                .isNull();
        open("plannen");
        assertThat(_get(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class)
                        .getElement()
                        .getProperty("header"))
                .isEqualTo("Je wijzigingen zijn nog niet bewaard");
        assertThat(currentView()).isInstanceOf(PlanView.class);
    }

    @Test
    void a_section_discussion_is_built_when_it_is_opened_and_takes_a_comment() {
        var course = fixtures.published(8);
        var member = course.member(1, 0);
        long planId = testData.runAs(member.email(), () -> plans.start(course.id(), null));
        testData.runAs(member.email(), () -> sections.comment(planId, "doelgroep", "Eerst de buurt vragen?"));

        login(member.email());
        open(PlanView.route(planId));
        assertThat(html("doelgroep")).contains("Reacties (1)").contains("aria-expanded=\"false\"");
        assertThat(_find(SectionComments.class))
                .as("nothing of a closed discussion is kept in the session")
                .isEmpty();

        act("doelgroep", "comments");
        SectionComments discussion = _get(SectionComments.class);
        assertThat(html("doelgroep"))
                .contains("aria-expanded=\"true\"")
                .contains("aria-controls=\"comments-doelgroep\"");
        assertThat(_get(discussion, ListItem.class).getElement().getTextRecursively())
                .contains("Eerst de buurt vragen?");
        _setValue(_get(discussion, TextArea.class, spec -> spec.withLabel("Reactie")), "Goed idee");
        _click(_get(Button.class, spec -> spec.withId("comment-doelgroep")));
        assertThat(html("doelgroep")).contains("Reacties (2)");
        assertThat(_find(discussion, ListItem.class)).hasSize(2);

        act("doelgroep", "comments");
        assertThat(_find(SectionComments.class)).as("closed again").isEmpty();
        assertThat(testData.runAs(member.email(), () -> sections.comments(planId)))
                .extracting(nl.pendel.plan.PlanComment::text)
                .contains("Eerst de buurt vragen?", "Goed idee");
    }

    @Test
    void the_lead_reads_without_editors_and_others_get_not_found() {
        var course = fixtures.published(8);
        var member = course.member(1, 0);
        var otherSubgroup = course.member(2, 0);
        var other = fixtures.published(8);
        long planId = testData.runAs(member.email(), () -> plans.start(course.id(), null));
        testData.runAs(member.email(), () -> sections.save(planId, "doelgroep", "Jonge ouders", 0, false));

        login(course.lead().email());
        open(PlanView.route(planId));
        assertThat(currentView()).isInstanceOf(PlanView.class);
        assertThat(html("doelgroep"))
                .as("no edit button for the lead")
                .doesNotContain("data-action=\"edit\"")
                .contains("Jonge ouders");
        act("doelgroep", "edit");
        assertThat(_find(TextArea.class))
                .as("a forged click on edit opens nothing")
                .isEmpty();
        assertThat(_find(Anchor.class, spec -> spec.withId("plan-pdf"))).hasSize(1);
        open("cursussen/" + course.id() + "/plannen");
        assertThat(_find(Button.class, spec -> spec.withId("plan-start")))
                .as("the lead starts no plans")
                .isEmpty();

        newBrowserSession();
        login(otherSubgroup.email());
        open(PlanView.route(planId));
        assertThat(currentView()).isInstanceOf(NotFoundView.class);

        newBrowserSession();
        login(other.lead().email());
        open(PlanView.route(planId));
        assertThat(currentView()).isInstanceOf(NotFoundView.class);
        open(PlanPrintView.route(planId));
        assertThat(currentView()).isInstanceOf(NotFoundView.class);
        open("cursussen/" + course.id() + "/plannen");
        assertThat(currentView()).as("another team's course").isInstanceOf(NotFoundView.class);
        open("cursussen/" + Long.MAX_VALUE + "/plannen");
        assertThat(currentView()).as("a course that does not exist").isInstanceOf(NotFoundView.class);
        open("plannen");
        assertThat(_find(Grid.class)).as("nothing of another team listed").isEmpty();

        newBrowserSession();
        login(member.email());
        open(PlanPrintView.route(planId));
        assertThat(currentView()).isInstanceOf(PlanPrintView.class);
        assertThat(_get(H2.class).getText()).isEqualTo("Plan van subgroep 1");
    }

    /**
     * A click on one of a section's action buttons (plain buttons in the section's HTML), as the
     * browser reports it: a click on the section card with the button's {@code data-action}.
     */
    static void act(String sectionKey, String action) {
        SectionEditor card = _get(SectionEditor.class, spec -> spec.withId("section-" + sectionKey));
        var data = tools.jackson.databind.node.JsonNodeFactory.instance
                .objectNode()
                .put(SectionEditor.ACTION, action)
                .put(SectionEditor.ACTION_FILTER, true);
        ElementUtilsKt._fireDomEvent(card.getElement(), new DomEvent(card.getElement(), "click", data));
    }

    /** What a section shows while it is read: its HTML. */
    static String html(String sectionKey) {
        SectionEditor card = _get(SectionEditor.class, spec -> spec.withId("section-" + sectionKey));
        return card.getElement().getChild(0).getProperty("innerHTML", "");
    }
}
