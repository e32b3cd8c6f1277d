package nl.pendel.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import nl.pendel.IntegrationTest;
import nl.pendel.TestClock;
import nl.pendel.TestData;
import nl.pendel.rights.ErasureService;
import nl.pendel.security.SystemAuthentication;
import nl.pendel.shared.UserFacingException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The rules of the links to choose a password, on the real services and database. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class AccountLinkServiceTest {

    private static final String CHOSEN = "mijn eigen gekozen wachtwoord";

    @Autowired
    AccountLinkService links;

    @Autowired
    AccountLinks mails;

    @Autowired
    TestData testData;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    PeopleImportService imports;

    @Autowired
    ErasureService erasure;

    @Test
    void an_invited_person_chooses_a_password_once_and_can_then_sign_in() {
        PersonSummary person = testData.person().noPassword().create();
        String token = invite(person);

        assertThat(links.open(token))
                .contains(new AccountLinkService.LinkHolder(person.email(), LinkPurpose.INVITATION));
        assertThat(links.choosePassword(token, CHOSEN)).isEqualTo(person.email());

        assertThat(passwords.matches(
                        CHOSEN, accounts.loadUserByUsername(person.email()).getPassword()))
                .isTrue();
        assertThat(links.open(token)).isEmpty();
        assertThatThrownBy(() -> links.choosePassword(token, "nog een ander wachtwoord"))
                .isInstanceOf(UserFacingException.class)
                .hasMessage("account-link.error.gone");
    }

    @Test
    void a_link_no_longer_works_after_it_expired() {
        PersonSummary person = testData.person().noPassword().create();
        String invitation = invite(person);
        clock.advance(Duration.ofDays(7).plusMinutes(1));
        assertThat(links.open(invitation)).isEmpty();
        assertThatThrownBy(() -> links.choosePassword(invitation, CHOSEN)).hasMessage("account-link.error.gone");
    }

    @Test
    void a_reset_link_works_for_an_hour() throws Exception {
        PersonSummary person = testData.person().create();
        String token = requestReset(person);
        clock.advance(Duration.ofMinutes(59));
        assertThat(links.open(token)).isPresent();
        clock.advance(Duration.ofMinutes(2));
        assertThat(links.open(token)).isEmpty();
    }

    @Test
    void a_newer_link_makes_the_older_one_stop_working() throws Exception {
        PersonSummary person = testData.person().noPassword().create();
        String first = invite(person);
        String second = requestReset(person);
        assertThat(links.open(first)).isEmpty();
        assertThat(links.open(second)).isPresent();
    }

    @Test
    void a_deactivated_or_erased_person_gets_no_link_and_their_earlier_link_stops_working() throws Exception {
        PersonSummary deactivated = testData.person().noPassword().create();
        String token = invite(deactivated);
        testData.deactivate(deactivated);
        assertThat(links.open(token)).isEmpty();
        assertThat(SystemAuthentication.runAsAdministrator(() -> links.invite(List.of(deactivated.id()))))
                .isZero();

        PersonSummary erased = testData.person().create();
        String resetToken = requestReset(erased);
        testData.runAs("beheerder@pendel.test", () -> erasure.erase(erased.id()));
        assertThat(links.open(resetToken)).isEmpty();
        assertThat(jdbc.sql("select count(*) from account_link where person_id = ?")
                        .param(erased.id())
                        .query(Integer.class)
                        .single())
                .as("erasure deletes the person's links")
                .isZero();

        // a request for a deactivated person's address is answered as any other and sends nothing
        int before = mails.mailCount(deactivated.id());
        assertThat(links.requestReset(deactivated.email(), "192.0.2.10"))
                .isEqualTo(AccountLinkService.ResetRequest.ACCEPTED);
        settle();
        assertThat(mails.mailCount(deactivated.id())).isEqualTo(before);
    }

    @Test
    void links_long_over_are_deleted_when_a_new_one_is_made() {
        PersonSummary early = testData.person().noPassword().create();
        invite(early);
        clock.advance(Duration.ofDays(7 + 30).plusMinutes(1));
        invite(testData.person().noPassword().create());
        assertThat(jdbc.sql("select count(*) from account_link where person_id = ?")
                        .param(early.id())
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void only_the_hash_of_the_token_is_stored() {
        PersonSummary person = testData.person().noPassword().create();
        String token = invite(person);
        String stored = jdbc.sql("select token_hash from account_link where person_id = ? order by id desc limit 1")
                .param(person.id())
                .query(String.class)
                .single();
        assertThat(stored).hasSize(64).isNotEqualTo(token).isEqualTo(AccountLinkService.hash(token));
        assertThat(token).hasSize(43); // 32 random bytes, base64url
    }

    @Test
    void the_password_rules_apply_and_a_refused_password_leaves_the_link_working() {
        PersonSummary person = testData.person().noPassword().create();
        String token = invite(person);
        assertThatThrownBy(() -> links.choosePassword(token, "te kort")).hasMessage("password.error.too-short");
        assertThat(links.open(token)).isPresent();
        assertThatThrownBy(() -> accounts.loadUserByUsername(person.email()))
                .as("still without a password")
                .isInstanceOf(UsernameNotFoundException.class);
    }

    @Test
    void at_most_three_mails_an_hour_reach_one_account_however_often_it_is_asked() throws Exception {
        PersonSummary person = testData.person().create();
        for (int i = 0; i < 6; i++) {
            links.requestReset(person.email(), "198.51.100." + i);
        }
        settle();
        assertThat(mails.mailCount(person.id())).isEqualTo(3);

        clock.advance(Duration.ofMinutes(61));
        requestReset(person);
        assertThat(mails.mailCount(person.id())).isEqualTo(4);
    }

    @Test
    void one_network_address_may_ask_thirty_times_an_hour() {
        String address = "203.0.113." + (System.nanoTime() % 200);
        for (int i = 0; i < 30; i++) {
            assertThat(links.requestReset("niemand-" + i + "@pendel.test", address))
                    .isEqualTo(AccountLinkService.ResetRequest.ACCEPTED);
        }
        assertThat(links.requestReset("niemand@pendel.test", address))
                .isEqualTo(AccountLinkService.ResetRequest.TOO_MANY_FROM_ADDRESS);
        clock.advance(Duration.ofMinutes(61));
        assertThat(links.requestReset("niemand@pendel.test", address))
                .isEqualTo(AccountLinkService.ResetRequest.ACCEPTED);
    }

    @Test
    void an_import_with_invitations_mails_every_person_it_adds() {
        String a = TestData.unique("import-a") + "@pendel.test";
        String b = TestData.unique("import-b") + "@pendel.test";
        String csv = "naam;email;rol\nAnna Import;" + a + ";trainer\nBram Import;" + b + ";trainer\n";
        int count = SystemAuthentication.runAsAdministrator(
                () -> imports.importRows(imports.preview(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)), true));
        assertThat(count).isEqualTo(2);
        for (String email : List.of(a, b)) {
            long id = jdbc.sql("select id from person where email = ?")
                    .param(email)
                    .query(Long.class)
                    .single();
            String token = mails.newestToken(id).orElseThrow();
            assertThat(links.open(token)).contains(new AccountLinkService.LinkHolder(email, LinkPurpose.INVITATION));
        }
    }

    @Test
    void the_security_log_names_each_step_and_never_the_token(CapturedOutput output) throws Exception {
        PersonSummary invited = testData.person().noPassword().create();
        String invitation = invite(invited);
        links.choosePassword(invitation, CHOSEN);
        PersonSummary forgetful = testData.person().create();
        String reset = requestReset(forgetful);
        links.choosePassword(reset, CHOSEN);
        links.requestReset("onbekend-" + TestData.unique("x") + "@pendel.test", "192.0.2.77");
        settle();

        assertThat(output.getAll())
                .contains("security invitation-sent person=" + invited.id())
                .contains("security password-set person=" + invited.id())
                .contains("security password-reset-requested person=" + forgetful.id() + " ")
                .contains("security password-reset person=" + forgetful.id())
                .contains("security password-reset-requested outcome=unknown-address client=192.0.2.77")
                .doesNotContain(invitation)
                .doesNotContain(reset)
                .doesNotContain("onbekend-");
    }

    @Test
    void the_new_password_replaces_the_old_one() throws Exception {
        PersonSummary person = testData.person().create();
        links.choosePassword(requestReset(person), CHOSEN);
        var user = accounts.loadUserByUsername(person.email());
        assertThat(passwords.matches(TestData.PASSWORD, user.getPassword())).isFalse();
        assertThat(passwords.matches(CHOSEN, user.getPassword())).isTrue();
    }

    private String invite(PersonSummary person) {
        SystemAuthentication.runAsAdministrator(() -> links.invite(List.of(person.id())));
        return mails.newestToken(person.id()).orElseThrow();
    }

    private String requestReset(PersonSummary person) throws InterruptedException {
        long after = mails.lastMailId();
        links.requestReset(person.email(), "192.0.2." + (System.nanoTime() % 250));
        return mails.awaitToken(person.id(), after);
    }

    /**
     * Waits until the background worker has handled every request so far: it handles them in
     * order, so once a request for a known address made now has its mail, the earlier ones are done.
     */
    private void settle() throws InterruptedException {
        PersonSummary marker = testData.person().create();
        requestReset(marker);
    }
}
