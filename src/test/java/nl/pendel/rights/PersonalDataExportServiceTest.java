package nl.pendel.rights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import nl.pendel.IntegrationTest;
import nl.pendel.TestData;
import nl.pendel.account.PersonSummary;
import nl.pendel.shared.UserFacingException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Downloading all one's data: what is in it, who may, and that every export is recorded. */
@IntegrationTest
class PersonalDataExportServiceTest {

    @Autowired
    TestData testData;

    @Autowired
    FilledPerson filledPerson;

    @Autowired
    PersonalDataExportService exports;

    @Autowired
    PrivacyAuditService audit;

    @Test
    void a_person_downloads_everything_pendel_holds_about_them_as_json_with_their_attachments() throws IOException {
        FilledPerson.Filled filled = filledPerson.create();
        PersonSummary person = filled.person();

        DataExport export = testData.runAs(person.email(), () -> exports.exportMine());

        Map<String, byte[]> zip = unzip(export.content());
        assertThat(export.fileName())
                .startsWith("pendel-gegevens-" + person.id() + "-")
                .endsWith(".zip");
        assertThat(zip).containsKey(PersonalDataExportService.JSON_NAME);
        JsonNode json = new JsonMapper().readTree(zip.get(PersonalDataExportService.JSON_NAME));
        String text = json.toString();

        assertThat(json.get("format").asString()).isEqualTo(PersonalDataExportService.FORMAT);
        assertThat(json.at("/profile/email").asString()).isEqualTo(person.email());
        assertThat(json.at("/profile/display_name").asString()).isEqualTo(person.displayName());
        assertThat(json.at("/profile/team").asString())
                .isEqualTo(filled.course().fixture().team().name());
        assertThat(json.at("/profile/roles/0").asString()).isEqualTo("Deelnemer");
        assertThat(text).doesNotContain("password_hash").doesNotContain("$argon2");
        assertThat(json.at("/courses/0/title").asString())
                .isEqualTo(filled.course().fixture().course().title());
        assertThat(json.at("/subgroups/0/number").asInt()).isEqualTo(1);
        assertThat(json.at("/attendance/0/status").asString()).isEqualTo("Aanwezig");
        assertThat(json.at("/attendance/0/note").asString()).isEqualTo(FilledPerson.ATTENDANCE_NOTE);

        JsonNode handedIn = json.at("/homework/0");
        assertThat(handedIn.at("/submissions/0/body").asString()).isEqualTo(FilledPerson.HOMEWORK_TEXT);
        assertThat(handedIn.at("/submissions/0/feedback/0/body").asString()).isEqualTo(FilledPerson.FEEDBACK);
        assertThat(handedIn.at("/submissions/0/feedback/0/outcome").asString()).isEqualTo("VOLDAAN");
        assertThat(handedIn.at("/submissions/0/feedback/0/trainer").asString())
                .isEqualTo(filled.course().trainer().displayName());
        assertThat(json.at("/homework/1/draft_text").asString()).isEqualTo(FilledPerson.HOMEWORK_DRAFT);
        String path = handedIn.at("/attachments/0/path").asString();
        assertThat(path).startsWith("bijlagen/").endsWith("wijkverslag.pdf");
        assertThat(zip.get(path)).as("the attachment itself, byte for byte").isNotNull();
        assertThat(new String(zip.get(path), 0, 5)).isEqualTo("%PDF-");
        assertThat(export.files()).isEqualTo(1);

        JsonNode assessment = json.at("/self_assessment/self_assessments/0");
        assertThat(assessment.get("mastered").asString()).isEqualTo(FilledPerson.MASTERED);
        assertThat(assessment.get("development").asString()).isEqualTo(FilledPerson.DEVELOPMENT);
        assertThat(assessment.at("/goals/0/text").asString()).isEqualTo(FilledPerson.GOAL);
        assertThat(assessment.get("ratings").size()).isGreaterThan(10);
        assertThat(assessment.at("/ratings/0/rating").asInt()).isEqualTo(4);
        assertThat(json.at("/self_assessment/score_views/0/viewer").asString())
                .isEqualTo(filled.course().lead().displayName());

        assertThat(json.at("/preconditions/0/answers/0/comment").asString())
                .isEqualTo(FilledPerson.PRECONDITION_COMMENT);
        assertThat(json.at("/plans/section_versions_written/0/content").asString())
                .isEqualTo(FilledPerson.PLAN_TEXT);
        assertThat(json.at("/plans/comments/0/text").asString()).isEqualTo(FilledPerson.PLAN_COMMENT);
        assertThat(json.at("/plans/drafts/0/content").asString()).isEqualTo(FilledPerson.PLAN_DRAFT);
        assertThat(json.at("/notifications/mails").size())
                .as("the invitations publishing the course wrote to them")
                .isGreaterThan(0);
        assertThat(json.at("/notifications/mails/0/recipient").asString()).isEqualTo(person.email());
        assertThat(text)
                .doesNotContain("Collega beheerst")
                .doesNotContain(filled.colleague().email());
    }

    @Test
    void every_export_is_recorded_and_the_person_reads_who_downloaded_their_data() {
        FilledPerson.Filled filled = filledPerson.create();
        PersonSummary person = filled.person();

        testData.runAs(person.email(), () -> exports.exportMine());
        testData.runAs("beheerder@pendel.test", () -> exports.exportFor(person.id()));

        var aboutMe = testData.runAs(person.email(), () -> audit.aboutMe());
        assertThat(aboutMe).hasSize(2).allSatisfy(a -> {
            assertThat(a.kind()).isEqualTo(PrivacyActionKind.EXPORT);
            assertThat(a.subjectId()).isEqualTo(person.id());
        });
        assertThat(aboutMe.get(0).actorName())
                .as("newest first: the administrator")
                .isEqualTo("Ruud Postma");
        assertThat(aboutMe.get(1).actorId()).isEqualTo(person.id());
        assertThat(testData.runAs("beheerder@pendel.test", () -> audit.actions(person.id(), 0, 10)))
                .extracting(PrivacyAction::actorName)
                .containsExactly("Ruud Postma", person.displayName());
        assertThat(testData.runAs(filled.colleague().email(), () -> audit.aboutMe()))
                .as("the colleague's data was not exported")
                .isEmpty();
    }

    @Test
    void only_an_administrator_exports_someone_elses_data_and_nobody_exports_without_signing_in() {
        FilledPerson.Filled filled = filledPerson.create();
        long personId = filled.person().id();

        for (String email : new String[] {
            filled.colleague().email(),
            filled.course().trainer().email(),
            filled.course().lead().email()
        }) {
            assertThatThrownBy(() -> testData.runAs(email, () -> exports.exportFor(personId)))
                    .as(email)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> testData.runAs(email, () -> audit.actions(personId, 0, 10)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> testData.runAs(email, () -> audit.scoreViews(personId, 0, 10)))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> exports.exportMine()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> testData.runAs("beheerder@pendel.test", () -> exports.exportFor(999_999L)))
                .isInstanceOf(UserFacingException.class);
        assertThat(testData.runAs(filled.person().email(), () -> audit.aboutMe()))
                .as("refused exports are not recorded, since nothing was exported")
                .isEmpty();
    }

    static Map<String, byte[]> unzip(byte[] content) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.put(entry.getName(), zip.readAllBytes());
            }
        }
        return entries;
    }
}
