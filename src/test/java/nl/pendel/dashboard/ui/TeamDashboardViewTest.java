package nl.pendel.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import nl.pendel.KaribuTest;
import nl.pendel.TestData;
import nl.pendel.course.CourseService;
import nl.pendel.course.CourseStatus;
import nl.pendel.security.Role;
import nl.pendel.shared.ui.NotFoundView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class TeamDashboardViewTest extends KaribuTest {

    @Autowired
    CourseService courses;

    @Test
    void the_team_lead_sees_the_dashboard_with_downloads_and_a_participant_gets_not_found() {
        var fixture = testData.course(4);
        testData.schedule(fixture, TestData.unique("Buurthuis"));
        testData.runAs(
                fixture.trainer().email(),
                () -> courses.changeStatus(
                        fixture.course().id(), fixture.course().version(), CourseStatus.PUBLISHED));
        var lead = testData.person()
                .roles(Role.TEAM_LEAD)
                .team(fixture.team().id())
                .create();
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
}
