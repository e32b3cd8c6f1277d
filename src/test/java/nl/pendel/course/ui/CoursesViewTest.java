package nl.pendel.course.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import nl.pendel.KaribuTest;
import nl.pendel.course.CourseSummary;
import org.junit.jupiter.api.Test;

class CoursesViewTest extends KaribuTest {

    @Test
    void trainer_sees_their_course_and_can_start_a_new_one() {
        var fixture = testData.course(2);
        login(fixture.trainer().email());
        open("cursussen");
        assertThat(currentView()).isInstanceOf(CoursesView.class);
        assertThat(titles()).contains(fixture.course().title());

        _click(_get(Button.class, spec -> spec.withText("Nieuwe cursus")));
        Dialog dialog = _get(Dialog.class);
        _click(_get(dialog, Button.class, spec -> spec.withText("Opslaan")));
        TextField title = _get(dialog, TextField.class, spec -> spec.withLabel("Titel"));
        assertThat(title.getErrorMessage()).isEqualTo("Vul dit veld in.");
        assertThat(dialog.isOpened()).isTrue();
    }

    @Test
    void participant_does_not_see_a_concept_course_nor_the_new_course_button() {
        var fixture = testData.course(2);
        login(fixture.participants().getFirst().email());
        open("cursussen");
        assertThat(titles()).doesNotContain(fixture.course().title());
        assertThat(_find(Button.class, spec -> spec.withText("Nieuwe cursus"))).isEmpty();
    }

    private List<String> titles() {
        @SuppressWarnings("unchecked")
        Grid<CourseSummary> grid = _get(Grid.class);
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < GridKt._size(grid); i++) {
            titles.add(GridKt._get(grid, i).title());
        }
        return titles;
    }
}
