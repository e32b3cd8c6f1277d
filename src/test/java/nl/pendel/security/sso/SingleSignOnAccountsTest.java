package nl.pendel.security.sso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import nl.pendel.IntegrationTest;
import nl.pendel.TestData;
import nl.pendel.account.PersonSummary;
import nl.pendel.rights.ErasureService;
import nl.pendel.security.PendelUser;
import nl.pendel.security.Role;
import nl.pendel.security.SingleSignOnAccounts;
import nl.pendel.security.SingleSignOnIdentity;
import nl.pendel.security.SingleSignOnRefused;
import nl.pendel.security.SingleSignOnRefused.Reason;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The rules of a single sign-on with the application's defaults (roles as set in Pendel, nobody
 * made anew), below the browser: what the browser tests do not reach.
 */
@IntegrationTest
class SingleSignOnAccountsTest {

    @Autowired
    SingleSignOnAccounts accounts;

    @Autowired
    TestData testData;

    @Autowired
    ErasureService erasure;

    @Test
    void the_roles_stay_as_set_in_pendel_when_the_claims_do_not_decide_them() {
        PersonSummary lead = person(Role.TEAM_LEAD);

        PendelUser signedIn = accounts.signIn(identity(key(), lead.email(), true, null));

        assertThat(signedIn.personId()).isEqualTo(lead.id());
        assertThat(signedIn.roles()).containsExactly(Role.TEAM_LEAD);
    }

    @Test
    void an_unknown_address_is_refused_where_nobody_is_made_anew() {
        assertThatThrownBy(() ->
                        accounts.signIn(identity(key(), TestData.unique("nieuw") + "@groningen.test", true, null)))
                .isInstanceOfSatisfying(SingleSignOnRefused.class, refused -> assertThat(refused.reason())
                        .isEqualTo(Reason.UNKNOWN_PERSON));
    }

    @Test
    void an_address_linked_to_another_provider_account_is_not_taken_over() {
        PersonSummary person = person(Role.PARTICIPANT);
        accounts.signIn(identity(key(), person.email(), true, null));

        assertThatThrownBy(() -> accounts.signIn(identity(key(), person.email(), true, null)))
                .isInstanceOfSatisfying(SingleSignOnRefused.class, refused -> assertThat(refused.reason())
                        .isEqualTo(Reason.LINKED_TO_ANOTHER_ACCOUNT));
    }

    @Test
    void an_erased_person_is_refused_by_their_provider_account_and_not_linked_anew() {
        PersonSummary person = person(Role.PARTICIPANT);
        String key = key();
        accounts.signIn(identity(key, person.email(), true, null));
        testData.runAs("beheerder@pendel.test", () -> erasure.erase(person.id()));

        assertThatThrownBy(() -> accounts.signIn(identity(key, person.email(), true, null)))
                .isInstanceOfSatisfying(SingleSignOnRefused.class, refused -> assertThat(refused.reason())
                        .isEqualTo(Reason.INACTIVE));
    }

    @Test
    void claims_that_give_no_role_leave_a_person_without_one_refused_and_unchanged() {
        PersonSummary person = person(Role.PARTICIPANT);

        assertThatThrownBy(() -> accounts.signIn(identity(key(), person.email(), true, EnumSet.noneOf(Role.class))))
                .isInstanceOfSatisfying(SingleSignOnRefused.class, refused -> assertThat(refused.reason())
                        .isEqualTo(Reason.NO_ROLE));
        // nothing of the refused sign-in was kept: not the roles, not the link
        PendelUser later = accounts.signIn(identity(key(), person.email(), true, null));
        assertThat(later.roles()).containsExactly(Role.PARTICIPANT);
    }

    /** A person made by an administrator (the sign-in itself runs with nobody signed in, as it does). */
    private PersonSummary person(Role role) {
        return nl.pendel.security.SystemAuthentication.runAsAdministrator(
                () -> testData.person().roles(role).noPassword().create());
    }

    private static String key() {
        return UUID.randomUUID().toString().replace("-", "")
                + UUID.randomUUID().toString().replace("-", "");
    }

    private static SingleSignOnIdentity identity(String key, String email, boolean verified, Set<Role> roles) {
        return new SingleSignOnIdentity(key, email, verified, "Naam bij de gemeente", roles, null, "wij");
    }
}
