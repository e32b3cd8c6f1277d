package nl.pendel.runsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.pendel.IntegrationTest;
import nl.pendel.TestData;
import nl.pendel.TestData.CourseFixture;
import nl.pendel.account.PersonSummary;
import nl.pendel.course.CourseService;
import nl.pendel.programme.AgendaLead;
import nl.pendel.shared.EditConflictException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class RunSheetServiceTest {

    @Autowired
    RunSheetService runSheets;

    @Autowired
    CourseService courses;

    @Autowired
    TestData testData;

    @Test
    void until_a_trainer_changes_it_the_run_sheet_is_read_from_the_programme_with_its_minutes_leads_and_needs() {
        CourseFixture fixture = testData.course(4);
        long meeting = firstMeeting(fixture);

        RunSheetPage page = as(fixture, () -> runSheets.page(fixture.course().id(), meeting));

        assertThat(page.stored()).isFalse();
        assertThat(page.items()).hasSize(8);
        assertThat(page.items().getFirst())
                .isEqualTo(new RunSheetItem(
                        "Opening en bedoeling van de training",
                        15,
                        AgendaLead.TRAINER,
                        "",
                        "Beamer met de openingsdia's"));
        assertThat(page.items()).extracting(RunSheetItem::title).contains("Pauze");
        assertThat(page.totalMinutes()).isEqualTo(240);
        assertThat(page.leadName(page.items().getFirst()))
                .isEqualTo(fixture.trainer().displayName());
    }

    @Test
    void the_first_change_stores_the_courses_own_copy_and_later_changes_raise_its_version() {
        CourseFixture fixture = testData.course(4);
        long courseId = fixture.course().id();
        long meeting = firstMeeting(fixture);
        RunSheetPage read = as(fixture, () -> runSheets.page(courseId, meeting));
        List<RunSheetItem> items = new ArrayList<>(read.items());
        items.add(1, new RunSheetItem("Verhaal uit de wijk", 20, AgendaLead.GUEST, " Fatima El Amrani ", ""));
        items.removeLast();

        RunSheetPage saved = as(fixture, () -> runSheets.save(courseId, meeting, 0, items));
        RunSheetPage again = as(fixture, () -> runSheets.save(courseId, meeting, saved.version(), saved.items()));

        assertThat(saved.version()).isEqualTo(1);
        assertThat(again.version()).isEqualTo(2);
        assertThat(as(fixture, () -> runSheets.page(courseId, meeting)).items())
                .hasSize(8)
                .element(1)
                .isEqualTo(new RunSheetItem("Verhaal uit de wijk", 20, AgendaLead.GUEST, "Fatima El Amrani", ""));
        assertThat(saved.leadName(saved.items().get(1))).isEqualTo("Fatima El Amrani");
        assertThat(as(fixture, () -> runSheets.page(courseId, secondMeeting(fixture)))
                        .stored())
                .as("another meeting is still read from the programme")
                .isFalse();
    }

    @Test
    void a_save_on_a_stale_version_is_refused_and_stores_nothing() {
        CourseFixture fixture = testData.course(4);
        long courseId = fixture.course().id();
        long meeting = firstMeeting(fixture);
        List<RunSheetItem> items =
                as(fixture, () -> runSheets.page(courseId, meeting)).items();
        as(fixture, () -> runSheets.save(courseId, meeting, 0, items.subList(0, 3)));

        assertThatThrownBy(() -> as(fixture, () -> runSheets.save(courseId, meeting, 0, items.subList(0, 2))))
                .isInstanceOf(EditConflictException.class);
        RunSheetPage stored = as(fixture, () -> runSheets.page(courseId, meeting));
        assertThatThrownBy(() -> as(fixture, () -> runSheets.save(courseId, meeting, 7, items.subList(0, 1))))
                .isInstanceOf(EditConflictException.class);
        assertThat(as(fixture, () -> runSheets.page(courseId, meeting)).items()).hasSize(3);
        assertThat(stored.version()).isEqualTo(1);
    }

    @Test
    void another_courses_trainer_a_participant_and_another_courses_meeting_are_refused() {
        CourseFixture fixture = testData.course(4);
        CourseFixture other = testData.course(4);
        long courseId = fixture.course().id();
        long meeting = firstMeeting(fixture);
        List<RunSheetItem> items =
                as(fixture, () -> runSheets.page(courseId, meeting)).items();
        testData.publish(fixture);

        assertThatThrownBy(() -> as(other, () -> runSheets.page(courseId, meeting)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(other, () -> runSheets.save(courseId, meeting, 0, items)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> testData.runAs(
                        fixture.participants().getFirst().email(), () -> runSheets.page(courseId, meeting)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(fixture, () -> runSheets.page(courseId, firstMeeting(other))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as(fixture, () -> runSheets.page(courseId, meeting)).stored())
                .isFalse();
    }

    @Test
    void times_are_counted_from_the_start_of_the_chosen_session_morning_or_afternoon() {
        CourseFixture fixture = testData.published(8);
        long meeting = firstMeeting(fixture);

        RunSheetPage page = as(fixture, () -> runSheets.page(fixture.course().id(), meeting));

        assertThat(page.sessions())
                .extracting(RunSheetSession::start)
                .contains(LocalTime.of(8, 30), LocalTime.of(13, 0));
        assertThat(page.sessions()).allSatisfy(s -> assertThat(s.date()).isNotNull());
        assertThat(RunSheetPage.times(LocalTime.of(8, 30), page.items()))
                .startsWith(LocalTime.of(8, 30), LocalTime.of(8, 45), LocalTime.of(9, 25))
                .endsWith(LocalTime.of(12, 30));
        assertThat(RunSheetPage.times(LocalTime.of(13, 0), page.items()))
                .startsWith(LocalTime.of(13, 0), LocalTime.of(13, 15))
                .endsWith(LocalTime.of(17, 0));
    }

    @Test
    void before_the_meeting_is_scheduled_the_session_patterns_slots_give_the_times() {
        CourseFixture fixture = testData.course(4);

        RunSheetPage page = as(fixture, () -> runSheets.page(fixture.course().id(), firstMeeting(fixture)));

        assertThat(page.sessions())
                .extracting(RunSheetSession::start, RunSheetSession::subgroupNumber)
                .startsWith(
                        org.assertj.core.groups.Tuple.tuple(LocalTime.of(8, 30), 1),
                        org.assertj.core.groups.Tuple.tuple(LocalTime.of(13, 0), 2));
        assertThat(page.sessions()).allSatisfy(s -> assertThat(s.date()).isNull());
    }

    @Test
    void the_co_trainer_is_named_where_they_lead() {
        PersonSummary coTrainer = testData.trainer();
        CourseFixture fixture = testData.course(4, testData.trainer(), coTrainer);

        RunSheetPage page = as(fixture, () -> runSheets.page(fixture.course().id(), firstMeeting(fixture)));

        RunSheetItem history = page.items().stream()
                .filter(i -> i.lead() == AgendaLead.CO_TRAINER)
                .findFirst()
                .orElseThrow();
        assertThat(page.leadName(history)).isEqualTo(coTrainer.displayName());
        assertThat(page.coTrainerName()).isEqualTo(coTrainer.displayName());
    }

    @Test
    void the_pdf_reads_back_with_the_items_their_times_and_who_leads_them() throws IOException {
        CourseFixture fixture = testData.published(8);
        long courseId = fixture.course().id();
        long meeting = firstMeeting(fixture);
        List<RunSheetItem> items = new ArrayList<>(
                as(fixture, () -> runSheets.page(courseId, meeting)).items());
        items.set(2, new RunSheetItem("Beleid en context", 30, AgendaLead.GUEST, "Wijkwethouder Jansen", "Beamer"));
        as(fixture, () -> runSheets.save(courseId, meeting, 0, items));
        RunSheetPage page = as(fixture, () -> runSheets.page(courseId, meeting));
        int afternoon = indexOfStart(page, LocalTime.of(13, 0));

        RunSheetExport export =
                as(fixture, () -> runSheets.pdf(courseId, meeting, afternoon, Locale.forLanguageTag("nl")));

        assertThat(export.fileName()).startsWith("draaiboek-1-cursus-").endsWith(".pdf");
        try (PDDocument pdf = Loader.loadPDF(export.content())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("Draaiboek bijeenkomst 1: Beelden van preventief en omgevingsgericht werken")
                    .contains(fixture.course().title())
                    .contains("13:00–17:00, subgroep 2")
                    .contains("Tijd Onderdeel Wie leidt het Nodig")
                    .contains("13:00–13:15 Opening en bedoeling van de training Trainer: ")
                    .contains("13:55–14:25 Beleid en context Gast: Wijkwethouder Jansen Beamer")
                    .contains("Iedereen")
                    .contains("16:35–17:00 Uitleg vervolg en introductie van de huiswerkopdracht");
            assertThat(text.replace(" ", ""))
                    .as("the trainer's name (a long name wraps in its cell)")
                    .contains("Trainer:" + fixture.trainer().displayName().replace(" ", ""));
        }
    }

    private static int indexOfStart(RunSheetPage page, LocalTime start) {
        for (int i = 0; i < page.sessions().size(); i++) {
            if (page.sessions().get(i).start().equals(start)) {
                return i;
            }
        }
        throw new AssertionError("no session at " + start);
    }

    private long firstMeeting(CourseFixture fixture) {
        return as(fixture, () -> courses.details(fixture.course().id())
                .meetings()
                .getFirst()
                .id());
    }

    private long secondMeeting(CourseFixture fixture) {
        return as(
                fixture,
                () -> courses.details(fixture.course().id()).meetings().get(1).id());
    }

    private <T> T as(CourseFixture fixture, java.util.function.Supplier<T> work) {
        return testData.runAs(fixture.trainer().email(), work);
    }
}
