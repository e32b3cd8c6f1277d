package nl.pendel.account;

import java.util.List;
import java.util.Set;
import nl.pendel.security.Role;
import org.jspecify.annotations.Nullable;

/**
 * What a CSV import would do, before anything is stored.
 *
 * @param rows every data row of the file, with its problems
 * @param fileProblem a problem with the file as a whole (no usable header, too many rows), or null
 */
public record ImportPreview(List<Row> rows, @Nullable Problem fileProblem) {

    public ImportPreview {
        rows = List.copyOf(rows);
    }

    /** The rows that would be imported. */
    public List<Row> importable() {
        return fileProblem == null ? rows.stream().filter(Row::ok).toList() : List.of();
    }

    public long problemCount() {
        return rows.stream().filter(row -> !row.ok()).count();
    }

    /** One line of the file as read, what it resolves to, and what is wrong with it. */
    public record Row(
            int line,
            String name,
            String email,
            String disciplineText,
            String organisationText,
            String teamText,
            String rolesText,
            String registerNumber,
            @Nullable Discipline discipline,
            @Nullable Long organisationId,
            @Nullable Long teamId,
            Set<Role> roles,
            List<Problem> problems) {

        public Row {
            roles = Set.copyOf(roles);
            problems = List.copyOf(problems);
        }

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /** A translation key with its arguments. */
    public record Problem(String key, List<String> arguments) {

        public Problem {
            arguments = List.copyOf(arguments);
        }

        public static Problem of(String key, Object... arguments) {
            return new Problem(
                    key, java.util.Arrays.stream(arguments).map(String::valueOf).toList());
        }
    }
}
