package nl.pendel.account;

import java.text.Normalizer;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.pendel.account.ImportPreview.Problem;
import nl.pendel.security.Role;

/**
 * The words of a people import: the column headings and role names it understands (Dutch and
 * English, compared without case, accents, spaces or punctuation), and a line's fields by column.
 */
final class ImportColumns {

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

    private ImportColumns() {}

    /** The roles named in the text (participant when none); unknown names become problems. */
    static Set<Role> roles(String text, List<Problem> problems) {
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

    static Map<String, Integer> header(List<String> first) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < first.size(); i++) {
            String column = COLUMNS.get(plain(first.get(i)));
            if (column != null) {
                columns.putIfAbsent(column, i);
            }
        }
        return columns;
    }

    static String field(List<String> line, Map<String, Integer> header, String column) {
        Integer index = header.get(column);
        return index == null || index >= line.size() ? "" : line.get(index).strip();
    }

    static String plain(String text) {
        String stripped = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return stripped.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
