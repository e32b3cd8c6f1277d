package nl.pendel.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import java.util.ArrayList;
import java.util.List;
import nl.pendel.KaribuTest;
import nl.pendel.account.PersonSummary;
import nl.pendel.shared.ui.NotFoundView;
import org.junit.jupiter.api.Test;

class MyTeamViewTest extends KaribuTest {

    @Test
    void korrewegwijk_lead_sees_korrewegwijk_and_nobody_from_oosterpark() {
        login("teamleider@pendel.test");
        open("mijn-team");
        assertThat(currentView()).isInstanceOf(MyTeamView.class);
        assertThat(_get(Paragraph.class).getText()).startsWith("WIJ Korrewegwijk:");

        @SuppressWarnings("unchecked")
        Grid<PersonSummary> grid = _get(Grid.class);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < GridKt._size(grid); i++) {
            names.add(GridKt._get(grid, i).displayName());
        }
        assertThat(names)
                .contains("Sanne de Vries", "Ingrid Hoekstra")
                .doesNotContain("Wouter Huizinga", "Marco Veenstra");
    }

    @Test
    void participant_cannot_open_a_team_overview() {
        login("deelnemer@pendel.test");
        open("mijn-team");
        assertThat(currentView()).isInstanceOf(NotFoundView.class);
    }
}
