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
import nl.pendel.homework.Feedback;
import nl.pendel.homework.HomeworkReading;
import nl.pendel.homework.HomeworkReviewService;
import nl.pendel.homework.HomeworkService;
import nl.pendel.homework.HomeworkState;
import nl.pendel.homework.MyHomework;
import nl.pendel.homework.Outcome;
import nl.pendel.homework.ThemeAnswer;
import nl.pendel.plan.PlanFixtures;
import nl.pendel.shared.UserFacingException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A participant's homework draft and own caseload themes, and the trainer's feedback with a
 * judgement ("voldaan" / "nog niet", issue 19), through the homework services, tried with hostile
 * input (issue 8): kept exactly as typed, or refused with the Dutch message and nothing
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

    @Autowired
    HomeworkReviewService review;

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

    @Test
    void feedback_with_a_judgement_keeps_every_character_or_is_refused_in_dutch_and_nothing_is_stored() {
        var course = fixtures.published(8);
        String trainer = course.trainer().email();
        String participant = course.member(1, 0).email();
        long courseId = course.id();
        long meetingId = meetings(course).getFirst().id();
        handIn(participant, courseId, meetingId, "Mijn voorbereiding.");
        int inputs = 0;

        // "voldaan" may come without words, and keeps every character it has
        List<String> accepted = new ArrayList<>(BadInputs.ACCEPTED_TEXTS);
        accepted.add("");
        accepted.add("x".repeat(Feedback.MAX));
        for (String text : accepted) {
            HomeworkReading before = reading(trainer, courseId, meetingId);
            Feedback given = testData.runAs(
                    trainer,
                    () -> review.giveFeedback(
                            courseId, before.submissions().getFirst().id(), text, Outcome.VOLDAAN, before.version()));
            assertThat(given.body()).as("stored exactly: %s", abbreviated(text)).isEqualTo(text);
            assertThat(given.outcome()).isEqualTo(Outcome.VOLDAAN);
            inputs++;
        }
        int stored = accepted.size();

        // "nog niet" needs words; too long, an identifier, a stale reading or an old version: refused
        HomeworkReading current = reading(trainer, courseId, meetingId);
        long submission = current.submissions().getFirst().id();
        List<Object[]> refused = List.of(
                new Object[] {"", Outcome.NOG_NIET, current.version(), "homework.error.outcome-needs-text"},
                new Object[] {
                    BadInputs.WHITESPACE, Outcome.NOG_NIET, current.version(), "homework.error.outcome-needs-text"
                },
                new Object[] {
                    BadInputs.INVISIBLE, Outcome.NOG_NIET, current.version(), "homework.error.outcome-needs-text"
                },
                new Object[] {"\n\t", Outcome.NOG_NIET, current.version(), "homework.error.outcome-needs-text"},
                new Object[] {
                    "x".repeat(Feedback.MAX + 1),
                    Outcome.NOG_NIET,
                    current.version(),
                    "homework.error.feedback-too-long"
                },
                new Object[] {
                    "x".repeat(Feedback.MAX + 1), Outcome.VOLDAAN, current.version(), "homework.error.feedback-too-long"
                },
                new Object[] {"Haar bsn is 111222333.", Outcome.NOG_NIET, current.version(), null},
                new Object[] {"Pas het aan.", Outcome.NOG_NIET, current.version() - 1, "error.edit-conflict"},
                new Object[] {"", Outcome.VOLDAAN, current.version() + 7, "error.edit-conflict"},
                new Object[] {BadInputs.WHITESPACE, null, current.version(), "homework.error.feedback-empty"});
        for (Object[] row : refused) {
            String text = (String) row[0];
            Outcome outcome = (Outcome) row[1];
            long version = (Long) row[2];
            assertThatThrownBy(() -> testData.runAs(
                            trainer, () -> review.giveFeedback(courseId, submission, text, outcome, version)))
                    .as("%s with %s", abbreviated(text), outcome)
                    .isInstanceOfSatisfying(UserFacingException.class, e -> {
                        if (row[3] != null) {
                            assertThat(e.messageKey()).isEqualTo(row[3]);
                        }
                        assertThat(BadInputs.dutch(e.messageKey(), e.arguments()))
                                .isNotBlank();
                    });
            inputs++;
        }
        HomeworkReading after = reading(trainer, courseId, meetingId);
        assertThat(after.version()).as("nothing stored by a refusal").isEqualTo(current.version());
        assertThat(after.state()).isEqualTo(HomeworkState.SUBMITTED);
        assertThat(after.outcome()).isEqualTo(Outcome.VOLDAAN);
        assertThat(after.submissions().getFirst().feedback()).hasSize(stored);

        // markup in a "nog niet" is kept as text; judging the version it replaced is refused
        Feedback notYet = testData.runAs(
                trainer,
                () -> review.giveFeedback(courseId, submission, BadInputs.SCRIPT, Outcome.NOG_NIET, after.version()));
        assertThat(notYet.body()).isEqualTo(BadInputs.SCRIPT);
        inputs++;
        handIn(participant, courseId, meetingId, "Aangepast.");
        HomeworkReading second = reading(trainer, courseId, meetingId);
        assertThatThrownBy(() -> testData.runAs(
                        trainer,
                        () -> review.giveFeedback(courseId, submission, "", Outcome.VOLDAAN, second.version())))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("homework.error.outcome-not-current"));
        inputs++;
        assertThat(reading(trainer, courseId, meetingId).outcome()).isEqualTo(Outcome.NOG_NIET);
        System.out.printf("bad input: homework feedback with a judgement, %d inputs%n", inputs);
    }

    /** Hands in the text as the next version (after "nog niet", from the re-opened draft). */
    private void handIn(String participant, long courseId, long meetingId, String text) {
        testData.runAs(participant, () -> {
            long version = myHomework.mine(courseId, meetingId).version();
            DraftSaved saved = homework.saveDraft(courseId, meetingId, text, version);
            return homework.submit(courseId, meetingId, saved.version(), false);
        });
    }

    /** The trainer's reading of the (only) participant's homework handed in for the meeting. */
    private HomeworkReading reading(String trainer, long courseId, long meetingId) {
        return testData.runAs(trainer, () -> {
            Long homeworkId = review.overview(courseId, meetingId).stream()
                    .filter(r -> r.homeworkId() != null && r.versions() > 0)
                    .findFirst()
                    .orElseThrow()
                    .homeworkId();
            return review.read(courseId, homeworkId);
        });
    }

    private List<CourseDetails.Meeting> meetings(PlanFixtures.Course course) {
        return testData.runAs(course.trainer().email(), () -> courses.details(course.id()))
                .meetings();
    }

    private static String abbreviated(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "… (" + text.length() + ")" : text;
    }
}
