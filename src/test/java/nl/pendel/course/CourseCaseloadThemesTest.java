package nl.pendel.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.pendel.IntegrationTest;
import nl.pendel.TestData;
import nl.pendel.programme.ProgrammeService;
import nl.pendel.programme.internal.CourseContentLoader;
import nl.pendel.security.SystemAuthentication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class CourseCaseloadThemesTest {

    @Autowired
    CourseService courses;

    @Autowired
    CourseMeetingService meetingService;

    @Autowired
    ProgrammeService programmes;

    @Autowired
    CourseContentLoader loader;

    @Autowired
    TestData testData;

    @TempDir
    Path folder;

    @Test
    void a_course_on_the_korrewegwijk_programme_has_its_caseload_themes_and_meeting_2_asks_for_them() {
        var fixture = testData.course(2);
        long id = fixture.course().id();
        String trainer = fixture.trainer().email();

        List<CaseloadTheme> themes = testData.runAs(trainer, () -> courses.caseloadThemes(id));
        assertThat(themes).hasSize(12);
        assertThat(themes.getFirst()).satisfies(theme -> {
            assertThat(theme.key()).isEqualTo("eenzaamheid");
            assertThat(theme.label()).isEqualTo("Eenzaamheid");
            assertThat(theme.description()).contains("netwerk");
        });
        assertThat(themes)
                .extracting(CaseloadTheme::label)
                .contains("Schulden en geldzorgen", "Mantelzorg en overbelasting", "Armoede bij kinderen");
        assertThat(testData.runAs(trainer, () -> courses.details(id)).meetings())
                .extracting(CourseDetails.Meeting::asksCaseloadThemes)
                .containsExactly(false, true, false);

        testData.publish(fixture);
        assertThat(testData.runAs(fixture.participants().getFirst().email(), () -> courses.caseloadThemes(id)))
                .isEqualTo(themes);
    }

    @Test
    void a_copied_course_keeps_the_themes_and_the_meetings_as_its_trainers_set_them() {
        var fixture = testData.course(2);
        long id = fixture.course().id();
        String trainer = fixture.trainer().email();
        var meetings = testData.runAs(trainer, () -> courses.details(id)).meetings();
        MeetingDraft second = MeetingDraft.of(meetings.get(1));
        second.setAsksCaseloadThemes(false);
        MeetingDraft third = MeetingDraft.of(meetings.get(2));
        third.setAsksCaseloadThemes(true);
        testData.runAs(trainer, () -> {
            meetingService.saveMeeting(id, second);
            meetingService.saveMeeting(id, third);
        });

        var draft = CourseDraft.of(fixture.course(), Set.of());
        draft.setTitle(TestData.unique("Kopie"));
        var copy = testData.runAs(trainer, () -> courses.copy(id, draft));

        assertThat(testData.runAs(trainer, () -> courses.details(copy.id())).meetings())
                .extracting(CourseDetails.Meeting::asksCaseloadThemes)
                .containsExactly(false, false, true);
        assertThat(testData.runAs(trainer, () -> courses.caseloadThemes(copy.id())))
                .isEqualTo(testData.runAs(trainer, () -> courses.caseloadThemes(id)))
                .hasSize(12);
    }

    @Test
    void a_participant_of_another_course_may_not_read_its_caseload_themes() {
        var fixture = testData.course(1);
        var other = testData.course(1);
        testData.publish(fixture);
        testData.publish(other);

        String stranger = other.participants().getFirst().email();
        assertThatThrownBy(() -> testData.runAs(
                        stranger, () -> courses.caseloadThemes(fixture.course().id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(testData.runAs(
                        stranger, () -> courses.caseloadThemes(other.course().id())))
                .isNotEmpty();
    }

    @Test
    void a_course_whose_programme_has_no_theme_list_has_no_themes_and_its_meetings_cannot_ask_for_them()
            throws IOException {
        var fixture = testData.course(1);
        String trainer = fixture.trainer().email();
        long versionId = programmeWithoutThemes();
        var draft = CourseDraft.of(fixture.course(), Set.of());
        draft.setProgrammeVersionId(versionId);
        draft.setTitle(TestData.unique("Zonder thema's"));
        var course = testData.runAs(trainer, () -> courses.create(draft));

        assertThat(testData.runAs(trainer, () -> courses.caseloadThemes(course.id())))
                .isEmpty();
        var meeting = testData.runAs(trainer, () -> courses.details(course.id()))
                .meetings()
                .getFirst();
        assertThat(meeting.asksCaseloadThemes()).isFalse();
        MeetingDraft asking = MeetingDraft.of(meeting);
        asking.setAsksCaseloadThemes(true);
        assertThatThrownBy(() -> testData.runAs(trainer, () -> meetingService.saveMeeting(course.id(), asking)))
                .hasMessage("course.error.no-caseload-themes");
    }

    /** Loads a one-meeting programme without a theme list, on the (unchanged) standard framework and template. */
    private long programmeWithoutThemes() throws IOException {
        String key = TestData.unique("zonder-themas").toLowerCase(Locale.ROOT);
        for (String file : List.of(
                "competence-frameworks/preventief-omgevingsgericht.yaml",
                "plan-templates/collectief-activiteitenplan.yaml")) {
            Files.createDirectories(folder.resolve(file).getParent());
            try (var in = getClass().getResourceAsStream("/course-content/" + file)) {
                Files.write(folder.resolve(file), in.readAllBytes());
            }
        }
        Files.createDirectories(folder.resolve("programmes"));
        Files.writeString(folder.resolve("programmes/" + key + ".yaml"), """
                key: %s
                title: Zonder thema's
                competence-framework: preventief-omgevingsgericht
                plan-template: collectief-activiteitenplan
                session-pattern:
                  subgroups: 1
                  slots:
                    - { subgroup: 1, day: 1, start: "09:00", end: "12:00" }
                meetings:
                  - title: Eerste
                    preparation: { title: Voorbereiding, instructions: Lees dit. }
                    agenda: [Opening]
                """.formatted(key));
        return SystemAuthentication.runAsAdministrator(() -> {
            loader.load(folder.toUri().toString());
            return programmes.latestVersions().stream()
                    .filter(v -> v.key().equals(key))
                    .findFirst()
                    .orElseThrow()
                    .id();
        });
    }
}
