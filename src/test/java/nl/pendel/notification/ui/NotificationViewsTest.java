package nl.pendel.notification.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import nl.pendel.KaribuTest;
import nl.pendel.TestData;
import nl.pendel.notification.Delivery;
import nl.pendel.notification.MailStatus;
import nl.pendel.notification.NotificationKind;
import nl.pendel.notification.NotificationPreferences;
import nl.pendel.notification.internal.MailContent;
import nl.pendel.notification.internal.Outbox;
import nl.pendel.notification.internal.OutgoingMail;
import nl.pendel.shared.ui.NotFoundView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class NotificationViewsTest extends KaribuTest {

    @Autowired
    NotificationPreferences preferences;

    @Autowired
    Outbox outbox;

    @Autowired
    java.time.Clock clock;

    @Test
    void participant_chooses_the_daily_digest_for_reminders_and_sees_invitations_fixed() {
        var person = testData.person().create();
        login(person.email());
        open("meldingen/instellingen");
        assertThat(currentView()).isInstanceOf(NotificationPreferencesView.class);

        @SuppressWarnings("unchecked")
        RadioButtonGroup<Delivery> reminders =
                _get(RadioButtonGroup.class, spec -> spec.withLabel("Herinneringen voor een bijeenkomst"));
        assertThat(reminders.getValue()).isEqualTo(Delivery.IMMEDIATE);
        com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue(reminders, Delivery.DIGEST);

        assertThat(testData.runAs(person.email(), () -> preferences.mine()))
                .containsEntry(NotificationKind.REMINDER, Delivery.DIGEST);
        assertThat(_find(RadioButtonGroup.class, spec -> spec.withLabel("Uitnodigingen voor bijeenkomsten")))
                .isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("muted")).getText())
                .startsWith(
                        "Uitnodigingen, wijzigingen en annuleringen van je eigen bijeenkomsten krijg je altijd direct");
    }

    @Test
    void administrator_reads_a_kept_mail_as_the_recipient_would_see_it() {
        String subject = TestData.unique("Uitnodiging voor de test");
        outbox.enqueue(
                new OutgoingMail(
                        TestData.unique("view"),
                        null,
                        TestData.unique("lezer") + "@pendel.test",
                        NotificationKind.INVITATION,
                        new MailContent(subject, "Tekst", "<html><body><p>Hallo</p></body></html>", "Tekst"),
                        "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n",
                        "REQUEST"),
                true,
                "pendel.test",
                clock.instant());
        login("beheerder@pendel.test");
        open("beheer/uitgaande-mail");
        assertThat(currentView()).isInstanceOf(OutboxView.class);

        @SuppressWarnings("unchecked")
        Select<MailStatus> filter = _get(Select.class, spec -> spec.withLabel("Status"));
        com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue(filter, MailStatus.KEPT);
        @SuppressWarnings("unchecked")
        Grid<nl.pendel.notification.OutboxEntry> grid = _get(Grid.class);
        assertThat(GridKt._getFormattedRow(grid, 0).toString())
                .contains(subject)
                .contains("Bewaard");

        GridKt._clickItem(grid, 0);
        Dialog dialog = _get(Dialog.class);
        assertThat(dialog.getHeaderTitle()).isEqualTo(subject);
        IFrame frame = _get(IFrame.class);
        assertThat(frame.getElement().getAttribute("srcdoc")).contains("<p>Hallo</p>");
        assertThat(_find(Button.class, spec -> spec.withText("Opnieuw versturen")))
                .isEmpty();
    }

    @Test
    void participant_cannot_open_the_outbox() {
        var person = testData.person().create();
        login(person.email());
        open("beheer/uitgaande-mail");
        assertThat(currentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    void anonymous_visitor_cannot_open_the_notification_settings() {
        open("meldingen/instellingen");
        assertThat(currentView()).isInstanceOf(nl.pendel.security.ui.LoginView.class);
    }
}
