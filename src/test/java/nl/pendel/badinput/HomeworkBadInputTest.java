package nl.pendel.badinput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import nl.pendel.IntegrationTest;
import nl.pendel.TestData;
import nl.pendel.course.CourseDetails;
import nl.pendel.course.CourseService;
import nl.pendel.homework.DraftSaved;
import nl.pendel.homework.HomeworkService;
import nl.pendel.homework.MyHomework;
import nl.pendel.homework.ThemeAnswer;
import nl.pendel.plan.PlanFixtures;
import nl.pendel.shared.UserFacingException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A participant's homework draft and own caseload themes, through the homework service, tried with
 * hostile input (issue 8): kept exactly as typed, or refused with the Dutch message and nothing
 * stored.
 */
@IntegrationTest
class HomeworkBadInputTest {

    @Autowired
    TestData testData;

    @Autowired
    PlanFixtures fixtures;

    @Autowired
    CourseService courses;

    @Autowired
    HomeworkService homework;

    @Autowired
    nl.pendel.homework.MyHomeworkService myHomework;

    @Test
    void the_draft_keeps_every_character_or_is_refused_in_dutch_and_left_unchanged() {
        var course = fixtures.published(8);
        String participant = course.member(1, 0).email();
        long courseId = course.id();
        long meetingId = meetings(course).getFirst().id();
        int inputs = 0;

        List<String> accepted = new ArrayList<>(BadInputs.ACCEPTED_TEXTS);
        accepted.add(BadInputs.WHITESPACE);
        accepted.add("");
        accepted.add(BadInputs.OVERLONG); // 10,001 characters: within the homework's 20,000
        accepted.add("🌱".repeat(HomeworkService.TEXT_MAX)); // 20,000 characters of two UTF-16 units each
        long version = 0;
        for (String text : accepted) {
            long expected = version;
            DraftSaved saved =
                    testData.runAs(participant, () -> homework.saveDraft(courseId, meetingId, text, expected));
            assertThat(saved.findings())
                    .as("no privacy finding in %s", abbreviated(text))
                    .isEmpty();
            version = saved.version();
            MyHomework mine = testData.runAs(participant, () -> myHomework.mine(courseId, meetingId));
            assertThat(mine.draft()).as("stored exactly: %s", abbreviated(text)).isEqualTo(text);
            assertThat(mine.version()).isEqualTo(version);
            inputs++;
        }

        String tooLong = BadInputs.dutch("homework.error.too-long", HomeworkService.TEXT_MAX);
        assertThat(tooLong).isEqualTo("Je tekst is te lang: hoogstens 20.000 tekens.");
        long stable = version;
        for (String text : List.of(
                "x".repeat(HomeworkService.TEXT_MAX + 1),
                "🌱".repeat(HomeworkService.TEXT_MAX + 1),
                "x".repeat(1_000_000))) {
            assertThatThrownBy(() ->
                            testData.runAs(participant, () -> homework.saveDraft(courseId, meetingId, text, stable)))
                    .isInstanceOfSatisfying(UserFacingException.class, e -> {
                        assertThat(e.messageKey()).isEqualTo("homework.error.too-long");
                        assertThat(BadInputs.dutch(e.messageKey(), e.arguments()))
                                .isEqualTo(tooLong);
                    });
            MyHomework mine = testData.runAs(participant, () -> myHomework.mine(courseId, meetingId));
            assertThat(mine.version()).as("nothing stored").isEqualTo(stable);
            assertThat(mine.draft()).isEqualTo(accepted.getLast());
            inputs++;
        }
        System.out.printf("bad input: homework draft, %d inputs%n", inputs);
    }

    @Test
    void own_caseload_themes_keep_every_character_or_are_refused_in_dutch_and_left_unchanged() {
        var course = fixtures.published(8);
        String participant = course.member(1, 0).email();
        long courseId = course.id();
        CourseDetails.Meeting meeting = meetings(course).stream()
                .filter(CourseDetails.Meeting::asksCaseloadThemes)
                .findFirst()
                .orElseThrow(() -> new AssertionError("the programme asks caseload themes at some meeting"));
        long meetingId = meeting.id();
        int inputs = 0;

        List<String> accepted = new ArrayList<>(BadInputs.ACCEPTED_TEXTS);
        accepted.add("🌱".repeat(ThemeAnswer.OWN_LABEL_MAX));
        accepted.add("x".repeat(ThemeAnswer.OWN_LABEL_MAX));
        for (String label : accepted) {
            testData.runAs(
                    participant,
                    () -> homework.saveThemes(courseId, meetingId, List.of(new ThemeAnswer(null, label, 3))));
            MyHomework mine = testData.runAs(participant, () -> myHomework.mine(courseId, meetingId));
            assertThat(mine.themes()).as("stored exactly: %s", label).containsExactly(new ThemeAnswer(null, label, 3));
            inputs++;
        }
        List<ThemeAnswer> all = BadInputs.ACCEPTED_TEXTS.stream()
                .map(label -> new ThemeAnswer(null, label, 1))
                .toList();
        testData.runAs(participant, () -> homework.saveThemes(courseId, meetingId, all));
        assertThat(testData.runAs(participant, () -> myHomework.mine(courseId, meetingId))
                        .themes())
                .as("all at once, in order")
                .containsExactlyElementsOf(all);
        inputs++;

        record Refusal(List<ThemeAnswer> themes, String dutch) {}
        List<Refusal> refusals = List.of(
                new Refusal(List.of(new ThemeAnswer(null, "", 1)), "Vul een thema in."),
                new Refusal(List.of(new ThemeAnswer(null, BadInputs.WHITESPACE, 1)), "Vul een thema in."),
                new Refusal(List.of(new ThemeAnswer(null, BadInputs.INVISIBLE, 1)), "Vul een thema in."),
                new Refusal(List.of(new ThemeAnswer(null, null, 1)), "Vul een thema in."),
                new Refusal(
                        List.of(new ThemeAnswer(null, "x".repeat(ThemeAnswer.OWN_LABEL_MAX + 1), 1)),
                        "Een thema is hoogstens 120 tekens."),
                new Refusal(
                        List.of(new ThemeAnswer(null, "🌱".repeat(ThemeAnswer.OWN_LABEL_MAX + 1), 1)),
                        "Een thema is hoogstens 120 tekens."),
                new Refusal(
                        List.of(new ThemeAnswer(null, BadInputs.OVERLONG, 1)), "Een thema is hoogstens 120 tekens."),
                new Refusal(
                        List.of(new ThemeAnswer(null, BadInputs.ARABIC, 1), new ThemeAnswer(null, BadInputs.ARABIC, 2)),
                        "Dit thema staat er al."),
                new Refusal(
                        List.of(new ThemeAnswer(null, "Schulden", 1), new ThemeAnswer(null, " schulden ", 2)),
                        "Dit thema staat er al."),
                new Refusal(
                        List.of(new ThemeAnswer(null, BadInputs.SCRIPT, 0)),
                        "Vul een aantal casussen in van 1 tot 999."),
                new Refusal(
                        List.of(new ThemeAnswer(null, BadInputs.SCRIPT, BadInputs.NEGATIVE)),
                        "Vul een aantal casussen in van 1 tot 999."),
                new Refusal(
                        List.of(new ThemeAnswer(null, BadInputs.SCRIPT, ThemeAnswer.MAX_CASES + 1)),
                        "Vul een aantal casussen in van 1 tot 999."),
                new Refusal(
                        List.of(new ThemeAnswer(BadInputs.SQL_OR, null, 1)), "Dit thema hoort niet bij deze cursus."));
        for (Refusal refusal : refusals) {
            assertThatThrownBy(() -> testData.runAs(
                            participant, () -> homework.saveThemes(courseId, meetingId, refusal.themes())))
                    .as(refusal.dutch())
                    .isInstanceOfSatisfying(
                            UserFacingException.class, e -> assertThat(BadInputs.dutch(e.messageKey(), e.arguments()))
                                    .isEqualTo(refusal.dutch()));
            assertThat(testData.runAs(participant, () -> myHomework.mine(courseId, meetingId))
                            .themes())
                    .as("nothing stored")
                    .containsExactlyElementsOf(all);
            inputs++;
        }
        System.out.printf("bad input: homework caseload themes, %d inputs%n", inputs);
    }

    private List<CourseDetails.Meeting> meetings(PlanFixtures.Course course) {
        return testData.runAs(course.trainer().email(), () -> courses.details(course.id()))
                .meetings();
    }

    private static String abbreviated(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "… (" + text.length() + ")" : text;
    }
}
