package nl.pendel.programme.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.Locale;
import nl.pendel.IntegrationTest;
import nl.pendel.TestData;
import nl.pendel.programme.ContentLoadReport;
import nl.pendel.programme.ProgrammeOutline;
import nl.pendel.programme.ProgrammeService;
import nl.pendel.programme.ProgrammeVersionSummary;
import nl.pendel.security.SystemAuthentication;
import nl.pendel.shared.Translations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class CourseContentLoaderTest {

    @Autowired
    CourseContentLoader loader;

    @Autowired
    ProgrammeService programmes;

    @TempDir
    Path folder;

    @Test
    void the_korrewegwijk_programme_loads_from_course_content_with_everything_in_it() {
        ContentLoadReport report = loader.load("classpath:course-content/");
        assertThat(report.problems()).isEmpty();
        assertThat(report.files())
                .containsExactlyInAnyOrder(
                        "caseload-themes/wij-casuistiek-thema-s.yaml",
                        "competence-frameworks/preventief-omgevingsgericht.yaml",
                        "plan-templates/collectief-activiteitenplan.yaml",
                        "programmes/wij-korrewegwijk.yaml",
                        "questionnaires/cursusevaluatie.yaml",
                        "questionnaires/terugblik.yaml");

        ProgrammeOutline outline = outline("wij-korrewegwijk");
        assertThat(outline.meetings())
                .extracting(ProgrammeOutline.Meeting::title)
                .containsExactly(
                        "Beelden van preventief en omgevingsgericht werken", "Aan de slag", "De krachten bundelen");
        assertThat(outline.meetings().get(1).preparationInstructions()).contains("caseload");
        assertThat(outline.meetings().getFirst().agenda()).hasSize(8);
        assertThat(outline.sessionPattern())
                .containsExactly(
                        new ProgrammeOutline.Slot(1, 1, LocalTime.of(8, 30), LocalTime.of(12, 30)),
                        new ProgrammeOutline.Slot(2, 1, LocalTime.of(13, 0), LocalTime.of(17, 0)),
                        new ProgrammeOutline.Slot(3, 2, LocalTime.of(8, 30), LocalTime.of(12, 30)),
                        new ProgrammeOutline.Slot(4, 2, LocalTime.of(13, 0), LocalTime.of(17, 0)));
        assertThat(outline.framework().competences()).hasSize(4);
        assertThat(outline.framework().competences())
                .extracting(ProgrammeOutline.Competence::orientation)
                .containsExactly(
                        ProgrammeOutline.Orientation.PREVENTIVE,
                        ProgrammeOutline.Orientation.ENVIRONMENT,
                        ProgrammeOutline.Orientation.ENVIRONMENT,
                        ProgrammeOutline.Orientation.PREVENTIVE);
        assertThat(outline.framework().competences().stream()
                        .mapToInt(c -> c.indicators().size())
                        .sum())
                .isEqualTo(18);
        assertThat(outline.framework().scale())
                .extracting(ProgrammeOutline.Level::label)
                .first()
                .isEqualTo("Doe ik nog niet");
        assertThat(outline.framework().scale())
                .extracting(ProgrammeOutline.Level::label)
                .last()
                .isEqualTo("Doe ik vanzelfsprekend en help anderen erbij");
        assertThat(outline.planTemplate().sections())
                .extracting(ProgrammeOutline.Section::key)
                .contains("gemeenschappelijke-vraag", "eigenaarschap", "evaluatie");
    }

    @Test
    void the_korrewegwijk_programme_loads_with_its_caseload_themes_and_meeting_2_asks_for_them() {
        loader.load("classpath:course-content/");
        ProgrammeOutline outline = outline("wij-korrewegwijk");

        assertThat(outline.meetings())
                .extracting(ProgrammeOutline.Meeting::asksCaseloadThemes)
                .containsExactly(false, true, false);
        ProgrammeOutline.CaseloadThemeList themes = outline.caseloadThemes();
        assertThat(themes).isNotNull();
        assertThat(themes.key()).isEqualTo("wij-casuistiek");
        assertThat(themes.themes()).hasSize(12);
        assertThat(themes.themes())
                .extracting(ProgrammeOutline.CaseloadTheme::key)
                .startsWith("eenzaamheid", "schulden-en-geldzorgen")
                .contains("taal-en-laaggeletterdheid", "digitale-vaardigheden", "armoede-bij-kinderen")
                .doesNotHaveDuplicates();
        assertThat(themes.themes().getFirst().label()).isEqualTo("Eenzaamheid");
        assertThat(themes.themes())
                .allSatisfy(theme -> assertThat(theme.description()).isNotBlank());
        assertThat(asAdmin(() -> programmes.caseloadThemes(themes.id()))).isEqualTo(themes.themes());
    }

    @Test
    void a_changed_caseload_theme_list_makes_a_new_programme_version() throws IOException {
        String key = TestData.unique("thema").toLowerCase(Locale.ROOT);
        writeValidContent(key, "Titel");
        writeThemeList(key, "eenzaamheid", "schulden");
        withCaseloadThemes(key, key);
        assertThat(loader.load(location()).newVersions())
                .containsExactlyInAnyOrder(
                        "competence framework " + key + " v1",
                        "plan template " + key + " v1",
                        "caseload themes " + key + " v1",
                        "programme " + key + " v1");
        assertThat(loader.load(location()).newVersions()).isEmpty();

        writeThemeList(key, "eenzaamheid", "schulden", "wonen");
        assertThat(loader.load(location()).newVersions())
                .containsExactly("caseload themes " + key + " v2", "programme " + key + " v2");

        assertThat(outline(key).caseloadThemes().versionNo()).isEqualTo(2);
        assertThat(outline(key).caseloadThemes().themes())
                .extracting(ProgrammeOutline.CaseloadTheme::key)
                .containsExactly("eenzaamheid", "schulden", "wonen");
        assertThat(outline(key).meetings().getFirst().asksCaseloadThemes()).isTrue();
    }

    @Test
    void a_programme_referring_to_an_unknown_caseload_theme_list_is_not_loaded() throws IOException {
        String key = TestData.unique("onbekend").toLowerCase(Locale.ROOT);
        writeValidContent(key, "Titel");
        withCaseloadThemes(key, "bestaat-niet");

        ContentLoadReport report = loader.load(location());

        assertThat(report.problems())
                .extracting(p -> loader.describe(p, Translations.DUTCH))
                .containsExactly("programmes/" + key + ".yaml: caseload-themes: verwijst naar bestaat-niet, dat niet"
                        + " bestaat of niet geladen kon worden");
        assertThat(report.newVersions()).noneMatch(v -> v.startsWith("programme "));
    }

    @Test
    void asking_for_caseload_themes_without_a_theme_list_is_reported_on_the_meeting() throws IOException {
        String key = TestData.unique("zonder").toLowerCase(Locale.ROOT);
        writeValidContent(key, "Titel");
        Path programme = folder.resolve("programmes/" + key + ".yaml");
        Files.writeString(
                programme,
                Files.readString(programme)
                        .replace(
                                "      title: Voorbereiding\n",
                                "      title: Voorbereiding\n      asks-caseload-themes: true\n"));

        ContentLoadReport report = loader.load(location());

        assertThat(report.problems())
                .extracting(p -> loader.describe(p, Translations.DUTCH))
                .containsExactly("programmes/" + key + ".yaml: meetings[1].preparation.asks-caseload-themes: kan alleen"
                        + " true zijn als het programma een lijst noemt bij caseload-themes");
        assertThat(report.newVersions()).noneMatch(v -> v.startsWith("programme "));
    }

    @Test
    void a_theme_list_with_a_duplicate_or_invalid_theme_key_or_a_too_long_label_is_not_loaded() throws IOException {
        String key = TestData.unique("dubbel").toLowerCase(Locale.ROOT);
        Files.createDirectories(folder.resolve("caseload-themes"));
        Files.writeString(folder.resolve("caseload-themes/" + key + ".yaml"), """
                key: %s
                title: Thema's
                themes:
                  - { key: eenzaamheid, label: Eenzaamheid }
                  - { key: eenzaamheid, label: Nog eens eenzaamheid }
                  - { key: Schulden, label: Schulden }
                  - { key: wonen, label: %s }
                  - { key: werk, label: Werk, omschrijving: typfout }
                """.formatted(key, "x".repeat(121)));

        ContentLoadReport report = loader.load(location());

        String file = "caseload-themes/" + key + ".yaml: ";
        assertThat(report.problems())
                .extracting(p -> loader.describe(p, Translations.DUTCH))
                .containsExactlyInAnyOrder(
                        file + "themes[2].key: eenzaamheid komt meer dan eens voor",
                        file + "themes[3].key: mag alleen kleine letters, cijfers en streepjes bevatten",
                        file + "themes[4].label: is langer dan 120 tekens",
                        file + "themes[5].omschrijving: onbekend veld (typfout?)");
        assertThat(report.newVersions()).isEmpty();
    }

    @Test
    void a_file_in_an_unknown_folder_names_the_caseload_themes_folder_too() throws IOException {
        Files.createDirectories(folder.resolve("themas"));
        Files.writeString(folder.resolve("themas/los.yaml"), "key: los\n");
        ContentLoadReport report = loader.load(location());
        assertThat(report.problems())
                .extracting(p -> loader.describe(p, Translations.DUTCH))
                .containsExactly("themas/los.yaml: staat niet in programmes/, competence-frameworks/, plan-templates/,"
                        + " caseload-themes/ of questionnaires/");
    }

    @Test
    void loading_the_same_content_again_adds_nothing() {
        loader.load("classpath:course-content/");
        long versions = asAdmin(programmes::countVersions);
        ContentLoadReport again = loader.load("classpath:course-content/");
        assertThat(again.newVersions()).isEmpty();
        assertThat(asAdmin(programmes::countVersions)).isEqualTo(versions);
    }

    @Test
    void changed_content_becomes_a_new_version_and_the_earlier_version_stays() throws IOException {
        String key = TestData.unique("test").toLowerCase(Locale.ROOT);
        writeValidContent(key, "Eerste titel");
        assertThat(loader.load(location()).newVersions())
                .containsExactly(
                        "competence framework " + key + " v1",
                        "plan template " + key + " v1",
                        "programme " + key + " v1");

        writeValidContent(key, "Tweede titel");
        assertThat(loader.load(location()).newVersions()).containsExactly("programme " + key + " v2");

        var versions =
                asAdmin(() -> programmes.versions(org.springframework.data.domain.Pageable.ofSize(1000))).stream()
                        .filter(v -> v.key().equals(key))
                        .toList();
        assertThat(versions).extracting(ProgrammeVersionSummary::versionNo).containsExactly(2, 1);
        assertThat(asAdmin(() -> programmes.outline(versions.get(1).id()))
                        .orElseThrow()
                        .meetings()
                        .getFirst()
                        .title())
                .isEqualTo("Eerste titel");
        assertThat(versions.get(0).latest()).isTrue();
        assertThat(versions.get(1).latest()).isFalse();
    }

    @Test
    void broken_file_is_reported_by_file_and_field_and_the_other_files_still_load() throws IOException {
        String key = TestData.unique("heel").toLowerCase(Locale.ROOT);
        writeValidContent(key, "Werkt");
        Files.writeString(folder.resolve("programmes/kapot.yaml"), """
                key: kapot
                title: Kapot programma
                competence-framework: %s
                plan-template: %s
                session-pattern:
                  subgroups: 2
                  slots:
                    - { subgroup: 1, day: 1, start: 9:30, end: "12:30" }
                    - { subgroup: 2, day: 1, start: "13:00", end: "12:00" }
                meetings:
                  - title: Eerste
                    preparation: { title: Voorbereiding, instructions: Lees dit. }
                    agenda: [Opening]
                  - theme: Geen titel
                    preparation: { title: Voorbereiding, instructions: Lees dit. }
                    agenda: [Opening]
                    agendaa: [typfout]
                """.formatted(key, key));
        Files.writeString(folder.resolve("plan-templates/syntax.yaml"), "key: [niet gesloten\n");

        ContentLoadReport report = loader.load(location());

        var dutch = report.problems().stream()
                .map(p -> loader.describe(p, Translations.DUTCH))
                .toList();
        assertThat(dutch)
                .contains(
                        "programmes/kapot.yaml: meetings[2].title: is verplicht",
                        "programmes/kapot.yaml: meetings[2].agendaa: onbekend veld (typfout?)",
                        "programmes/kapot.yaml: session-pattern.slots[1].start: moet een tijd zijn als \"08:30\" (met aanhalingstekens)",
                        "programmes/kapot.yaml: session-pattern.slots[2].end: het einde moet na het begin liggen");
        assertThat(dutch).anySatisfy(line -> assertThat(line)
                .startsWith("plan-templates/syntax.yaml: is geen geldige YAML (regel"));
        assertThat(loader.describe(report.problems().getFirst(), Locale.ENGLISH))
                .doesNotContain("verplicht");
        assertThat(report.newVersions()).contains("programme " + key + " v1");
        assertThat(report.newVersions()).noneMatch(v -> v.contains("kapot"));
    }

    @Test
    void programme_referring_to_a_missing_framework_is_not_loaded() throws IOException {
        String key = TestData.unique("los").toLowerCase(Locale.ROOT);
        writeValidContent(key, "Titel");
        Files.delete(folder.resolve("competence-frameworks/" + key + ".yaml"));
        ContentLoadReport report = loader.load(location());
        assertThat(report.problems())
                .extracting(p -> p.file() + " " + p.field() + " " + p.messageKey())
                .containsExactly("programmes/" + key + ".yaml competence-framework content.error.unknown-reference");
    }

    private void writeValidContent(String key, String firstMeetingTitle) throws IOException {
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
        Files.writeString(
                folder.resolve("programmes/" + key + ".yaml"), """
                key: %s
                title: Testprogramma
                competence-framework: %s
                plan-template: %s
                session-pattern:
                  subgroups: 1
                  slots:
                    - { subgroup: 1, day: 1, start: "09:00", end: "12:00" }
                meetings:
                  - title: %s
                    preparation:
                      title: Voorbereiding
                      instructions: Lees dit.
                    agenda: [Opening]
                """.formatted(key, key, key, firstMeetingTitle));
    }

    private void writeThemeList(String key, String... themeKeys) throws IOException {
        Files.createDirectories(folder.resolve("caseload-themes"));
        StringBuilder yaml = new StringBuilder("key: " + key + "\ntitle: Thema's\nthemes:\n");
        for (String themeKey : themeKeys) {
            yaml.append("  - { key: ")
                    .append(themeKey)
                    .append(", label: Thema ")
                    .append(themeKey)
                    .append(" }\n");
        }
        Files.writeString(folder.resolve("caseload-themes/" + key + ".yaml"), yaml.toString());
    }

    /** Lets the test programme refer to this theme list, and its first meeting ask for themes. */
    private void withCaseloadThemes(String programmeKey, String listKey) throws IOException {
        Path programme = folder.resolve("programmes/" + programmeKey + ".yaml");
        Files.writeString(
                programme,
                Files.readString(programme)
                        .replace("meetings:\n", "caseload-themes: " + listKey + "\nmeetings:\n")
                        .replace(
                                "      title: Voorbereiding\n",
                                "      title: Voorbereiding\n      asks-caseload-themes: true\n"));
    }

    private String location() {
        return folder.toUri().toString();
    }

    private ProgrammeOutline outline(String key) {
        return asAdmin(() -> programmes.latestVersions().stream()
                .filter(v -> v.key().equals(key))
                .findFirst()
                .flatMap(v -> programmes.outline(v.id()))
                .orElseThrow());
    }

    private static <T> T asAdmin(java.util.function.Supplier<T> work) {
        return SystemAuthentication.runAsAdministrator(work);
    }
}
