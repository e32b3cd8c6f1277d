package nl.pendel.notification.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import java.time.temporal.ChronoUnit;
import java.util.List;
import nl.pendel.KaribuTest;
import nl.pendel.TestData;
import nl.pendel.account.PersonSummary;
import nl.pendel.notification.InboxKind;
import nl.pendel.notification.InboxService;
import nl.pendel.notification.internal.InboxNote;
import nl.pendel.notification.internal.InboxStore;
import nl.pendel.security.ui.LoginView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class InboxViewTest extends KaribuTest {

    @Autowired
    InboxStore store;

    @Autowired
    InboxService inbox;

    @Autowired
    java.time.Clock clock;

    @Test
    void participant_sees_the_unread_count_on_the_bell_and_opening_an_item_marks_it_read() {
        PersonSummary me = testData.person().create();
        add(me, InboxKind.SESSION_CANCELLED, List.of("Bijeenkomst 2", "Cursus Noord", "2027-01-22"), "profiel", 2);
        add(me, InboxKind.HOMEWORK_FEEDBACK, List.of("Bijeenkomst 1", "Cursus Noord"), "privacy", 1);
        login(me.email());
        open("");

        assertThat(bell().getElement().getAttribute("aria-label")).isEqualTo("Meldingen, 2 ongelezen");
        assertThat(bell().getHref()).isEqualTo("meldingen");

        open("meldingen");
        assertThat(currentView()).isInstanceOf(InboxView.class);
        List<ListItem> rows = _find(ListItem.class, spec -> spec.withClasses("inbox-item"));
        assertThat(rows).hasSize(2);
        assertThat(rows.getFirst().getElement().getTextRecursively())
                .contains("Je trainer heeft gereageerd op je huiswerk voor Bijeenkomst 1 (Cursus Noord)")
                .contains("Nieuw");
        assertThat(rows.get(1).getElement().getTextRecursively())
                .contains("De bijeenkomst Bijeenkomst 2 (Cursus Noord) van vrijdag 22 januari 2027 gaat voor jou niet"
                        + " door");

        _click(_get(
                Button.class,
                spec -> spec.withText("Je trainer heeft gereageerd op je huiswerk voor Bijeenkomst 1 (Cursus Noord)")));

        assertThat(currentView().getClass().getSimpleName()).isEqualTo("PrivacyStatementView");
        assertThat(bell().getElement().getAttribute("aria-label")).isEqualTo("Meldingen, 1 ongelezen");
        assertThat(testData.runAs(me.email(), () -> inbox.unread())).isEqualTo(1);
    }

    @Test
    void all_read_empties_the_badge() {
        PersonSummary me = testData.person().create();
        add(me, InboxKind.PLAN_COMMENT, List.of("Doel", "2", "Cursus Zuid"), "plannen", 1);
        login(me.email());
        open("meldingen");

        _click(_get(Button.class, spec -> spec.withText("Alles gelezen")));

        assertThat(bell().getElement().getAttribute("aria-label")).isEqualTo("Meldingen, geen ongelezen");
        assertThat(_find(ListItem.class, spec -> spec.withClasses("unread"))).isEmpty();
        assertThat(pageText()).contains("Nieuwe reactie bij ‘Doel’ in het plan van subgroep 2 (Cursus Zuid)");
    }

    @Test
    void a_long_inbox_loads_a_page_at_a_time() {
        PersonSummary me = testData.person().create();
        for (int i = 0; i < InboxView.PAGE + 3; i++) {
            add(me, InboxKind.HOMEWORK_FEEDBACK, List.of("Bijeenkomst " + i, "Cursus"), "privacy", i + 1);
        }
        login(me.email());
        open("meldingen");
        assertThat(_find(ListItem.class, spec -> spec.withClasses("inbox-item")))
                .hasSize(InboxView.PAGE);

        _click(_get(Button.class, spec -> spec.withText("Meer laden")));

        assertThat(_find(ListItem.class, spec -> spec.withClasses("inbox-item")))
                .hasSize(InboxView.PAGE + 3);
        assertThat(_find(Button.class, spec -> spec.withText("Meer laden")))
                .as("nothing more to load")
                .isEmpty();
    }

    @Test
    void someone_without_notifications_reads_that_there_are_none_and_finds_the_settings() {
        PersonSummary me = testData.person().create();
        login(me.email());
        open("meldingen");

        assertThat(pageText()).contains("Je hebt nog geen meldingen.");
        assertThat(_get(Button.class, spec -> spec.withText("Alles gelezen")).isEnabled())
                .isFalse();
        var settings = _get(com.vaadin.flow.router.RouterLink.class, spec -> spec.withText("Hoe je meldingen krijgt"));
        assertThat(settings.getHref()).isEqualTo("meldingen/instellingen");
        open(settings.getHref());
        assertThat(currentView()).isInstanceOf(NotificationPreferencesView.class);
    }

    @Test
    void anonymous_visitor_gets_the_login_page_and_no_bell() {
        open("meldingen");
        assertThat(currentView()).isInstanceOf(LoginView.class);
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(BellLink.class)
                        .size())
                .isZero();
    }

    private BellLink bell() {
        return _get(BellLink.class);
    }

    private void add(PersonSummary person, InboxKind kind, List<String> params, String target, int hoursAgo) {
        store.add(
                person.id(),
                TestData.unique("view"),
                new InboxNote(kind, params, target, null),
                clock.instant().minus(hoursAgo, ChronoUnit.HOURS));
    }
}
