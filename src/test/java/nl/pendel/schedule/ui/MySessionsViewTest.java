package nl.pendel.schedule.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import nl.pendel.KaribuTest;
import nl.pendel.schedule.MySession;
import nl.pendel.schedule.ScheduleService;
import nl.pendel.shared.ui.NotFoundView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class MySessionsViewTest extends KaribuTest {

    @Autowired
    ScheduleService schedule;

    @Test
    void demo_participant_sees_the_three_sessions_of_their_own_subgroup_with_the_next_one_marked() {
        login("deelnemer@pendel.test");
        var mine = schedule.mySessions();
        assertThat(mine).hasSize(3);
        assertThat(mine)
                .extracting(MySession::subgroupNumber)
                .containsOnly(mine.getFirst().subgroupNumber());
        assertThat(mine).extracting(MySession::meetingPosition).containsExactly(1, 2, 3);

        open("mijn-sessies");
        assertThat(currentView()).isInstanceOf(MySessionsView.class);
        assertThat(_find(Span.class, spec -> spec.withText("Volgende"))).hasSize(1);
        assertThat(_find(H3.class).stream().map(H3::getText))
                .contains("Bijeenkomst 2: Aan de slag", "Bijeenkomst 3: De krachten bundelen");
    }

    @Test
    void trainer_without_the_participant_role_cannot_open_my_sessions() {
        login("trainer@pendel.test");
        open("mijn-sessies");
        assertThat(currentView()).isInstanceOf(NotFoundView.class);
    }
}
