package nl.pendel.material;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.pendel.IntegrationTest;
import nl.pendel.TestData;
import nl.pendel.TestData.CourseFixture;
import nl.pendel.course.CourseService;
import nl.pendel.shared.UserFacingException;
import nl.pendel.shared.files.FileKind;
import nl.pendel.shared.files.TestDocuments;
import nl.pendel.shared.files.UploadedFileInspector;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class MaterialServiceTest {

    @Autowired
    MaterialService materials;

    @Autowired
    CourseService courses;

    @Autowired
    TestData testData;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    nl.pendel.course.CourseDeletionService deletion;

    @Autowired
    nl.pendel.shared.Translations translations;

    @Autowired
    List<nl.pendel.shared.personaldata.PersonalData> parts;

    @Test
    void the_trainer_adds_a_file_and_a_link_and_the_courses_people_read_and_download_them() {
        CourseFixture fixture = testData.published(4);
        long courseId = fixture.course().id();
        long meeting = firstMeeting(fixture);
        byte[] pdf = TestDocuments.pdf("Dia's van bijeenkomst 1: de sociale kaart van de wijk.");

        Material file = as(fixture, () -> materials.addFile(courseId, meeting, "  ", "../dia's:1.pdf", pdf));
        Material link = as(
                fixture,
                () -> materials.addLink(courseId, meeting, " Literatuurlijst ", " https://wijk.example/lijst "));

        assertThat(file.fileName()).isEqualTo("dia's_1.pdf");
        assertThat(file.title()).as("without a title the file's name").isEqualTo("dia's_1.pdf");
        assertThat(file.kind()).isEqualTo(FileKind.PDF);
        assertThat(link.title()).isEqualTo("Literatuurlijst");
        assertThat(link.url()).isEqualTo("https://wijk.example/lijst");
        String participant = fixture.participants().getFirst().email();
        MaterialsPage page = testData.runAs(participant, () -> materials.page(courseId));
        assertThat(page.editable()).isFalse();
        assertThat(page.meetings().getFirst().materials())
                .extracting(Material::title)
                .containsExactly("dia's_1.pdf", "Literatuurlijst");
        assertThat(testData.runAs(participant, () -> materials.download(file.id()))
                        .content())
                .isEqualTo(pdf);
        String lead = testData.teamLead(fixture.team().id()).email();
        assertThat(testData.runAs(lead, () -> materials.ofMeetings(List.of(meeting))))
                .containsOnlyKeys(meeting);
    }

    @Test
    void a_file_too_big_of_a_wrong_type_or_renamed_is_refused_and_nothing_is_stored() {
        CourseFixture fixture = testData.course(2);
        long courseId = fixture.course().id();
        long meeting = firstMeeting(fixture);
        byte[] tooBig = new byte[UploadedFileInspector.MAX_BYTES + 1];
        System.arraycopy("%PDF-".getBytes(StandardCharsets.US_ASCII), 0, tooBig, 0, 5);

        assertRefused(
                fixture,
                () -> materials.addFile(courseId, meeting, null, "groot.pdf", tooBig),
                "upload.error.too-large");
        assertRefused(
                fixture,
                () -> materials.addFile(
                        courseId, meeting, null, "macro.exe", "MZ...".getBytes(StandardCharsets.US_ASCII)),
                "upload.error.type");
        assertRefused(
                fixture,
                () -> materials.addFile(
                        courseId, meeting, null, "dia.pdf", "plain text".getBytes(StandardCharsets.UTF_8)),
                "upload.error.renamed");
        assertRefused(
                fixture,
                () -> materials.addFile(courseId, meeting, null, "leeg.pdf", new byte[0]),
                "upload.error.empty");
        assertThat(stored(courseId)).isZero();
    }

    @Test
    void a_link_that_is_not_http_or_https_is_refused() {
        CourseFixture fixture = testData.course(2);
        long courseId = fixture.course().id();
        long meeting = firstMeeting(fixture);

        for (String url :
                List.of("javascript:alert(1)", "ftp://wijk.example/lijst", "file:///etc/passwd", "mailto:a@b.nl")) {
            assertRefused(
                    fixture, () -> materials.addLink(courseId, meeting, "Lijst", url), "material.error.url-scheme");
        }
        assertRefused(
                fixture, () -> materials.addLink(courseId, meeting, "Lijst", "https://"), "material.error.url-invalid");
        assertRefused(
                fixture,
                () -> materials.addLink(courseId, meeting, "Lijst", "wijk.example"),
                "material.error.url-scheme");
        assertThat(stored(courseId)).isZero();
    }

    @Test
    void a_bsn_in_a_files_text_refuses_it_and_nothing_is_stored() {
        CourseFixture fixture = testData.course(2);
        long courseId = fixture.course().id();
        long meeting = firstMeeting(fixture);
        byte[] pdf = TestDocuments.pdf("Casus: bewoner met BSN 111222333");

        assertRefused(
                fixture, () -> materials.addFile(courseId, meeting, "Casus", "casus.pdf", pdf), "privacy.refused");
        assertThat(stored(courseId)).isZero();
    }

    @Test
    void another_courses_trainer_and_a_participant_cannot_add_and_another_courses_participant_gets_not_found() {
        CourseFixture fixture = testData.published(2);
        CourseFixture other = testData.published(2);
        long courseId = fixture.course().id();
        long meeting = firstMeeting(fixture);
        Material file =
                as(fixture, () -> materials.addFile(courseId, meeting, "Dia's", "dia.pdf", TestDocuments.pdf("Dia")));
        String participant = fixture.participants().getFirst().email();
        String stranger = other.participants().getFirst().email();

        assertThatThrownBy(() -> as(other, () -> materials.addLink(courseId, meeting, "Lijst", "https://wijk.example")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> testData.runAs(
                        participant, () -> materials.addLink(courseId, meeting, "Lijst", "https://wijk.example")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> testData.runAs(participant, () -> {
                    materials.remove(courseId, file.id());
                    return null;
                }))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> testData.runAs(stranger, () -> materials.download(file.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> testData.runAs(stranger, () -> materials.page(courseId)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(testData.runAs(stranger, () -> materials.ofMeetings(List.of(meeting))))
                .isEmpty();
        assertThatThrownBy(() -> as(
                        other, () -> materials.addLink(other.course().id(), meeting, "Lijst", "https://wijk.example")))
                .as("a meeting of another course")
                .isInstanceOf(AccessDeniedException.class);
        assertThat(stored(courseId)).isOne();
    }

    @Test
    void the_trainer_removes_a_material_and_a_meeting_holds_at_most_its_limit() {
        CourseFixture fixture = testData.course(2);
        long courseId = fixture.course().id();
        long meeting = firstMeeting(fixture);
        for (int i = 0; i < Material.PER_MEETING_MAX; i++) {
            int n = i;
            as(fixture, () -> materials.addLink(courseId, meeting, "Link " + n, "https://wijk.example/" + n));
        }

        assertRefused(
                fixture,
                () -> materials.addLink(courseId, meeting, "Eén te veel", "https://wijk.example"),
                "material.error.too-many");
        long first = as(fixture, () -> materials.page(courseId))
                .meetings()
                .getFirst()
                .materials()
                .getFirst()
                .id();
        as(fixture, () -> {
            materials.remove(courseId, first);
            return null;
        });
        assertThat(stored(courseId)).isEqualTo(Material.PER_MEETING_MAX - 1);
    }

    @Test
    void deleting_a_concept_course_removes_its_materials() {
        CourseFixture fixture = testData.course(2);
        long courseId = fixture.course().id();
        long meeting = firstMeeting(fixture);
        as(fixture, () -> materials.addFile(courseId, meeting, "Dia's", "dia.pdf", TestDocuments.pdf("Dia")));
        as(fixture, () -> materials.addLink(courseId, meeting, "Lijst", "https://wijk.example"));

        testData.runAs(
                fixture.trainer().email(),
                () -> deletion.delete(courseId, courses.summary(courseId).version()));

        assertThat(stored(courseId)).isZero();
    }

    @Test
    void the_trainers_export_lists_what_they_added_and_erasure_removes_them_from_it_while_the_course_keeps_it() {
        CourseFixture fixture = testData.course(2);
        long courseId = fixture.course().id();
        long meeting = firstMeeting(fixture);
        as(fixture, () -> materials.addLink(courseId, meeting, "Literatuurlijst", "https://wijk.example/lijst"));
        nl.pendel.shared.personaldata.PersonalData part = parts.stream()
                .filter(p -> p.part().equals("materials"))
                .findFirst()
                .orElseThrow();
        long trainerId = fixture.trainer().id();
        var labels = new nl.pendel.shared.personaldata.ExportLabels(translations, java.util.Locale.of("nl"));

        assertThat(part.export(trainerId, labels).toString())
                .contains("Literatuurlijst")
                .contains("https://wijk.example/lijst");
        assertThat(part.erase(trainerId)).isOne();
        assertThat(part.export(trainerId, labels).toString()).doesNotContain("Literatuurlijst");
        assertThat(stored(courseId)).isOne();
    }

    private void assertRefused(CourseFixture fixture, java.util.function.Supplier<?> work, String key) {
        assertThatThrownBy(() -> as(fixture, work))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey())
                        .isEqualTo(key));
    }

    private long stored(long courseId) {
        return jdbc.sql("select count(*) from meeting_material where course_id = ?")
                .param(courseId)
                .query(Long.class)
                .single();
    }

    private <T> T as(CourseFixture fixture, java.util.function.Supplier<T> work) {
        return testData.runAs(fixture.trainer().email(), work);
    }

    private long firstMeeting(CourseFixture fixture) {
        return as(fixture, () -> courses.details(fixture.course().id())
                .meetings()
                .getFirst()
                .id());
    }
}
