package nl.pendel.account;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import nl.pendel.account.ImportPreview.Problem;
import nl.pendel.account.ImportPreview.Row;
import nl.pendel.account.internal.CsvReader;
import nl.pendel.account.internal.Person;
import nl.pendel.account.internal.PersonRepository;
import nl.pendel.security.Role;
import nl.pendel.security.Roles;
import nl.pendel.shared.OneLineText;
import nl.pendel.shared.UserFacingException;
import nl.pendel.team.OrganisationSummary;
import nl.pendel.team.TeamService;
import nl.pendel.team.TeamSummary;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports people from a CSV file in two steps: {@link #preview} reads and checks every row and
 * stores nothing; {@link #importRows} stores the rows without problems, all or nothing. Imported
 * people get no password: they cannot sign in until they choose one through an invitation (an
 * option of the import) or "Wachtwoord vergeten?", or an administrator sets one.
 */
@Service
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
public class PeopleImportService {

    public static final int MAX_BYTES = 1_000_000;
    public static final int MAX_ROWS = 2_000;

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private final PersonRepository people;
    private final TeamService teams;
    private final AccountLinkService links;
    private final Clock clock;

    PeopleImportService(PersonRepository people, TeamService teams, AccountLinkService links, Clock clock) {
        this.people = people;
        this.teams = teams;
        this.links = links;
        this.clock = clock;
    }

    /** Reads and checks the file; stores nothing. */
    @Transactional(readOnly = true)
    public ImportPreview preview(byte[] csv) {
        if (csv.length > MAX_BYTES) {
            return new ImportPreview(List.of(), Problem.of("import.error.file-too-large", MAX_BYTES / 1_000_000));
        }
        List<List<String>> lines;
        try {
            lines = CsvReader.read(csv);
        } catch (java.io.UncheckedIOException notCsv) {
            return new ImportPreview(List.of(), Problem.of("import.error.not-csv"));
        }
        if (lines.isEmpty()) {
            return new ImportPreview(List.of(), Problem.of("import.error.empty"));
        }
        Map<String, Integer> header = ImportColumns.header(lines.getFirst());
        if (!header.containsKey("name") || !header.containsKey("email")) {
            return new ImportPreview(List.of(), Problem.of("import.error.header"));
        }
        if (lines.size() - 1 > MAX_ROWS) {
            return new ImportPreview(List.of(), Problem.of("import.error.too-many-rows", MAX_ROWS));
        }
        return new ImportPreview(rows(lines, header), null);
    }

    /** The lines after the header, each checked against the teams, organisations and accounts there are. */
    private List<Row> rows(List<List<String>> lines, Map<String, Integer> header) {
        Map<String, Long> teamIds = new HashMap<>();
        for (TeamSummary team : teams.allTeams()) {
            teamIds.put(ImportColumns.plain(team.name()), team.id());
            teamIds.put(ImportColumns.plain(team.district()), team.id());
        }
        Map<String, Long> organisationIds = new HashMap<>();
        for (OrganisationSummary organisation : teams.allOrganisations()) {
            organisationIds.put(ImportColumns.plain(organisation.name()), organisation.id());
        }
        Set<String> emails = new HashSet<>();
        for (List<String> line : lines.subList(1, lines.size())) {
            emails.add(ImportColumns.field(line, header, "email").toLowerCase(Locale.ROOT));
        }
        emails.remove("");
        Set<String> existing = emails.isEmpty() ? Set.of() : new HashSet<>(people.findExistingEmails(emails));
        Known known = new Known(teamIds, organisationIds, existing, new HashSet<>());
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            rows.add(row(i + 1, lines.get(i), header, known));
        }
        return rows;
    }

    /** What a line is checked against: teams and organisations by plain name, emails taken and seen so far. */
    private record Known(
            Map<String, Long> teamIds, Map<String, Long> organisationIds, Set<String> existing, Set<String> seen) {}

    /**
     * Stores the rows of the preview that had no problems, in one transaction. When something
     * changed since the preview (an e-mail address now taken), nothing is stored.
     *
     * @return how many people were added
     */
    @Transactional
    public int importRows(ImportPreview preview) {
        return importRows(preview, false);
    }

    /**
     * As {@link #importRows(ImportPreview)}, and when {@code sendInvitations} mails each person an
     * invitation to choose a password, in the same transaction.
     */
    @Transactional
    public int importRows(ImportPreview preview, boolean sendInvitations) {
        List<Row> rows = preview.importable();
        List<String> emails = rows.stream().map(Row::email).toList();
        List<String> taken = emails.isEmpty() ? List.of() : people.findExistingEmails(emails);
        if (!taken.isEmpty()) {
            throw new UserFacingException("import.error.changed", String.join(", ", taken));
        }
        List<Person> created = new ArrayList<>();
        for (Row row : rows) {
            Person person = new Person(row.email(), row.name(), clock.instant());
            person.setDiscipline(row.discipline());
            person.setOrganisationId(row.organisationId());
            person.setTeamId(row.teamId());
            person.setRegisterNumber(PersonDraft.normalisedRegisterNumber(row.registerNumber()));
            person.setRoles(row.roles());
            created.add(person);
        }
        people.saveAll(created);
        if (sendInvitations) {
            links.invite(created.stream().map(Person::getId).toList());
        }
        return created.size();
    }

    private Row row(int lineNo, List<String> line, Map<String, Integer> header, Known known) {
        List<Problem> problems = new ArrayList<>();
        String name = ImportColumns.field(line, header, "name");
        String email = ImportColumns.field(line, header, "email").toLowerCase(Locale.ROOT);
        String disciplineText = ImportColumns.field(line, header, "discipline");
        String organisationText = ImportColumns.field(line, header, "organisation");
        String teamText = ImportColumns.field(line, header, "team");
        String rolesText = ImportColumns.field(line, header, "roles");
        String registerNumber = ImportColumns.field(line, header, "registerNumber");
        checkName(name, problems);
        checkEmail(email, known.existing(), known.seen(), problems);
        Discipline discipline = discipline(disciplineText, problems);
        checkRegisterNumber(registerNumber, problems);
        Long organisationId =
                lookup(organisationText, known.organisationIds(), "import.problem.organisation-unknown", problems);
        Long teamId = lookup(teamText, known.teamIds(), "import.problem.team-unknown", problems);
        Set<Role> roles = ImportColumns.roles(rolesText, problems);
        checkTeamGiven(teamText, roles, problems);
        return new Row(
                lineNo,
                name,
                email,
                disciplineText,
                organisationText,
                teamText,
                rolesText,
                registerNumber,
                discipline,
                organisationId,
                teamId,
                roles,
                problems);
    }

    /** Participants and team leads belong to a team. */
    private static void checkTeamGiven(String teamText, Set<Role> roles, List<Problem> problems) {
        if (teamText.isEmpty() && (roles.contains(Role.PARTICIPANT) || roles.contains(Role.TEAM_LEAD))) {
            problems.add(Problem.of("import.problem.team-missing"));
        }
    }

    private static void checkRegisterNumber(String registerNumber, List<Problem> problems) {
        PersonDraft.registerNumberProblem(registerNumber)
                .ifPresent(key -> problems.add(
                        key.equals("person.error.register-number-too-long")
                                ? Problem.of("import.problem.register-number-too-long", PersonDraft.REGISTER_NUMBER_MAX)
                                : Problem.of("import.problem.register-number-invalid", registerNumber)));
    }

    private static void checkName(String name, List<Problem> problems) {
        if (name.isEmpty()) {
            problems.add(Problem.of("import.problem.name-missing"));
        } else if (name.length() > PersonDraft.NAME_MAX) {
            problems.add(Problem.of("import.problem.name-too-long", PersonDraft.NAME_MAX));
        } else if (!OneLineText.holds(name)) {
            problems.add(Problem.of("import.problem.name-not-one-line"));
        }
    }

    /** A valid address, not taken by an account and not on an earlier line of the file. */
    private static void checkEmail(String email, Set<String> existing, Set<String> seen, List<Problem> problems) {
        if (email.isEmpty()) {
            problems.add(Problem.of("import.problem.email-missing"));
        } else if (email.length() > PersonDraft.EMAIL_MAX
                || !EMAIL.matcher(email).matches()
                || !OneLineText.holds(email)) {
            problems.add(Problem.of("import.problem.email-invalid", email));
        } else if (existing.contains(email)) {
            problems.add(Problem.of("import.problem.email-exists", email));
        } else if (!seen.add(email)) {
            problems.add(Problem.of("import.problem.email-duplicate", email));
        }
    }

    private static Discipline discipline(String text, List<Problem> problems) {
        if (text.isEmpty()) {
            return null;
        }
        Discipline discipline = Discipline.parse(text).orElse(null);
        if (discipline == null) {
            problems.add(Problem.of("import.problem.discipline-unknown", text));
        }
        return discipline;
    }

    private static Long lookup(String text, Map<String, Long> ids, String problemKey, List<Problem> problems) {
        if (text.isEmpty()) {
            return null;
        }
        Long id = ids.get(ImportColumns.plain(text));
        if (id == null) {
            problems.add(Problem.of(problemKey, text));
        }
        return id;
    }
}
