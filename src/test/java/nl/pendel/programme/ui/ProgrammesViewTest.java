package nl.pendel.programme.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import nl.pendel.KaribuTest;
import nl.pendel.programme.ProgrammeVersionSummary;
import nl.pendel.shared.ui.NotFoundView;
import org.junit.jupiter.api.Test;

class ProgrammesViewTest extends KaribuTest {

    @Test
    void trainer_sees_the_korrewegwijk_programme_with_its_meetings_and_competences() {
        login("trainer@pendel.test");
        open("programmas");
        assertThat(currentView()).isInstanceOf(ProgrammesView.class);

        @SuppressWarnings("unchecked")
        Grid<ProgrammeVersionSummary> grid = _get(Grid.class);
        ProgrammeVersionSummary korrewegwijk = null;
        for (int i = 0; i < GridKt._size(grid); i++) {
            if (GridKt._get(grid, i).key().equals("wij-korrewegwijk")) {
                korrewegwijk = GridKt._get(grid, i);
            }
        }
        assertThat(korrewegwijk).isNotNull();
        grid.select(korrewegwijk);

        assertThat(_find(Details.class).stream().map(Details::getSummaryText))
                .contains(
                        "Bijeenkomst 1: Beelden van preventief en omgevingsgericht werken",
                        "Bijeenkomst 2: Aan de slag",
                        "Bijeenkomst 3: De krachten bundelen",
                        "3. Sociale netwerken · omgevingsgericht");
    }

    @Test
    void participant_cannot_open_the_programmes() {
        login("deelnemer@pendel.test");
        open("programmas");
        assertThat(currentView()).isInstanceOf(NotFoundView.class);
    }
}
