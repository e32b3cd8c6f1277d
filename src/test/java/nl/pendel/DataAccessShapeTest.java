package nl.pendel;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One shape for data in every module (docs/decisions/0011-data-access-shape.md): SQL lives in a
 * module's {@code internal} package, and it names only the module's own tables. What a module
 * needs of another's data it asks that module's public API for, where the module checks can see
 * it.
 */
class DataAccessShapeTest {

    /** Every table in db/migration and the module that owns it; a new table fails until it has a row. */
    static final Map<String, String> OWNER = Map.ofEntries(
            Map.entry("account_link", "account"),
            Map.entry("person", "account"),
            Map.entry("person_role", "account"),
            Map.entry("activity_plan", "plan"),
            Map.entry("plan_comment", "plan"),
            Map.entry("course_announcement", "message"),
            Map.entry("announcement_reply", "message"),
            Map.entry("plan_event", "plan"),
            Map.entry("plan_section", "plan"),
            Map.entry("plan_section_draft", "plan"),
            Map.entry("plan_section_version", "plan"),
            Map.entry("assessment_moment", "assessment"),
            Map.entry("development_goal", "assessment"),
            Map.entry("goal_review", "assessment"),
            Map.entry("score_view", "assessment"),
            Map.entry("self_assessment", "assessment"),
            Map.entry("self_assessment_rating", "assessment"),
            Map.entry("trainer_observation", "assessment"),
            Map.entry("assignment_setting", "homework"),
            Map.entry("homework", "homework"),
            Map.entry("homework_feedback", "homework"),
            Map.entry("homework_file", "homework"),
            Map.entry("homework_submission", "homework"),
            Map.entry("homework_submission_file", "homework"),
            Map.entry("homework_theme", "homework"),
            Map.entry("attendance", "attendance"),
            Map.entry("calendar_token", "schedule"),
            Map.entry("course_session", "schedule"),
            Map.entry("course_session_slot", "schedule"),
            Map.entry("course", "course"),
            Map.entry("course_agenda_item", "course"),
            Map.entry("course_meeting", "course"),
            Map.entry("course_participant", "course"),
            Map.entry("caseload_theme", "programme"),
            Map.entry("caseload_theme_list_version", "programme"),
            Map.entry("competence", "programme"),
            Map.entry("competence_framework_version", "programme"),
            Map.entry("indicator", "programme"),
            Map.entry("plan_template_section", "programme"),
            Map.entry("plan_template_version", "programme"),
            Map.entry("programme_agenda_item", "programme"),
            Map.entry("programme_goal", "programme"),
            Map.entry("programme_meeting", "programme"),
            Map.entry("programme_session_slot", "programme"),
            Map.entry("programme_version", "programme"),
            Map.entry("rating_level", "programme"),
            Map.entry("questionnaire_version", "programme"),
            Map.entry("questionnaire_question", "programme"),
            Map.entry("programme_questionnaire", "programme"),
            Map.entry("look_back_response", "lookback"),
            Map.entry("look_back_answer", "lookback"),
            Map.entry("course_evaluation_done", "evaluation"),
            Map.entry("course_evaluation_response", "evaluation"),
            Map.entry("course_evaluation_answer", "evaluation"),
            Map.entry("job_lease", "cluster"),
            Map.entry("job_lock", "cluster"),
            Map.entry("shedlock", "cluster"),
            Map.entry("app_notification", "notification"),
            Map.entry("run_sheet", "runsheet"),
            Map.entry("certificate", "completion"),
            Map.entry("run_sheet_item", "runsheet"),
            Map.entry("meeting_material", "material"),
            Map.entry("mail_outbox", "notification"),
            Map.entry("notification_digest_item", "notification"),
            Map.entry("notification_preference", "notification"),
            Map.entry("undeliverable_address", "notification"),
            Map.entry("organisation", "team"),
            Map.entry("team", "team"),
            Map.entry("precondition_rating", "precondition"),
            Map.entry("precondition_response", "precondition"),
            Map.entry("privacy_action", "rights"),
            Map.entry("sign_in_throttle", "security"),
            Map.entry("subgroup", "subgroup"),
            Map.entry("subgroup_member", "subgroup"));

    private static final Path SOURCES = Path.of("src", "main", "java", "nl", "pendel");
    private static final Pattern CREATE_TABLE =
            Pattern.compile("(?i)create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?`?(\\w+)");
    private static final Pattern STRING =
            Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"", Pattern.DOTALL);
    private static final Pattern TABLE_IN_SQL =
            Pattern.compile("(?i)\\b(?:from|join|into|update|table|exists)\\s+`?(\\w+)");

    @Test
    void every_table_in_the_migrations_has_an_owning_module() throws IOException {
        TreeSet<String> tables = new TreeSet<>();
        try (Stream<Path> migrations = Files.list(Path.of("db", "migration"))) {
            for (Path migration : migrations.toList()) {
                Matcher created = CREATE_TABLE.matcher(Files.readString(migration));
                while (created.find()) {
                    tables.add(created.group(1).toLowerCase(Locale.ROOT));
                }
            }
        }
        assertThat(OWNER.keySet()).containsAll(tables);
    }

    @Test
    void no_module_names_another_modules_tables_in_its_sql() throws IOException {
        List<String> crossings = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String module = SOURCES.relativize(file).getName(0).toString();
                Matcher strings = STRING.matcher(Files.readString(file));
                while (strings.find()) {
                    String text = strings.group(1) != null ? strings.group(1) : strings.group(2);
                    Matcher tables = TABLE_IN_SQL.matcher(text);
                    while (tables.find()) {
                        String owner = OWNER.get(tables.group(1).toLowerCase(Locale.ROOT));
                        if (owner != null && !owner.equals(module)) {
                            crossings.add(SOURCES.relativize(file) + " names " + tables.group(1) + " (" + owner + ")");
                        }
                    }
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        assertThat(crossings).as("SQL naming another module's tables").isEmpty();
    }

    @Test
    void sql_is_only_written_in_a_modules_internal_package() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("nl.pendel");
        noClasses()
                .that()
                .resideOutsideOfPackage("nl.pendel.*.internal..")
                .should()
                .dependOnClassesThat()
                .areAssignableTo(JdbcClient.class)
                .because("a module's stores and queries live in internal/, its public API offers records")
                .check(classes);
    }
}
