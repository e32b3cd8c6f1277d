package nl.pendel.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Set;
import nl.pendel.IntegrationTest;
import nl.pendel.TestData;
import nl.pendel.security.Role;
import nl.pendel.security.SystemAuthentication;
import nl.pendel.shared.EditConflictException;
import nl.pendel.shared.UserFacingException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;

@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class PersonServiceTest {

    @Autowired
    PersonService people;

    @Autowired
    OwnAccountService own;

    @Autowired
    TestData testData;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void email_addresses_are_unique_whatever_their_case() {
        var existing = testData.person().create();
        PersonDraft draft = new PersonDraft();
        draft.setDisplayName("Iemand Anders");
        draft.setEmail(existing.email().toUpperCase(Locale.ROOT));
        draft.setTeamId(existing.teamId());
        assertThatThrownBy(() -> SystemAuthentication.runAsAdministrator(() -> people.save(draft)))
                .isInstanceOf(UserFacingException.class)
                .hasMessage("person.error.duplicate-email");
    }

    @Test
    void a_name_with_cr_lf_is_refused_by_the_service_and_nothing_is_stored() {
        var person = testData.person().name("Sophie Meijer").create();
        PersonDraft draft = PersonDraft.of(person);
        draft.setDisplayName("Sophie Meijer\r\nBcc: evil@example.com");

        assertThatThrownBy(() -> SystemAuthentication.runAsAdministrator(() -> people.save(draft)))
                .isInstanceOf(jakarta.validation.ConstraintViolationException.class)
                .hasMessageContaining("displayName");
        assertThat(SystemAuthentication.runAsAdministrator(() -> people.find(person.id()))
                        .orElseThrow()
                        .displayName())
                .isEqualTo("Sophie Meijer");
    }

    @Test
    void participant_without_a_team_is_refused() {
        PersonDraft draft = new PersonDraft();
        draft.setDisplayName("Zonder Team");
        draft.setEmail(TestData.unique("zt") + "@pendel.test");
        draft.setRoles(Set.of(Role.PARTICIPANT));
        assertThatThrownBy(() -> SystemAuthentication.runAsAdministrator(() -> people.save(draft)))
                .hasMessage("person.error.team-required");
    }

    @Test
    void second_of_two_concurrent_edits_is_refused_and_changes_nothing() {
        var person = testData.person().name("Eerste Naam").create();
        PersonDraft first = PersonDraft.of(person);
        PersonDraft second = PersonDraft.of(person);
        first.setDisplayName("Tweede Naam");
        SystemAuthentication.runAsAdministrator(() -> people.save(first));
        second.setDisplayName("Derde Naam");

        assertThatThrownBy(() -> SystemAuthentication.runAsAdministrator(() -> people.save(second)))
                .isInstanceOf(EditConflictException.class);
        assertThat(SystemAuthentication.runAsAdministrator(() -> people.find(person.id()))
                        .orElseThrow()
                        .displayName())
                .isEqualTo("Tweede Naam");
    }

    @Test
    void deactivated_person_is_kept_but_cannot_sign_in() {
        var person = testData.person().create();
        var deactivated = testData.deactivate(person);
        assertThat(deactivated.active()).isFalse();
        assertThat(SystemAuthentication.runAsAdministrator(() -> people.find(person.id())))
                .isPresent();
    }

    @Test
    void administrator_cannot_deactivate_themselves() {
        var admin = testData.person().roles(Role.ADMIN).noTeam().create();
        assertThatThrownBy(() -> testData.runAs(admin.email(), () -> people.deactivate(admin.id(), admin.version())))
                .hasMessage("person.error.cannot-demote-self");
    }

    @Test
    void team_lead_sees_the_members_of_their_own_team_only() {
        var team = testData.team();
        var otherTeam = testData.team();
        var lead = testData.teamLead(team.id());
        var member = testData.person().team(team.id()).create();
        testData.person().team(otherTeam.id()).create();

        var members = testData.runAs(lead.email(), () -> people.teamMembers(team.id(), Pageable.ofSize(50)));
        assertThat(members).extracting(PersonSummary::id).containsExactlyInAnyOrder(lead.id(), member.id());
        assertThatThrownBy(() ->
                        testData.runAs(lead.email(), () -> people.teamMembers(otherTeam.id(), Pageable.ofSize(50))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void participant_may_not_list_people() {
        var participant = testData.person().create();
        assertThatThrownBy(() -> testData.runAs(participant.email(), () -> people.search("", null, Pageable.ofSize(5))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> testData.runAs(
                        participant.email(), () -> people.teamMembers(participant.teamId(), Pageable.ofSize(5))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void own_password_changes_only_with_the_current_password() {
        var person = testData.person().create();
        assertThatThrownBy(() -> testData.runAs(
                        person.email(),
                        () -> own.changeOwnPassword("niet-mijn-wachtwoord", "een-nieuw-lang-wachtwoord")))
                .hasMessage("password.error.current-wrong");
        assertThatThrownBy(() -> testData.runAs(person.email(), () -> own.changeOwnPassword(TestData.PASSWORD, "kort")))
                .hasMessage("password.error.too-short");

        testData.runAs(person.email(), () -> own.changeOwnPassword(TestData.PASSWORD, "een-nieuw-lang-wachtwoord"));
        assertThatThrownBy(() -> testData.runAs(
                        person.email(), () -> own.changeOwnPassword(TestData.PASSWORD, "nog-een-nieuw-wachtwoord")))
                .hasMessage("password.error.current-wrong");
    }

    @Test
    void role_changes_and_password_changes_are_security_events_without_the_password(CapturedOutput output) {
        var person = testData.person().create();
        PersonDraft draft = PersonDraft.of(person);
        draft.setRoles(Set.of(Role.PARTICIPANT, Role.TRAINER));
        SystemAuthentication.runAsAdministrator(() -> people.save(draft));
        String newPassword = "een-nieuw-lang-wachtwoord-" + System.nanoTime();
        assertThatThrownBy(
                () -> testData.runAs(person.email(), () -> own.changeOwnPassword("niet-mijn-wachtwoord", newPassword)));
        testData.runAs(person.email(), () -> own.changeOwnPassword(TestData.PASSWORD, newPassword));

        assertThat(output.getAll())
                .contains("security role-changed person=" + person.id())
                .contains("roles.before=PARTICIPANT")
                .contains("roles.after=PARTICIPANT,TRAINER")
                .contains("security password-changed person=" + person.id())
                .contains("reason=current-password-wrong")
                .doesNotContain(newPassword)
                .doesNotContain("niet-mijn-wachtwoord");
    }

    @Test
    void own_language_choice_is_stored() {
        var person = testData.person().create();
        testData.runAs(person.email(), () -> own.changeOwnLanguage(Locale.ENGLISH));
        assertThat(testData.runAs(person.email(), () -> own.me()).locale()).isEqualTo("en");
    }

    @Test
    void administrator_stores_a_register_number_stripped_and_a_blank_one_as_none() {
        var person = testData.person().registerNumber("  BIG 1234/56-7.a ").create();
        assertThat(person.registerNumber()).isEqualTo("BIG 1234/56-7.a");

        PersonDraft draft = PersonDraft.of(person);
        draft.setRegisterNumber("   ");
        assertThat(SystemAuthentication.runAsAdministrator(() -> people.save(draft))
                        .registerNumber())
                .isNull();
    }

    @Test
    void register_number_with_other_characters_or_too_long_is_refused() {
        var person = testData.person().create();
        PersonDraft draft = PersonDraft.of(person);
        draft.setRegisterNumber("123;=SUM(A1)");
        assertThatThrownBy(() -> SystemAuthentication.runAsAdministrator(() -> people.save(draft)))
                .isInstanceOf(jakarta.validation.ConstraintViolationException.class);
        draft.setRegisterNumber("1".repeat(PersonDraft.REGISTER_NUMBER_MAX + 1));
        assertThatThrownBy(() -> SystemAuthentication.runAsAdministrator(() -> people.save(draft)))
                .isInstanceOf(jakarta.validation.ConstraintViolationException.class);
    }

    @Test
    void professional_sets_their_own_register_number_checked_by_the_service() {
        var person = testData.person().create();
        testData.runAs(person.email(), () -> own.changeOwnRegisterNumber("SKJ 110012345"));
        assertThat(testData.runAs(person.email(), () -> own.me()).registerNumber())
                .isEqualTo("SKJ 110012345");

        assertThatThrownBy(() -> testData.runAs(person.email(), () -> own.changeOwnRegisterNumber("=1+1")))
                .hasMessage("person.error.register-number-invalid");
        assertThatThrownBy(() -> testData.runAs(person.email(), () -> own.changeOwnRegisterNumber("9".repeat(41))))
                .hasMessage("person.error.register-number-too-long");
        assertThat(testData.runAs(person.email(), () -> own.me()).registerNumber())
                .isEqualTo("SKJ 110012345");

        testData.runAs(person.email(), () -> own.changeOwnRegisterNumber(""));
        assertThat(testData.runAs(person.email(), () -> own.me()).registerNumber())
                .isNull();
    }

    @Test
    void register_numbers_are_not_for_participants() {
        var colleague = testData.person().registerNumber("12345").create();
        var participant = testData.person().create();
        assertThatThrownBy(
                        () -> testData.runAs(participant.email(), () -> people.registerNumbers(Set.of(colleague.id()))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(SystemAuthentication.runAsAdministrator(() -> people.registerNumbers(Set.of(colleague.id()))))
                .containsExactly(java.util.Map.entry(colleague.id(), "12345"));
    }
}
