package nl.pendel.rights.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.stream.IntStream;
import nl.pendel.KaribuTest;
import nl.pendel.account.PersonService;
import nl.pendel.account.PersonSummary;
import nl.pendel.rights.FilledPerson;
import nl.pendel.rights.PersonalDataExportService;
import nl.pendel.security.SystemAuthentication;
import nl.pendel.security.ui.LoginView;
import nl.pendel.shared.ui.NotFoundView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PrivacyViewsTest extends KaribuTest {

    @Autowired
    FilledPerson filledPerson;

    @Autowired
    PersonalDataExportService exports;

    @Autowired
    PersonService people;

    @Test
    void anyone_reads_the_privacy_statement_with_the_retention_periods_in_force_also_before_signing_in() {
        open("login");
        Anchor link = _get(Anchor.class, spec -> spec.withText("Privacyverklaring"));
        assertThat(link.getHref()).isEqualTo("privacy");

        open("privacy");
        assertThat(currentView()).isInstanceOf(PrivacyStatementView.class);
        List<String> rows =
                _get(NativeTable.class, spec -> spec.withClasses("retention-periods")).getBody().getRows().stream()
                        .map(row -> row.getChildren()
                                .map(cell -> cell.getElement().getText())
                                .collect(java.util.stream.Collectors.joining(" | ")))
                        .toList();
        assertThat(rows)
                .hasSize(10)
                .contains(
                        "Gelezen meldingen in Pendel | 6 maanden | het moment dat de melding werd gemaakt",
                        "Terugblikken: wie ze schreef (de antwoorden blijven, zonder naam) | 1 jaar | het einde van de afgesloten cursus",
                        "Huiswerk: teksten, bijlagen, feedback en eigen thema's | 1 jaar | het einde van de afgesloten cursus",
                        "Verstuurde mails | 6 maanden | het moment dat de mail werd gemaakt",
                        "Logboek: wie scores opende | 2 jaar | het openen");
        assertThat(_get(Anchor.class, spec -> spec.withText("Naar inloggen")).getHref())
                .isEqualTo("login");

        newBrowserSession();
        login("deelnemer@pendel.test");
        open("privacy");
        assertThat(currentView()).isInstanceOf(PrivacyStatementView.class);
        assertThat(_find(Anchor.class, spec -> spec.withText("Naar inloggen"))).isEmpty();
        assertThat(_get(Anchor.class, spec -> spec.withText("Naar Mijn profiel, om je gegevens te downloaden"))
                        .getHref())
                .isEqualTo("profiel");
    }

    @Test
    void a_person_downloads_their_own_data_from_the_profile_and_reads_who_downloaded_it() {
        PersonSummary person = testData.person().create();
        login(person.email());
        open("profiel");
        Anchor download = _get(Anchor.class, spec -> spec.withText("Mijn gegevens downloaden"));
        assertThat(download.getHref()).as("a download link made when followed").isNotBlank();
        assertThat(_get(Paragraph.class, spec -> spec.withText("Nog niemand.")).isVisible())
                .isTrue();

        // the download itself, as the link would make it (Karibu follows no download links)
        as(person.email(), () -> exports.exportMine());
        as("beheerder@pendel.test", () -> exports.exportFor(person.id()));
        newBrowserSession();
        login(person.email());
        open("profiel");
        assertThat(_find(ListItem.class).stream().map(ListItem::getText).filter(t -> t.contains("gegevens gedownload")))
                .hasSize(2)
                .anySatisfy(t -> assertThat(t).endsWith(": Ruud Postma (gegevens gedownload)"))
                .anySatisfy(t -> assertThat(t).endsWith(": jijzelf (gegevens gedownload)"));
    }

    @Test
    void administrator_opens_a_persons_privacy_desk_sees_who_opened_their_scores_and_erases_them_after_confirming() {
        FilledPerson.Filled filled = filledPerson.create();
        PersonSummary person = filled.person();
        login("beheerder@pendel.test");
        UI.getCurrent().navigate("beheer/privacy", QueryParameters.of("persoon", String.valueOf(person.id())));
        assertThat(currentView()).isInstanceOf(PrivacyAdminView.class);
        @SuppressWarnings("unchecked")
        ComboBox<PersonSummary> chosen = _get(ComboBox.class, spec -> spec.withLabel("Persoon"));
        assertThat(chosen.getValue().id()).isEqualTo(person.id());
        assertThat(_get(Anchor.class, spec -> spec.withText("Gegevens downloaden"))
                        .isVisible())
                .isTrue();
        List<String> views = rows(_get(Grid.class, spec -> spec.withClasses("score-view-log")));
        assertThat(views).singleElement().satisfies(row -> assertThat(row)
                .contains(filled.course().lead().displayName() + " | " + person.displayName()));

        _get(Button.class, spec -> spec.withText("Persoon wissen")).click();
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        ConfirmDialogKt._fireConfirm(confirm);

        NotificationsKt.expectNotifications("De persoon is gewist.");
        PersonSummary erased = SystemAuthentication.runAsAdministrator(() -> people.find(person.id()))
                .orElseThrow();
        assertThat(erased.displayName()).isEqualTo("Verwijderde deelnemer");
        List<String> actions = rows(_get(Grid.class, spec -> spec.withClasses("privacy-action-log")));
        assertThat(actions.getFirst()).contains("persoon gewist | Ruud Postma | Verwijderde deelnemer");
    }

    @Test
    void the_administrator_is_told_they_cannot_erase_themselves_and_nothing_changes() {
        long me = login("beheerder@pendel.test").personId();
        UI.getCurrent().navigate("beheer/privacy", QueryParameters.of("persoon", String.valueOf(me)));
        _get(Button.class, spec -> spec.withText("Persoon wissen")).click();
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        NotificationsKt.expectNotifications("Je kunt jezelf niet wissen. Vraag een andere beheerder.");
        assertThat(SystemAuthentication.runAsAdministrator(() -> people.find(me))
                        .orElseThrow()
                        .displayName())
                .isEqualTo("Ruud Postma");
    }

    @Test
    void participants_trainers_and_team_leads_do_not_find_the_privacy_desk() {
        for (String email : List.of("deelnemer@pendel.test", "trainer@pendel.test", "teamleider@pendel.test")) {
            newBrowserSession();
            login(email);
            open("beheer/privacy");
            assertThat(currentView()).as(email).isInstanceOf(NotFoundView.class);
        }
        newBrowserSession();
        open("beheer/privacy");
        assertThat(currentView()).isInstanceOf(LoginView.class);
    }

    /** Runs service calls as this person beside the signed-in browser session. */
    private <T> T as(String email, java.util.function.Supplier<T> work) {
        return SystemAuthentication.runAs(userDetailsService.loadUserByUsername(email), work);
    }

    @SuppressWarnings("unchecked")
    private static List<String> rows(Grid<?> grid) {
        return IntStream.range(0, GridKt._size(grid))
                .mapToObj(i -> String.join(" | ", GridKt._getFormattedRow((Grid<Object>) grid, i)))
                .toList();
    }
}
