package nl.pendel.subgroup.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import nl.pendel.KaribuTest;
import nl.pendel.security.Role;
import nl.pendel.shared.ui.NotFoundView;
import org.junit.jupiter.api.Test;

class SubgroupsViewTest extends KaribuTest {

    @Test
    void trainer_composes_balanced_subgroups_and_sees_each_discipline_mix() {
        var fixture = testData.course(12);
        login(fixture.trainer().email());
        open("cursussen/" + fixture.course().id() + "/subgroepen");
        assertThat(currentView()).isInstanceOf(SubgroupsView.class);

        _click(_get(Button.class, spec -> spec.withText("Automatisch samenstellen")));

        assertThat(_find(H3.class).stream().map(H3::getText))
                .contains("Subgroep 1 · 3 personen", "Subgroep 4 · 3 personen");
        assertThat(_get(Div.class, spec -> spec.withClasses("callout")).getText())
                .startsWith("Evenwichtig");
    }

    @Test
    void participant_sees_the_subgroups_but_cannot_compose() {
        var fixture = testData.course(4);
        testData.publish(fixture);
        login(fixture.participants().getFirst().email());
        open("cursussen/" + fixture.course().id() + "/subgroepen");
        assertThat(currentView()).isInstanceOf(SubgroupsView.class);
        assertThat(_find(Button.class, spec -> spec.withText("Automatisch samenstellen")))
                .isEmpty();
    }

    @Test
    void lead_of_another_team_gets_not_found() {
        var fixture = testData.course(2);
        testData.publish(fixture);
        login(testData.person().roles(Role.TEAM_LEAD).create().email());
        open("cursussen/" + fixture.course().id() + "/subgroepen");
        assertThat(currentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    void a_course_that_does_not_exist_gets_not_found() {
        login(testData.course(2).trainer().email());
        open("cursussen/" + Long.MAX_VALUE + "/subgroepen");
        assertThat(currentView()).isInstanceOf(NotFoundView.class);
    }
}
