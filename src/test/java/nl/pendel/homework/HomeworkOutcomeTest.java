package nl.pendel.homework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import nl.pendel.IntegrationTest;
import nl.pendel.TestData;
import nl.pendel.TestData.CourseFixture;
import nl.pendel.account.PersonSummary;
import nl.pendel.course.CourseAccess;
import nl.pendel.course.CourseService;
import nl.pendel.shared.EditConflictException;
import nl.pendel.shared.UserFacingException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The trainer's judgement "voldaan" / "nog niet" given with the feedback, on the real MariaDB. */
@IntegrationTest
class HomeworkOutcomeTest {

    @Autowired
    TestData testData;

    @Autowired
    HomeworkService homework;

    @Autowired
    MyHomeworkService myHomework;

    @Autowired
    HomeworkReviewService review;

    @Autowired
    HomeworkFiguresService figures;

    @Autowired
    CourseService courses;

    @Test
    void voldaan_is_stored_without_words_and_the_participant_sees_it_and_can_no_longer_withdraw() {
        Setting s = handedIn(null);
        HomeworkReading reading = read(s);

        judge(s, reading, "", Outcome.VOLDAAN);

        MyHomework mine = mine(s);
        assertThat(Outcome.current(mine.submissions())).isEqualTo(Outcome.VOLDAAN);
        assertThat(mine.submissions().getFirst().feedback()).singleElement().satisfies(f -> assertThat(f.outcome())
                .isEqualTo(Outcome.VOLDAAN));
        assertThat(mine.canWithdraw()).isFalse();
        assertThatThrownBy(() -> testData.runAs(s.writer().email(), () -> {
                    homework.withdraw(s.courseId(), s.meetingId());
                    return null;
                }))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("homework.error.outcome-final"));
        assertThat(row(s).outcome()).isEqualTo(Outcome.VOLDAAN);
        assertThat(read(s).outcome()).isEqualTo(Outcome.VOLDAAN);
    }

    @Test
    void nog_niet_without_a_text_is_refused_in_dutch_and_nothing_is_stored() {
        Setting s = handedIn(null);
        HomeworkReading reading = read(s);

        for (String empty : List.of("", "   ", "\u00a0\n")) {
            assertThatThrownBy(() -> judge(s, reading, empty, Outcome.NOG_NIET))
                    .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey())
                            .isEqualTo("homework.error.outcome-needs-text"));
        }

        HomeworkReading after = read(s);
        assertThat(after.outcome()).isNull();
        assertThat(after.state()).isEqualTo(HomeworkState.SUBMITTED);
        assertThat(after.version()).isEqualTo(reading.version());
        assertThat(after.submissions().getFirst().feedback()).isEmpty();
    }

    @Test
    void after_nog_niet_the_participant_hands_in_again_and_the_trainer_then_marks_it_voldaan() {
        Setting s = handedIn(null);
        judge(s, read(s), "Beschrijf ook wat je *zelf* deed.", Outcome.NOG_NIET);

        MyHomework reopened = mine(s);
        assertThat(reopened.assignment().state()).isEqualTo(HomeworkState.DRAFT);
        assertThat(reopened.editable()).isTrue();
        assertThat(Outcome.current(reopened.submissions())).isEqualTo(Outcome.NOG_NIET);
        assertThat(reopened.draft())
                .as("the judged text is the start of the next version")
                .isEqualTo("Wat ik zag.");
        HomeworkRow waiting = row(s);
        assertThat(waiting.outcome()).isEqualTo(Outcome.NOG_NIET);
        assertThat(waiting.completion()).as("handed in once, so not missing").isEqualTo(Completion.ON_TIME);
        assertThat(read(s).state()).isEqualTo(HomeworkState.DRAFT);
        MeetingCompletion figure = testData.runAs(s.fixture().trainer().email(), () -> figures.completion(s.courseId()))
                .getFirst();
        assertThat(figure.onTime())
                .as("the completion figures count it as the overview does")
                .isEqualTo(1);
        assertThat(figure.missing() + figure.open())
                .isEqualTo(s.fixture().participants().size() - 1);

        testData.runAs(s.writer().email(), () -> {
            DraftSaved saved = homework.saveDraft(
                    s.courseId(), s.meetingId(), "Wat ik zag, en wat ik zelf deed.", reopened.version());
            return homework.submit(s.courseId(), s.meetingId(), saved.version(), false);
        });
        HomeworkReading second = read(s);
        assertThat(second.state()).isEqualTo(HomeworkState.SUBMITTED);
        assertThat(second.submissions()).extracting(Submission::number).containsExactly(2, 1);
        assertThat(second.submissions().get(1).withdrawnAt())
                .as("the judged version stays as it was")
                .isNull();

        judge(s, second, "Nu is het compleet.", Outcome.VOLDAAN);
        assertThat(Outcome.current(mine(s).submissions())).isEqualTo(Outcome.VOLDAAN);
        assertThat(row(s).outcome()).isEqualTo(Outcome.VOLDAAN);
        CourseAccess access = access(s, s.fixture().trainer().email());
        assertThat(testData.runAs(s.fixture().trainer().email(), () -> figures.outcomes(access)))
                .containsEntry(s.writer().id(), 1)
                .hasSize(s.fixture().participants().size());
    }

    @Test
    void a_trainer_of_another_course_and_a_participant_cannot_judge_and_nothing_is_stored() {
        Setting s = handedIn(null);
        HomeworkReading reading = read(s);
        PersonSummary otherTrainer = testData.trainer();
        long submission = reading.submissions().getFirst().id();

        assertThatThrownBy(() -> testData.runAs(
                        otherTrainer.email(),
                        () -> review.giveFeedback(
                                s.courseId(), submission, "Goed", Outcome.VOLDAAN, reading.version())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> testData.runAs(
                        s.writer().email(),
                        () -> review.giveFeedback(
                                s.courseId(), submission, "Zelf goed", Outcome.VOLDAAN, reading.version())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(read(s).outcome()).isNull();
        assertThat(read(s).version()).isEqualTo(reading.version());
    }

    @Test
    void two_trainers_judging_from_the_same_reading_the_second_gets_the_conflict_and_nothing_of_it_is_stored() {
        PersonSummary coTrainer = testData.trainer();
        Setting s = handedIn(coTrainer);
        HomeworkReading trainerReads = read(s);
        HomeworkReading coTrainerReads =
                testData.runAs(coTrainer.email(), () -> review.read(s.courseId(), s.homeworkId()));

        judge(s, trainerReads, "", Outcome.VOLDAAN);
        assertThatThrownBy(() -> testData.runAs(
                        coTrainer.email(),
                        () -> review.giveFeedback(
                                s.courseId(),
                                coTrainerReads.submissions().getFirst().id(),
                                "Nog niet genoeg.",
                                Outcome.NOG_NIET,
                                coTrainerReads.version())))
                .isInstanceOfSatisfying(EditConflictException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("error.edit-conflict"));

        HomeworkReading after = read(s);
        assertThat(after.outcome()).isEqualTo(Outcome.VOLDAAN);
        assertThat(after.state()).isEqualTo(HomeworkState.SUBMITTED);
        assertThat(after.submissions().getFirst().feedback()).hasSize(1);
        // read again, the co-trainer may change the judgement
        HomeworkReading fresh = testData.runAs(coTrainer.email(), () -> review.read(s.courseId(), s.homeworkId()));
        testData.runAs(
                coTrainer.email(),
                () -> review.giveFeedback(
                        s.courseId(),
                        fresh.submissions().getFirst().id(),
                        "Toch nog niet.",
                        Outcome.NOG_NIET,
                        fresh.version()));
        assertThat(read(s).outcome()).isEqualTo(Outcome.NOG_NIET);
    }

    @Test
    void the_outcome_counts_go_to_the_trainer_whole_and_to_a_participant_only_their_own() {
        Setting s = handedIn(null);
        judge(s, read(s), "", Outcome.VOLDAAN);
        PersonSummary other = s.fixture().participants().stream()
                .filter(p -> p.id() != s.writer().id())
                .findFirst()
                .orElseThrow();

        Map<Long, Integer> own = testData.runAs(
                s.writer().email(), () -> figures.outcomes(access(s, s.writer().email())));
        assertThat(own).containsExactly(Map.entry(s.writer().id(), 1));
        Map<Long, Integer> theirs = testData.runAs(other.email(), () -> figures.outcomes(access(s, other.email())));
        assertThat(theirs).containsExactly(Map.entry(other.id(), 0));
        CourseAccess access = access(s, s.fixture().trainer().email());
        PersonSummary stranger = testData.trainer();
        assertThatThrownBy(() -> testData.runAs(stranger.email(), () -> figures.outcomes(access)))
                .isInstanceOf(AccessDeniedException.class);
        int statements = testData.runAs(
                        s.fixture().trainer().email(),
                        () -> nl.pendel.SqlStatements.count(() -> figures.outcomes(access)))
                .statements();
        assertThat(statements).isEqualTo(1);
    }

    // ---- fixtures

    private record Setting(CourseFixture fixture, long meetingId, PersonSummary writer, long homeworkId) {
        long courseId() {
            return fixture.course().id();
        }
    }

    /** A published course of four; its first participant handed in the first meeting's homework. */
    private Setting handedIn(PersonSummary coTrainer) {
        CourseFixture fixture =
                coTrainer == null ? testData.course(4) : testData.course(4, testData.trainer(), coTrainer);
        testData.schedule(fixture, TestData.unique("Buurthuis"));
        testData.publish(fixture);
        long courseId = fixture.course().id();
        long meetingId = testData.runAs(fixture.trainer().email(), () -> courses.details(courseId))
                .meetings()
                .getFirst()
                .id();
        PersonSummary writer = fixture.participants().getFirst();
        testData.runAs(writer.email(), () -> {
            DraftSaved saved = homework.saveDraft(courseId, meetingId, "Wat ik zag.", 0);
            return homework.submit(courseId, meetingId, saved.version(), false);
        });
        long homeworkId = testData.runAs(fixture.trainer().email(), () -> review.overview(courseId, meetingId)).stream()
                .filter(r -> r.personId() == writer.id())
                .findFirst()
                .orElseThrow()
                .homeworkId();
        return new Setting(fixture, meetingId, writer, homeworkId);
    }

    private HomeworkReading read(Setting s) {
        return testData.runAs(s.fixture().trainer().email(), () -> review.read(s.courseId(), s.homeworkId()));
    }

    private void judge(Setting s, HomeworkReading reading, String text, Outcome outcome) {
        testData.runAs(
                s.fixture().trainer().email(),
                () -> review.giveFeedback(
                        s.courseId(), reading.submissions().getFirst().id(), text, outcome, reading.version()));
    }

    private MyHomework mine(Setting s) {
        return testData.runAs(s.writer().email(), () -> myHomework.mine(s.courseId(), s.meetingId()));
    }

    private HomeworkRow row(Setting s) {
        return testData
                .runAs(s.fixture().trainer().email(), () -> review.overview(s.courseId(), s.meetingId()))
                .stream()
                .filter(r -> r.personId() == s.writer().id())
                .findFirst()
                .orElseThrow();
    }

    private CourseAccess access(Setting s, String email) {
        return testData.runAs(email, () -> courses.accessOf(List.of(s.courseId())))
                .get(s.courseId());
    }
}
