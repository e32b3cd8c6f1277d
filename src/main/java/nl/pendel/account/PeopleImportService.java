package nl.pendel.account;

import java.text.Normalizer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
import org.jspecify.annotations.Nullable;
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
    private static final Map<String, String> COLUMNS = Map.ofEntries(
            Map.entry("naam", "name"),
            Map.entry("name", "name"),
            Map.entry("volledigenaam", "name"),
            Map.entry("email", "email"),
            Map.entry("emailadres", "email"),
            Map.entry("mail", "email"),
            Map.entry("discipline", "discipline"),
            Map.entry("functie", "discipline"),
            Map.entry("beroep", "discipline"),
            Map.entry("organisatie", "organisation"),
            Map.entry("organisation", "organisation"),
            Map.entry("werkgever", "organisation"),
            Map.entry("team", "team"),
            Map.entry("wijkteam", "team"),
            Map.entry("rollen", "roles"),
            Map.entry("rol", "roles"),
            Map.entry("roles", "roles"),
            Map.entry("role", "roles"),
            Map.entry("registratienummer", "registerNumber"),
            Map.entry("registernummer", "registerNumber"),
            Map.entry("registernumber", "registerNumber"),
            Map.entry("registrationnumber", "registerNumber"));
    private static final Map<String, Role> ROLE_NAMES = Map.ofEntries(
            Map.entry("deelnemer", Role.PARTICIPANT),
            Map.entry("participant", Role.PARTICIPANT),
            Map.entry("professional", Role.PARTICIPANT),
            Map.entry("trainer", Role.TRAINER),
            Map.entry("cotrainer", Role.TRAINER),
            Map.entry("teamleider", Role.TEAM_LEAD),
            Map.entry("teamlead", Role.TEAM_LEAD),
            Map.entry("beheerder", Role.ADMIN),
            Map.entry("admin", Role.ADMIN),
            Map.entry("administrator", Role.ADMIN));

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
        Map<String, Integer> header = header(lines.getFirst());
        if (!header.containsKey("name") || !header.containsKey("email")) {
            return new ImportPreview(List.of(), Problem.of("import.error.header"));
        }
        if (lines.size() - 1 > MAX_ROWS) {
            return new ImportPreview(List.of(), Problem.of("import.error.too-many-rows", MAX_ROWS));
        }
        Map<String, Long> teamIds = new HashMap<>();
        for (TeamSummary team : teams.allTeams()) {
            teamIds.put(plain(team.name()), team.id());
            teamIds.put(plain(team.district()), team.id());
        }
        Map<String, Long> organisationIds = new HashMap<>();
        for (OrganisationSummary organisation : teams.allOrganisations()) {
            organisationIds.put(plain(organisation.name()), organisation.id());
        }
        Set<String> emails = new HashSet<>();
        for (List<String> line : lines.subList(1, lines.size())) {
            emails.add(field(line, header, "email").toLowerCase(Locale.ROOT));
        }
        emails.remove("");
        Set<String> existing = emails.isEmpty() ? Set.of() : new HashSet<>(people.findExistingEmails(emails));
        Set<String> seen = new HashSet<>();
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            rows.add(row(i + 1, lines.get(i), header, teamIds, organisationIds, existing, seen));
        }
        return new ImportPreview(rows, null);
    }

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

    private Row row(
            int lineNo,
            List<String> line,
            Map<String, Integer> header,
            Map<String, Long> teamIds,
            Map<String, Long> organisationIds,
            Set<String> existing,
            Set<String> seen) {
        List<Problem> problems = new ArrayList<>();
        String name = field(line, header, "name");
        String email = field(line, header, "email").toLowerCase(Locale.ROOT);
        String disciplineText = field(line, header, "discipline");
        String organisationText = field(line, header, "organisation");
        String teamText = field(line, header, "team");
        String rolesText = field(line, header, "roles");
        String registerNumber = field(line, header, "registerNumber");

        if (name.isEmpty()) {
            problems.add(Problem.of("import.problem.name-missing"));
        } else if (name.length() > PersonDraft.NAME_MAX) {
            problems.add(Problem.of("import.problem.name-too-long", PersonDraft.NAME_MAX));
        } else if (!OneLineText.holds(name)) {
            problems.add(Problem.of("import.problem.name-not-one-line"));
        }
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
        Discipline discipline = null;
        if (!disciplineText.isEmpty()) {
            discipline = Discipline.parse(disciplineText).orElse(null);
            if (discipline == null) {
                problems.add(Problem.of("import.problem.discipline-unknown", disciplineText));
            }
        }
        PersonDraft.registerNumberProblem(registerNumber)
                .ifPresent(key -> problems.add(
                        key.equals("person.error.register-number-too-long")
                                ? Problem.of("import.problem.register-number-too-long", PersonDraft.REGISTER_NUMBER_MAX)
                                : Problem.of("import.problem.register-number-invalid", registerNumber)));
        Long organisationId =
                lookup(organisationText, organisationIds, "import.problem.organisation-unknown", problems);
        Long teamId = lookup(teamText, teamIds, "import.problem.team-unknown", problems);
        Set<Role> roles = roles(rolesText, problems);
        if (teamId == null
                && teamText.isEmpty()
                && (roles.contains(Role.PARTICIPANT) || roles.contains(Role.TEAM_LEAD))) {
            problems.add(Problem.of("import.problem.team-missing"));
        }
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

    private static @Nullable Long lookup(
            String text, Map<String, Long> ids, String problemKey, List<Problem> problems) {
        if (text.isEmpty()) {
            return null;
        }
        Long id = ids.get(plain(text));
        if (id == null) {
            problems.add(Problem.of(problemKey, text));
        }
        return id;
    }

    private static Set<Role> roles(String text, List<Problem> problems) {
        if (text.isBlank()) {
            return EnumSet.of(Role.PARTICIPANT);
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String part : text.split("[,|/+]+")) {
            if (part.isBlank()) {
                continue;
            }
            Optional<Role> role = Optional.ofNullable(ROLE_NAMES.get(plain(part)));
            role.ifPresentOrElse(
                    roles::add, () -> problems.add(Problem.of("import.problem.role-unknown", part.strip())));
        }
        return roles.isEmpty() ? EnumSet.of(Role.PARTICIPANT) : roles;
    }

    private static Map<String, Integer> header(List<String> first) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < first.size(); i++) {
            String column = COLUMNS.get(plain(first.get(i)));
            if (column != null) {
                columns.putIfAbsent(column, i);
            }
        }
        return columns;
    }

    private static String field(List<String> line, Map<String, Integer> header, String column) {
        Integer index = header.get(column);
        return index == null || index >= line.size() ? "" : line.get(index).strip();
    }

    private static String plain(String text) {
        String stripped = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return stripped.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
