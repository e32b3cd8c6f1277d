package nl.pendel.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import nl.pendel.IntegrationTest;
import nl.pendel.TestData;
import nl.pendel.security.Role;
import nl.pendel.security.SystemAuthentication;
import nl.pendel.shared.UserFacingException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class PeopleImportServiceTest {

    @Autowired
    PeopleImportService importService;

    @Autowired
    PersonService people;

    @Autowired
    TestData testData;

    @Test
    void preview_shows_every_row_problem_and_stores_nothing() {
        var team = testData.team();
        String taken = testData.person().create().email();
        String fresh = TestData.unique("nieuw") + "@pendel.test";
        String csv = String.join(
                "\n",
                "naam;e-mail;discipline;organisatie;team;rollen",
                "Nieuwe Collega;" + fresh + ";opbouwwerker;;" + team.name() + ";deelnemer",
                "Zonder Mail;;opbouwwerker;;" + team.name() + ";",
                "Onbekend Vak;x." + fresh + ";astronaut;;" + team.name() + ";",
                "Al Bekend;" + taken + ";;;" + team.name() + ";",
                "Dubbel;" + fresh + ";;;" + team.name() + ";",
                "Geen Team;y." + fresh + ";;;;deelnemer",
                "Raar Team;z." + fresh + ";;;Atlantis;",
                "Rare Rol;w." + fresh + ";;;" + team.name() + ";koning");

        ImportPreview preview = asAdmin(() -> importService.preview(csv.getBytes(StandardCharsets.UTF_8)));

        assertThat(preview.fileProblem()).isNull();
        assertThat(preview.rows()).hasSize(8);
        assertThat(preview.importable()).extracting(ImportPreview.Row::email).containsExactly(fresh);
        assertThat(problemKeys(preview, 3)).containsExactly("import.problem.email-missing");
        assertThat(problemKeys(preview, 4)).containsExactly("import.problem.discipline-unknown");
        assertThat(problemKeys(preview, 5)).containsExactly("import.problem.email-exists");
        assertThat(problemKeys(preview, 6)).containsExactly("import.problem.email-duplicate");
        assertThat(problemKeys(preview, 7)).containsExactly("import.problem.team-missing");
        assertThat(problemKeys(preview, 8)).containsExactly("import.problem.team-unknown");
        assertThat(problemKeys(preview, 9)).containsExactly("import.problem.role-unknown");
        assertThat(asAdmin(() -> people.count(fresh, null))).isZero();
    }

    @Test
    void import_stores_the_rows_without_problems_with_their_team_discipline_and_roles() {
        var team = testData.team();
        var organisation = testData.organisation();
        String email = TestData.unique("import") + "@pendel.test";
        String csv = "name,email,discipline,organisation,team,roles\n"
                + "\"Dijk, Ilse van\"," + email.toUpperCase() + ",Jeugdverpleegkundige," + organisation.name() + ","
                + team.district() + ",\"deelnemer, teamleider\"\n"
                + "Kapot,geen-adres,,,,\n";

        int added =
                asAdmin(() -> importService.importRows(importService.preview(csv.getBytes(StandardCharsets.UTF_8))));

        assertThat(added).isEqualTo(1);
        PersonSummary person =
                asAdmin(() -> people.search(email, null, Pageable.ofSize(5))).getFirst();
        assertThat(person.displayName()).isEqualTo("Dijk, Ilse van");
        assertThat(person.email()).isEqualTo(email);
        assertThat(person.discipline()).isEqualTo(Discipline.YOUTH_NURSE);
        assertThat(person.teamId()).isEqualTo(team.id());
        assertThat(person.organisationId()).isEqualTo(organisation.id());
        assertThat(person.roles()).containsExactlyInAnyOrder(Role.PARTICIPANT, Role.TEAM_LEAD);
        assertThat(person.canSignIn()).isFalse();
    }

    @Test
    void optional_register_number_column_is_imported_and_a_bad_value_is_a_row_problem() {
        var team = testData.team();
        String good = TestData.unique("reg") + "@pendel.test";
        String bad = TestData.unique("reg") + "@pendel.test";
        String tooLong = TestData.unique("reg") + "@pendel.test";
        String csv = "naam;e-mail;team;registratienummer\n"
                + "Goed Nummer;" + good + ";" + team.name() + "; SKJ 110012345 \n"
                + "Fout Nummer;" + bad + ";" + team.name() + ";=HYPERLINK(1)\n"
                + "Lang Nummer;" + tooLong + ";" + team.name() + ";" + "7".repeat(41) + "\n";

        ImportPreview preview = asAdmin(() -> importService.preview(csv.getBytes(StandardCharsets.UTF_8)));

        assertThat(problemKeys(preview, 2)).isEmpty();
        assertThat(problemKeys(preview, 3)).containsExactly("import.problem.register-number-invalid");
        assertThat(problemKeys(preview, 4)).containsExactly("import.problem.register-number-too-long");
        assertThat(asAdmin(() -> importService.importRows(preview))).isEqualTo(1);
        assertThat(asAdmin(() -> people.search(good, null, Pageable.ofSize(5)))
                        .getFirst()
                        .registerNumber())
                .isEqualTo("SKJ 110012345");
    }

    @Test
    void nothing_is_stored_when_an_address_was_taken_after_the_preview() {
        var team = testData.team();
        String first = TestData.unique("a") + "@pendel.test";
        String second = TestData.unique("b") + "@pendel.test";
        String csv = "naam;e-mail;team\nEen;" + first + ";" + team.name() + "\nTwee;" + second + ";" + team.name();
        ImportPreview preview = asAdmin(() -> importService.preview(csv.getBytes(StandardCharsets.UTF_8)));
        testData.person().team(team.id()).name("Sneller").create();
        // someone registers the second address in the meantime
        var draft = new PersonDraft();
        draft.setDisplayName("Tussendoor");
        draft.setEmail(second);
        draft.setTeamId(team.id());
        asAdmin(() -> people.save(draft));

        assertThatThrownBy(() -> asAdmin(() -> importService.importRows(preview)))
                .isInstanceOf(UserFacingException.class)
                .hasMessage("import.error.changed");
        assertThat(asAdmin(() -> people.count(first, null))).isZero();
    }

    @Test
    void a_file_with_a_quoted_field_never_closed_is_refused_as_not_csv_and_nothing_is_read() {
        ImportPreview preview = asAdmin(() ->
                importService.preview("naam;e-mail\n\"Sophie Meijer;sophie@x.nl\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(preview.fileProblem().key()).isEqualTo("import.error.not-csv");
        assertThat(preview.importable()).isEmpty();
    }

    @Test
    void file_without_name_and_email_columns_is_refused_as_a_whole() {
        ImportPreview preview =
                asAdmin(() -> importService.preview("voornaam;telefoon\nA;06\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(preview.fileProblem().key()).isEqualTo("import.error.header");
        assertThat(preview.importable()).isEmpty();
    }

    @Test
    void only_administrators_may_import() {
        String trainer = testData.person().roles(Role.TRAINER).noTeam().create().email();
        assertThatThrownBy(() -> testData.runAs(
                        trainer, () -> importService.preview("naam;e-mail\n".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static java.util.List<String> problemKeys(ImportPreview preview, int line) {
        return preview.rows().stream()
                .filter(row -> row.line() == line)
                .flatMap(row -> row.problems().stream())
                .map(ImportPreview.Problem::key)
                .toList();
    }

    private static <T> T asAdmin(java.util.function.Supplier<T> work) {
        return SystemAuthentication.runAsAdministrator(work);
    }
}
