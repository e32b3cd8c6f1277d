package nl.pendel.programme.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Supplier;
import nl.pendel.IntegrationTest;
import nl.pendel.TestData;
import nl.pendel.programme.ContentLoadReport;
import nl.pendel.programme.ProgrammeService;
import nl.pendel.programme.ProgrammeVersionSummary;
import nl.pendel.programme.Questionnaire;
import nl.pendel.programme.Questionnaire.Kind;
import nl.pendel.security.SystemAuthentication;
import nl.pendel.shared.Translations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** Questionnaires in course-content/questionnaires/, and the programme naming its look-back (issue 19). */
@IntegrationTest
class QuestionnaireLoadingTest {

    @Autowired
    CourseContentLoader loader;

    @Autowired
    ProgrammeService programmes;

    @TempDir
    Path folder;

    @Test
    void the_korrewegwijk_programme_names_the_look_back_and_the_course_evaluation() {
        loader.load("classpath:course-content/");
        long korrewegwijk = latest("wij-korrewegwijk");

        Questionnaire lookBack = asAdmin(
                        () -> programmes.questionnaireOf(korrewegwijk, Questionnaire.Purpose.LOOK_BACK))
                .orElseThrow();
        assertThat(lookBack.key()).isEqualTo("terugblik");
        assertThat(lookBack.questions())
                .extracting(Questionnaire.Question::key, Questionnaire.Question::kind, Questionnaire.Question::required)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("meenemen", Kind.TEXT, false),
                        org.assertj.core.groups.Tuple.tuple("mis-ik-nog", Kind.TEXT, false),
                        org.assertj.core.groups.Tuple.tuple("cijfer", Kind.RATING, true));
        assertThat(lookBack.questions().getFirst().label()).isEqualTo("Wat neem ik mee?");
        assertThat(lookBack.questions().getFirst().maxLength()).isEqualTo(300);

        Questionnaire evaluation = asAdmin(
                        () -> programmes.questionnaireOf(korrewegwijk, Questionnaire.Purpose.COURSE_EVALUATION))
                .orElseThrow();
        assertThat(evaluation.key()).isEqualTo("cursusevaluatie");
        assertThat(evaluation.questions()).hasSizeBetween(5, 6);
        assertThat(evaluation.questions())
                .extracting(Questionnaire.Question::kind)
                .contains(Kind.TEXT, Kind.RATING);
    }

    @Test
    void a_changed_questionnaire_becomes_a_new_version_and_loading_it_again_adds_nothing() throws IOException {
        String key = TestData.unique("vragen").toLowerCase(Locale.ROOT);
        writeQuestionnaire(key, "Wat neem ik mee?");
        assertThat(loader.load(location()).newVersions()).containsExactly("questionnaire " + key + " v1");
        assertThat(loader.load(location()).newVersions()).isEmpty();

        writeQuestionnaire(key, "Wat neem jij mee?");
        assertThat(loader.load(location()).newVersions()).containsExactly("questionnaire " + key + " v2");
    }

    @Test
    void a_programme_names_its_look_back_and_the_newest_version_is_asked() throws IOException {
        String key = TestData.unique("prog").toLowerCase(Locale.ROOT);
        String questionnaire = key + "-terugblik";
        writeProgramme(key, "look-back: " + questionnaire + "\n");
        writeQuestionnaire(questionnaire, "Eerste vraag");
        ContentLoadReport first = loader.load(location());
        assertThat(first.problems()).isEmpty();
        long programme = latest(key);
        assertThat(asAdmin(() -> programmes.questionnaireOf(programme, Questionnaire.Purpose.LOOK_BACK))
                        .orElseThrow()
                        .questions()
                        .getFirst()
                        .label())
                .isEqualTo("Eerste vraag");
        assertThat(asAdmin(() -> programmes.questionnaireOf(programme, Questionnaire.Purpose.COURSE_EVALUATION)))
                .isEmpty();

        writeQuestionnaire(questionnaire, "Tweede vraag");
        loader.load(location());
        assertThat(latest(key)).as("the programme itself did not change").isEqualTo(programme);
        Questionnaire asked = asAdmin(() -> programmes.questionnaireOf(programme, Questionnaire.Purpose.LOOK_BACK))
                .orElseThrow();
        assertThat(asked.versionNo()).isEqualTo(2);
        assertThat(asked.questions().getFirst().label()).isEqualTo("Tweede vraag");
    }

    @Test
    void a_broken_questionnaire_and_an_unknown_look_back_are_reported_by_file_and_field() throws IOException {
        String key = TestData.unique("prog").toLowerCase(Locale.ROOT);
        writeProgramme(key, "look-back: " + key + "-bestaat-niet\n");
        Files.createDirectories(folder.resolve("questionnaires"));
        String broken = "questionnaires/" + key + "-kapot.yaml";
        Files.writeString(folder.resolve(broken), """
                key: %s-kapot
                title: Kapot
                questions:
                  - { key: een, kind: text, label: Zonder lengte }
                  - { key: twee, kind: slider, label: Onbekende soort }
                  - { key: een, kind: rating, label: Dubbel, max-length: 10 }
                """.formatted(key));
        ContentLoadReport report = loader.load(location());
        assertThat(report.problems())
                .extracting(p -> loader.describe(p, Translations.DUTCH))
                .containsExactlyInAnyOrder(
                        broken + ": questions[1].max-length: is verplicht",
                        broken + ": questions[2].kind: moet text of rating zijn",
                        // an unknown kind is read as text, which needs a length
                        broken + ": questions[2].max-length: is verplicht",
                        broken + ": questions[3].max-length: onbekend veld (typfout?)",
                        broken + ": questions[3].key: een komt meer dan eens voor",
                        "programmes/" + key + ".yaml: look-back: verwijst naar " + key
                                + "-bestaat-niet, dat niet bestaat of niet geladen kon worden");
        assertThat(report.newVersions()).contains("programme " + key + " v1");
        assertThat(asAdmin(() -> programmes.questionnaireOf(latest(key), Questionnaire.Purpose.LOOK_BACK)))
                .isEmpty();
    }

    private void writeQuestionnaire(String key, String firstLabel) throws IOException {
        Files.createDirectories(folder.resolve("questionnaires"));
        Files.writeString(folder.resolve("questionnaires/" + key + ".yaml"), """
                key: %s
                title: Terugblik
                questions:
                  - { key: meenemen, kind: text, label: "%s", max-length: 200 }
                  - { key: cijfer, kind: rating, label: Cijfer, required: true }
                """.formatted(key, firstLabel));
    }

    /** A programme with its framework and template, with extra top-level fields. */
    private void writeProgramme(String key, String extra) throws IOException {
        Files.createDirectories(folder.resolve("competence-frameworks"));
        Files.createDirectories(folder.resolve("plan-templates"));
        Files.createDirectories(folder.resolve("programmes"));
        Files.writeString(folder.resolve("competence-frameworks/" + key + ".yaml"), """
                key: %s
                title: Kader
                scale:
                  - { value: 1, label: Nog niet }
                  - { value: 2, label: Vanzelf }
                competences:
                  - code: "1"
                    short-title: Eén
                    title: De eerste competentie
                    orientation: preventive
                    indicators:
                      - { code: "1.1", text: Een indicator }
                """.formatted(key));
        Files.writeString(folder.resolve("plan-templates/" + key + ".yaml"), """
                key: %s
                title: Sjabloon
                sections:
                  - { key: titel, title: Werktitel, required: true }
                """.formatted(key));
        Files.writeString(folder.resolve("programmes/" + key + ".yaml"), """
                key: %s
                title: Testprogramma
                competence-framework: %s
                plan-template: %s
                %ssession-pattern:
                  subgroups: 1
                  slots:
                    - { subgroup: 1, day: 1, start: "09:00", end: "12:00" }
                meetings:
                  - title: Eerste
                    preparation:
                      title: Voorbereiding
                      instructions: Lees dit.
                    agenda: [Opening]
                """.formatted(key, key, key, extra));
    }

    private long latest(String key) {
        return asAdmin(programmes::latestVersions).stream()
                .filter(v -> v.key().equals(key))
                .findFirst()
                .map(ProgrammeVersionSummary::id)
                .orElseThrow();
    }

    private String location() {
        return folder.toUri().toString();
    }

    private static <T> T asAdmin(Supplier<T> work) {
        return SystemAuthentication.runAsAdministrator(work);
    }
}
