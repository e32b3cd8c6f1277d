package nl.pendel.rights;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import nl.pendel.IntegrationTest;
import nl.pendel.TestData;
import nl.pendel.account.Discipline;
import nl.pendel.account.OwnAccountService;
import nl.pendel.account.PersonSummary;
import nl.pendel.assessment.MomentKind;
import nl.pendel.assessment.ParticipantProgress;
import nl.pendel.attendance.AttendanceStatus;
import nl.pendel.course.CourseStatus;
import nl.pendel.homework.HomeworkState;
import nl.pendel.notification.Delivery;
import nl.pendel.notification.MailStatus;
import nl.pendel.notification.NotificationKind;
import nl.pendel.notification.NotificationPreferences;
import nl.pendel.plan.PlanStatus;
import nl.pendel.precondition.Precondition;
import nl.pendel.precondition.Respondent;
import nl.pendel.security.Role;
import nl.pendel.shared.Translations;
import nl.pendel.shared.files.FileKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A person reads their data export: statuses, kinds, roles and disciplines are worded as on
 * screen, in their own language, and none of Pendel's codes ({@code PRESENT}, {@code START},
 * {@code SOCIAL_WORKER}) is left in it.
 */
@IntegrationTest
class PersonalDataExportLabelsTest {

    /** Every enum whose values the export holds. */
    private static final List<Class<? extends Enum<?>>> EXPORTED = List.of(
            Discipline.class,
            Role.class,
            CourseStatus.class,
            AttendanceStatus.class,
            HomeworkState.class,
            FileKind.class,
            MomentKind.class,
            ParticipantProgress.State.class,
            PlanStatus.class,
            NotificationKind.class,
            Delivery.class,
            MailStatus.class,
            Respondent.class,
            Precondition.class,
            PrivacyActionKind.class);

    @Autowired
    TestData testData;

    @Autowired
    FilledPerson filledPerson;

    @Autowired
    PersonalDataExportService exports;

    @Autowired
    NotificationPreferences preferences;

    @Autowired
    OwnAccountService people;

    @Autowired
    Translations translations;

    @Test
    void an_export_with_data_in_every_module_holds_dutch_words_and_no_code() throws IOException {
        PersonSummary person = filled();

        JsonNode json = json(testData.runAs(person.email(), () -> exports.exportMine()));

        assertThat(strings(json)).doesNotContainAnyElementsOf(codes());
        assertThat(json.toString())
                .doesNotContain("SOCIAL_WORKER", "CO_TRAINER", "TEAM_LEAD", "FOLLOW_UP")
                .as("no missing translation")
                .doesNotContainPattern("![a-zA-Z_.-]+!");
        assertThat(json.at("/profile/roles/0").asString()).isEqualTo("Deelnemer");
        assertThat(json.at("/profile/discipline").asString())
                .isEqualTo(translations.getTranslation(person.discipline().translationKey(), Translations.DUTCH))
                .isNotEqualTo(person.discipline().name());
        assertThat(json.at("/profile/language").asString()).isEqualTo("Nederlands");
        assertThat(json.at("/courses/0/status").asString()).isEqualTo("Gepubliceerd");
        assertThat(json.at("/courses/0/role").asString()).isEqualTo("Deelnemer");
        assertThat(json.at("/attendance/0/status").asString()).isEqualTo("Aanwezig");
        assertThat(json.at("/homework/0/state").asString()).isEqualTo("Ingeleverd");
        assertThat(json.at("/homework/0/attachments/0/kind").asString()).isEqualTo("PDF-document");
        assertThat(json.at("/self_assessment/self_assessments/0/moment").asString())
                .isEqualTo("Begin van de cursus");
        assertThat(json.at("/self_assessment/self_assessments/0/state").asString())
                .isEqualTo("Ingeleverd");
        assertThat(json.at("/preconditions/0/respondent").asString()).isEqualTo("Deelnemer");
        assertThat(json.at("/preconditions/0/answers/0/precondition").asString())
                .isNotBlank()
                .isNotEqualTo(Precondition.ROOM.name());
        assertThat(json.at("/plans/plans_started/0/status").asString()).isEqualTo("Idee");
        assertThat(json.at("/notifications/preferences/0/kind").asString())
                .isEqualTo("Herinneringen voor een bijeenkomst");
        assertThat(json.at("/notifications/preferences/0/delivery").asString())
                .isEqualTo("In het dagelijkse overzicht");
        assertThat(json.at("/notifications/mails/0/kind").asString()).isEqualTo("Uitnodigingen voor bijeenkomsten");
        assertThat(json.at("/privacy_log/0/kind").asString()).isEqualTo("gegevens gedownload");
    }

    @Test
    void an_english_speaking_person_reads_english_words_also_when_an_administrator_downloads_for_them()
            throws IOException {
        PersonSummary person = filled();
        testData.runAs(person.email(), () -> people.changeOwnLanguage(Locale.ENGLISH));

        JsonNode json = json(testData.runAs("beheerder@pendel.test", () -> exports.exportFor(person.id())));

        assertThat(strings(json)).doesNotContainAnyElementsOf(codes());
        assertThat(json.at("/profile/roles/0").asString()).isEqualTo("Participant");
        assertThat(json.at("/profile/language").asString()).isEqualTo("English");
        assertThat(json.at("/attendance/0/status").asString()).isEqualTo("Present");
    }

    /** A participant with data in every module, one notification preference and one earlier export. */
    private PersonSummary filled() {
        PersonSummary person = filledPerson.create().person();
        testData.runAs(person.email(), () -> preferences.change(NotificationKind.REMINDER, Delivery.DIGEST));
        testData.runAs("beheerder@pendel.test", () -> exports.exportFor(person.id()));
        return person;
    }

    private static JsonNode json(DataExport export) throws IOException {
        return new JsonMapper()
                .readTree(
                        PersonalDataExportServiceTest.unzip(export.content()).get(PersonalDataExportService.JSON_NAME));
    }

    private static List<String> codes() {
        return EXPORTED.stream()
                .flatMap(type -> Arrays.stream(type.getEnumConstants()))
                .map(Enum::name)
                .toList();
    }

    /** Every text value in the document, however deep. */
    private static List<String> strings(JsonNode node) {
        List<String> found = new ArrayList<>();
        collect(node, found);
        return found;
    }

    private static void collect(JsonNode node, List<String> found) {
        if (node.isString()) {
            found.add(node.asString());
        }
        for (JsonNode child : node) {
            collect(child, found);
        }
    }
}
