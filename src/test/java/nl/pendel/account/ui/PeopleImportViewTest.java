package nl.pendel.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import nl.pendel.KaribuTest;
import nl.pendel.TestData;
import nl.pendel.account.ImportPreview;
import nl.pendel.account.PersonService;
import nl.pendel.security.SystemAuthentication;
import nl.pendel.shared.ui.NotFoundView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PeopleImportViewTest extends KaribuTest {

    @Autowired
    PersonService people;

    @Test
    void upload_shows_the_preview_with_problems_and_cancel_stores_nothing() {
        var team = testData.team();
        String email = TestData.unique("csv") + "@pendel.test";
        String csv =
                "naam;e-mail;team\nGoede Regel;" + email + ";" + team.name() + "\nFoute Regel;;" + team.name() + "\n";
        login("beheerder@pendel.test");
        open("beheer/personen/import");

        UploadKt._upload(_get(Upload.class), "mensen.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));

        @SuppressWarnings("unchecked")
        Grid<ImportPreview.Row> grid = _get(Grid.class);
        assertThat(GridKt._size(grid)).isEqualTo(2);
        assertThat(GridKt._getFormattedRow(grid, 1)).contains("e-mailadres ontbreekt");
        assertThat(_get(
                                Paragraph.class,
                                spec -> spec.withPredicate(p -> p.getText().contains("gelezen")))
                        .getText())
                .isEqualTo(
                        "2 regels gelezen: 1 klaar om te importeren, 1 met een probleem (die worden niet geïmporteerd).");

        _click(_get(Button.class, spec -> spec.withText("Annuleren")));
        assertThat(SystemAuthentication.runAsAdministrator(() -> people.count(email, null)))
                .isZero();
    }

    @Test
    void import_button_stores_the_good_rows() {
        var team = testData.team();
        String email = TestData.unique("csv") + "@pendel.test";
        login("beheerder@pendel.test");
        open("beheer/personen/import");
        UploadKt._upload(
                _get(Upload.class),
                "mensen.csv",
                "text/csv",
                ("naam,e-mail,team\nNieuw Iemand," + email + "," + team.name() + "\n")
                        .getBytes(StandardCharsets.UTF_8));

        _click(_get(Button.class, spec -> spec.withText("1 persoon importeren")));

        assertThat(SystemAuthentication.runAsAdministrator(() -> people.count(email, null)))
                .isEqualTo(1);
    }

    @Test
    void team_lead_cannot_open_the_import() {
        login("teamleider@pendel.test");
        open("beheer/personen/import");
        assertThat(currentView()).isInstanceOf(NotFoundView.class);
    }
}
