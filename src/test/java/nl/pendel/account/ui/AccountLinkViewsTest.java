package nl.pendel.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.LoginFormKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.pendel.KaribuTest;
import nl.pendel.TestData;
import nl.pendel.account.AccountLinkService;
import nl.pendel.account.AccountLinks;
import nl.pendel.account.PersonSummary;
import nl.pendel.security.Role;
import nl.pendel.security.SystemAuthentication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The pages of the links to choose a password, and the options that send them, in Karibu. */
class AccountLinkViewsTest extends KaribuTest {

    private static final String SAME_ANSWER = "Als dit adres bij Pendel bekend is, ontvang je binnen een paar minuten"
            + " een e-mail met een link om een nieuw wachtwoord te kiezen.";

    @Autowired
    AccountLinkService links;

    @Autowired
    AccountLinks mails;

    @Autowired
    JdbcClient jdbc;

    @Test
    void the_login_page_leads_to_the_forgot_page() {
        open("login");
        LoginFormKt._forgotPassword(_get(LoginForm.class));
        assertThat(currentView()).isInstanceOf(ForgotPasswordView.class);
        assertThat(pageText()).contains("Wachtwoord vergeten", "Vul het e-mailadres in waarmee je inlogt.");
    }

    @Test
    void a_known_and_an_unknown_address_get_the_same_answer() {
        PersonSummary known = testData.person().create();
        String unknown = TestData.unique("niemand") + "@pendel.test";
        List<String> answers = new java.util.ArrayList<>();
        for (String email : List.of(known.email(), unknown)) {
            newBrowserSession();
            open("wachtwoord-vergeten");
            _setValue(_get(EmailField.class), email);
            _click(_get(Button.class, spec -> spec.withText("Stuur mij een link")));
            answers.add(pageText());
        }
        assertThat(answers.get(0)).contains(SAME_ANSWER).contains("Kijk in je mailbox");
        assertThat(answers.get(1)).isEqualTo(answers.get(0));
    }

    @Test
    void an_empty_address_is_asked_for_in_dutch() {
        open("wachtwoord-vergeten");
        _click(_get(Button.class, spec -> spec.withText("Stuur mij een link")));
        EmailField email = _get(EmailField.class);
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).isEqualTo("Vul je e-mailadres in.");
    }

    @Test
    void a_signed_in_person_may_open_both_pages_too() {
        login("deelnemer@pendel.test");
        open("wachtwoord-vergeten");
        assertThat(currentView()).isInstanceOf(ForgotPasswordView.class);
        open("wachtwoord-kiezen");
        assertThat(currentView()).isInstanceOf(ChoosePasswordView.class);
    }

    @Test
    void an_unknown_link_shows_that_it_is_used_or_expired_with_a_way_to_a_new_one() {
        open("wachtwoord-kiezen");
        ((ChoosePasswordView) currentView()).open("A".repeat(43));
        assertThat(pageText()).contains("Deze link is al gebruikt of verlopen");
        assertThat(_get(Anchor.class, spec -> spec.withText("Nieuwe link aanvragen"))
                        .getHref())
                .isEqualTo("wachtwoord-vergeten");
    }

    @Test
    void the_form_checks_both_passwords_in_dutch_and_then_sets_the_password() {
        PersonSummary person = testData.person().noPassword().create();
        SystemAuthentication.runAsAdministrator(() -> links.invite(List.of(person.id())));
        String token = mails.newestToken(person.id()).orElseThrow();

        open("wachtwoord-kiezen");
        ((ChoosePasswordView) currentView()).open(token);
        assertThat(_get(TextField.class, spec -> spec.withLabel("E-mailadres")).getValue())
                .isEqualTo(person.email());
        assertThat(pageText()).contains("Welkom bij Pendel.");
        PasswordField fresh = _get(PasswordField.class, spec -> spec.withLabel("Nieuw wachtwoord"));
        PasswordField repeat = _get(PasswordField.class, spec -> spec.withLabel("Nieuw wachtwoord nog eens"));
        Button save = _get(Button.class, spec -> spec.withText("Wachtwoord opslaan"));

        _setValue(fresh, "kort");
        _click(save);
        assertThat(fresh.getErrorMessage()).isEqualTo("Het wachtwoord moet minstens 12 tekens hebben.");

        _setValue(fresh, "een goed lang wachtwoord");
        _setValue(repeat, "een ander lang wachtwoord");
        _click(save);
        assertThat(repeat.isInvalid()).isTrue();
        assertThat(repeat.getErrorMessage()).isEqualTo("De twee wachtwoorden zijn niet gelijk.");

        _setValue(repeat, "een goed lang wachtwoord");
        _click(save);
        assertThat(pageText())
                .contains("Je wachtwoord is ingesteld")
                .contains("Je kunt nu inloggen met " + person.email());
        assertThat(links.open(token)).isEmpty();
    }

    @Test
    void an_administrator_adds_a_person_who_is_invited_by_default() {
        String email = TestData.unique("nieuw") + "@pendel.test";
        login("beheerder@pendel.test");
        open("beheer/personen");
        _click(_get(Button.class, spec -> spec.withText("Persoon toevoegen")));
        Dialog dialog = _get(Dialog.class);
        Checkbox invite = _get(
                dialog, Checkbox.class, spec -> spec.withLabel("Uitnodiging sturen om zelf een wachtwoord te kiezen"));
        assertThat(invite.getValue()).isTrue();
        _setValue(_get(dialog, TextField.class, spec -> spec.withLabel("Naam")), "Nieuwe Trainer");
        _setValue(_get(dialog, EmailField.class, spec -> spec.withLabel("E-mailadres")), email);
        @SuppressWarnings("unchecked")
        CheckboxGroup<Role> roles = _get(dialog, CheckboxGroup.class);
        _setValue(roles, java.util.Set.of(Role.TRAINER));
        _click(_get(dialog, Button.class, spec -> spec.withText("Opslaan")));

        assertThat(dialog.isOpened()).isFalse();
        long id = jdbc.sql("select id from person where email = ?")
                .param(email)
                .query(Long.class)
                .single();
        assertThat(mails.newestToken(id)).isPresent();
    }

    @Test
    void the_import_sends_invitations_only_when_asked() {
        var team = testData.team();
        String invited = TestData.unique("csv-uitgenodigd") + "@pendel.test";
        String silent = TestData.unique("csv-stil") + "@pendel.test";
        login("beheerder@pendel.test");
        for (String email : List.of(invited, silent)) {
            open("beheer/personen/import");
            UploadKt._upload(
                    _get(Upload.class),
                    "mensen.csv",
                    "text/csv",
                    ("naam,e-mail,team\nNieuw Iemand," + email + "," + team.name() + "\n")
                            .getBytes(StandardCharsets.UTF_8));
            Checkbox invite = _get(Checkbox.class, spec -> spec.withLabel("Stuur uitnodigingen"));
            assertThat(invite.getValue()).as("mass mail only when chosen").isFalse();
            if (email.equals(invited)) {
                _setValue(invite, true);
            }
            _click(_get(Button.class, spec -> spec.withText("1 persoon importeren")));
        }
        assertThat(mails.newestToken(idOf(invited))).isPresent();
        assertThat(mails.mailCount(idOf(silent))).isZero();
    }

    private long idOf(String email) {
        return jdbc.sql("select id from person where email = ?")
                .param(email)
                .query(Long.class)
                .single();
    }
}
