package nl.pendel.badinput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import nl.pendel.IntegrationTest;
import nl.pendel.TestData;
import nl.pendel.course.CourseService;
import nl.pendel.programme.AgendaLead;
import nl.pendel.runsheet.RunSheetItem;
import nl.pendel.runsheet.RunSheetPage;
import nl.pendel.runsheet.RunSheetService;
import nl.pendel.shared.UserFacingException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The run sheet's item form (what, minutes, lead, guest's name, needs), tried with hostile input
 * through its service, which is where the form's checks live (issue 19).
 */
@IntegrationTest
class RunSheetBadInputTest {

    private static int inputs;

    @Autowired
    RunSheetService runSheets;

    @Autowired
    CourseService courses;

    @Autowired
    TestData testData;

    @AfterAll
    static void summary() {
        System.out.printf("bad input: run sheet item form, %d inputs%n", inputs);
    }

    @Test
    void hostile_texts_are_stored_exactly_in_the_item_the_guests_name_and_the_needs() {
        var fixture = testData.course(1);
        String trainer = fixture.trainer().email();
        long courseId = fixture.course().id();
        long meeting = meeting(trainer, courseId);
        List<String> texts = new ArrayList<>(BadInputs.ACCEPTED_TEXTS);
        texts.add("🌱".repeat(RunSheetItem.GUEST_MAX)); // at the shortest limit, counted in characters
        long version = 0;
        for (String text : texts) {
            inputs++;
            RunSheetItem item = new RunSheetItem(text, 30, AgendaLead.GUEST, text, text);
            long expected = version;
            RunSheetPage saved =
                    testData.runAs(trainer, () -> runSheets.save(courseId, meeting, expected, List.of(item)));
            version = saved.version();
            assertThat(testData.runAs(trainer, () -> runSheets.page(courseId, meeting))
                            .items())
                    .containsExactly(item);
        }
    }

    @Test
    void bad_items_get_a_dutch_message_naming_the_item_and_nothing_changes() {
        var fixture = testData.course(1);
        String trainer = fixture.trainer().email();
        long courseId = fixture.course().id();
        long meeting = meeting(trainer, courseId);
        RunSheetItem good = new RunSheetItem("Opening", 15, AgendaLead.TRAINER, "", "Beamer");
        RunSheetPage first = testData.runAs(trainer, () -> runSheets.save(courseId, meeting, 0, List.of(good)));

        record Case(List<RunSheetItem> items, String message) {}
        List<Case> cases = new ArrayList<>();
        for (String blank : List.of("", BadInputs.WHITESPACE, BadInputs.INVISIBLE)) {
            cases.add(new Case(
                    List.of(good, item(blank, 10, AgendaLead.ALL, "", "")),
                    BadInputs.dutch("runsheet.error.title-required", 2)));
            cases.add(new Case(
                    List.of(item("Gast vertelt", 10, AgendaLead.GUEST, blank, "")),
                    BadInputs.dutch("runsheet.error.guest-required", 1)));
        }
        cases.add(new Case(
                List.of(item(BadInputs.OVERLONG, 10, AgendaLead.ALL, "", "")),
                BadInputs.dutch("runsheet.error.title-too-long", 1, RunSheetItem.TITLE_MAX)));
        cases.add(new Case(
                List.of(item("🌱".repeat(RunSheetItem.TITLE_MAX + 1), 10, AgendaLead.ALL, "", "")),
                BadInputs.dutch("runsheet.error.title-too-long", 1, RunSheetItem.TITLE_MAX)));
        cases.add(new Case(
                List.of(item("Gast", 10, AgendaLead.GUEST, BadInputs.OVERLONG, "")),
                BadInputs.dutch("runsheet.error.guest-too-long", 1, RunSheetItem.GUEST_MAX)));
        cases.add(new Case(
                List.of(item("Pauze", 10, AgendaLead.ALL, "", BadInputs.OVERLONG)),
                BadInputs.dutch("runsheet.error.needs-too-long", 1, RunSheetItem.NEEDS_MAX)));
        cases.add(new Case(
                List.of(item("Eerste regel\nTweede regel", 10, AgendaLead.ALL, "", "")),
                BadInputs.dutch("runsheet.error.one-line", 1)));
        cases.add(new Case(
                List.of(item("Pauze", 10, AgendaLead.ALL, "", "Koffie\tthee")),
                BadInputs.dutch("runsheet.error.one-line", 1)));
        String range =
                BadInputs.dutch("runsheet.error.minutes-range", 1, RunSheetItem.MINUTES_MIN, RunSheetItem.MINUTES_MAX);
        for (int minutes :
                List.of(0, BadInputs.NEGATIVE, RunSheetItem.MINUTES_MAX + 1, Integer.MIN_VALUE, Integer.MAX_VALUE)) {
            cases.add(new Case(List.of(item("Pauze", minutes, AgendaLead.ALL, "", "")), range));
        }
        cases.add(
                new Case(List.of(item("Pauze", 10, null, "", "")), BadInputs.dutch("runsheet.error.lead-required", 1)));
        cases.add(new Case(Collections.singletonList(null), BadInputs.dutch("runsheet.error.title-required", 1)));
        cases.add(new Case(List.of(), BadInputs.dutch("runsheet.error.no-items")));
        cases.add(new Case(
                Collections.nCopies(RunSheetItem.ITEMS_MAX + 1, good),
                BadInputs.dutch("runsheet.error.too-many-items", RunSheetItem.ITEMS_MAX)));
        cases.add(new Case(
                Collections.nCopies(4, item("Werkplaats", 240, AgendaLead.ALL, "", "")),
                BadInputs.dutch("runsheet.error.total-too-long", RunSheetItem.TOTAL_MAX / 60)));
        for (Case c : cases) {
            inputs++;
            assertThatThrownBy(() -> testData.runAs(
                            trainer, () -> runSheets.save(courseId, meeting, first.version(), c.items())))
                    .isInstanceOfSatisfying(
                            UserFacingException.class, e -> assertThat(BadInputs.dutch(e.messageKey(), e.arguments()))
                                    .isEqualTo(c.message()));
            RunSheetPage stored = testData.runAs(trainer, () -> runSheets.page(courseId, meeting));
            assertThat(stored.version()).isEqualTo(first.version());
            assertThat(stored.items()).containsExactly(good);
        }
    }

    @Test
    void a_guests_name_is_dropped_when_no_guest_leads_and_texts_are_stripped() {
        var fixture = testData.course(1);
        String trainer = fixture.trainer().email();
        long courseId = fixture.course().id();
        long meeting = meeting(trainer, courseId);
        inputs++;

        RunSheetPage saved = testData.runAs(
                trainer,
                () -> runSheets.save(
                        courseId,
                        meeting,
                        0,
                        List.of(item("  Opening  ", 15, AgendaLead.TRAINER, "Piet", BadInputs.INVISIBLE))));

        assertThat(saved.items()).containsExactly(new RunSheetItem("Opening", 15, AgendaLead.TRAINER, "", ""));
    }

    private static RunSheetItem item(String title, int minutes, AgendaLead lead, String guest, String needs) {
        return new RunSheetItem(title, minutes, lead, guest, needs);
    }

    private long meeting(String trainer, long courseId) {
        return testData.runAs(
                trainer, () -> courses.details(courseId).meetings().getFirst().id());
    }
}
