package nl.pendel.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.pendel.KaribuTest;
import nl.pendel.TestData;
import nl.pendel.assessment.AssessmentDraft;
import nl.pendel.assessment.Moment;
import nl.pendel.assessment.SelfAssessmentService;
import nl.pendel.security.Role;
import nl.pendel.shared.ui.NotFoundView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class TeamDashboardViewTest extends KaribuTest {

    @Autowired
    SelfAssessmentService assessments;

    @Test
    void the_team_lead_sees_the_dashboard_with_downloads_and_a_participant_gets_not_found() {
        var fixture = testData.course(4);
        testData.schedule(fixture, TestData.unique("Buurthuis"));
        testData.publish(fixture);
        var lead = testData.teamLead(fixture.team().id());
        var otherLead = testData.person().roles(Role.TEAM_LEAD).create();
        String address = "cursussen/" + fixture.course().id() + "/dashboard";

        login(lead.email());
        open(address);
        assertThat(currentView()).isInstanceOf(TeamDashboardView.class);
        assertThat(_get(H2.class).getText()).isEqualTo(fixture.course().title());
        assertThat(_get(Anchor.class, spec -> spec.withId("dashboard-csv")).getText())
                .isEqualTo("Dashboard downloaden (CSV)");
        assertThat(_get(Anchor.class, spec -> spec.withId("dashboard-pdf")).getHref())
                .isNotBlank();

        login(fixture.participants().getFirst().email());
        open(address);
        assertThat(currentView()).isInstanceOf(NotFoundView.class);

        login(otherLead.email());
        open(address);
        assertThat(currentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    void with_two_people_at_a_moment_the_figures_read_too_few_and_the_preconditions_stand_beside_them() {
        var fixture = testData.course(4);
        testData.schedule(fixture, TestData.unique("Buurthuis"));
        testData.publish(fixture);
        long courseId = fixture.course().id();
        Moment start = testData.openMomentToday(fixture.trainer().email(), courseId, 0);
        Map<Long, Integer> all = new HashMap<>();
        testData.runAs(fixture.trainer().email(), () -> assessments.framework(courseId))
                .competences()
                .forEach(c -> c.indicators().forEach(i -> all.put(i.id(), 3)));
        for (var participant : fixture.participants().subList(0, 2)) {
            testData.runAs(participant.email(), () -> {
                long v = assessments.saveDraft(
                        courseId, start.id(), new AssessmentDraft(all, "", "", List.of("doel")), 0);
                assessments.submit(courseId, start.id(), v);
            });
        }
        var lead = testData.teamLead(fixture.team().id());

        login(lead.email());
        open("cursussen/" + courseId + "/dashboard");
        assertThat(_find(Span.class, spec -> spec.withClasses("dashboard-hidden")))
                .isNotEmpty()
                .allSatisfy(span -> assertThat(span.getText()).isEqualTo("te weinig deelnemers om te tonen"));
        assertThat(_get(Anchor.class, spec -> spec.withClasses("current")).getText())
                .as("the dashboard is a course tab")
                .isEqualTo("Teamdashboard");
        assertThat(_get(H3.class, spec -> spec.withText("Randvoorwaarden: het team en de teamleider")))
                .isNotNull();
        assertThat(_get(Details.class, spec -> spec.withId("dashboard-indicators"))
                        .isOpened())
                .as("indicators folded away")
                .isFalse();
    }

    @Test
    void every_table_that_scrolls_sideways_on_a_phone_can_be_reached_and_scrolled_with_the_keyboard() {
        var fixture = testData.course(4);
        testData.schedule(fixture, TestData.unique("Buurthuis"));
        testData.publish(fixture);
        login(fixture.trainer().email());
        open("cursussen/" + fixture.course().id() + "/dashboard");

        var wrappers =
                _find(com.vaadin.flow.component.html.Div.class, spec -> spec.withClasses("dashboard-table-wrapper"));
        assertThat(wrappers).isNotEmpty();
        for (var wrapper : wrappers) {
            var element = wrapper.getElement();
            assertThat(element.getAttribute("tabindex")).isEqualTo("0");
            assertThat(element.getAttribute("role")).isEqualTo("region");
            String heading = element.getAttribute("aria-labelledby");
            assertThat(_find(H3.class, spec -> spec.withId(heading)))
                    .as("the region is named by its section's heading")
                    .hasSize(1);
        }
    }
}
