package nl.pendel.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.pendel.IntegrationTest;
import nl.pendel.TestData;
import nl.pendel.TestData.CourseFixture;
import nl.pendel.course.CourseService;
import nl.pendel.course.CourseStatus;
import nl.pendel.programme.ProgrammeOutline;
import nl.pendel.shared.EditConflictException;
import nl.pendel.shared.UserFacingException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Self-assessment moments, drafts, submitting, reopening, growth and access on the real MariaDB. */
@IntegrationTest
class SelfAssessmentServiceTest {

    @Autowired
    TestData testData;

    @Autowired
    SelfAssessmentService assessments;

    @Autowired
    CourseService courses;

    @Test
    void default_moments_lie_before_the_first_session_after_the_last_and_three_months_after_the_course() {
        var fixture = testData.published(4);
        List<Moment> moments = testData.runAs(
                fixture.trainer().email(),
                () -> assessments.moments(fixture.course().id()));

        assertThat(moments)
                .extracting(Moment::kind)
                .containsExactly(MomentKind.START, MomentKind.END, MomentKind.FOLLOW_UP);
        assertThat(moments.get(0).opensOn()).isEqualTo(LocalDate.of(2027, 1, 12));
        assertThat(moments.get(0).closesOn()).isEqualTo(LocalDate.of(2027, 1, 26));
        assertThat(moments.get(1).opensOn()).isEqualTo(LocalDate.of(2027, 3, 3));
        assertThat(moments.get(2).opensOn()).isEqualTo(LocalDate.of(2027, 6, 30));
        assertThat(testData.runAs(
                        fixture.trainer().email(),
                        () -> assessments.moments(fixture.course().id())))
                .as("made once")
                .isEqualTo(moments);
    }

    @Test
    void a_new_course_has_its_moments_at_once_and_they_follow_its_schedule_until_it_is_published() {
        var fixture = testData.course(4);
        long courseId = fixture.course().id();
        String trainer = fixture.trainer().email();
        List<Moment> atCreation = testData.runAs(trainer, () -> assessments.moments(courseId));
        assertThat(atCreation)
                .as("from the course's first and last day while it has no sessions")
                .extracting(Moment::kind, Moment::opensOn, Moment::closesOn)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                MomentKind.START, LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 11)),
                        org.assertj.core.groups.Tuple.tuple(
                                MomentKind.END, LocalDate.of(2027, 3, 31), LocalDate.of(2027, 4, 14)),
                        org.assertj.core.groups.Tuple.tuple(
                                MomentKind.FOLLOW_UP, LocalDate.of(2027, 6, 30), LocalDate.of(2027, 7, 14)));
        Moment end = atCreation.get(1);
        testData.runAs(
                trainer,
                () -> assessments.changeMoment(
                        courseId, end.id(), LocalDate.of(2027, 3, 20), LocalDate.of(2027, 4, 2), end.version()));

        testData.schedule(fixture, TestData.unique("Buurthuis"));
        List<Moment> scheduled = testData.runAs(trainer, () -> assessments.moments(courseId));
        assertThat(scheduled.get(0).opensOn()).isEqualTo(LocalDate.of(2027, 1, 12));
        assertThat(scheduled.get(0).closesOn()).isEqualTo(LocalDate.of(2027, 1, 26));
        assertThat(scheduled.get(0).version())
                .as("moved, so a form still showing the old period is refused")
                .isGreaterThan(atCreation.get(0).version());
        assertThat(scheduled.get(1).opensOn())
                .as("the period the trainer set stays")
                .isEqualTo(LocalDate.of(2027, 3, 20));

        testData.runAs(
                trainer,
                () -> courses.changeStatus(courseId, courses.summary(courseId).version(), CourseStatus.PUBLISHED));
        testData.schedule(fixture, TestData.unique("Buurthuis"), 1);
        assertThat(testData.runAs(trainer, () -> assessments.moments(courseId)))
                .as("published: the participants may have seen them, so they stay")
                .isEqualTo(scheduled);
    }

    @Test
    void reading_the_moments_and_my_self_assessments_writes_nothing() {
        var fixture = testData.published(4);
        var counted = testData.runAs(
                fixture.participants().getFirst().email(),
                () -> nl.pendel.SqlStatements.count(
                        () -> List.of(assessments.moments(fixture.course().id()), assessments.myCourses())));
        assertThat(counted.result().get(1)).hasSize(1);
        assertThat(counted.sql()).isNotEmpty().allSatisfy(sql -> assertThat(
                        sql.strip().toLowerCase(java.util.Locale.ROOT))
                .startsWith("select"));
    }

    @Test
    void a_half_filled_assessment_stays_a_draft_and_submitting_names_the_indicators_still_missing() {
        var fixture = testData.published(4);
        var participant = fixture.participants().getFirst();
        Moment start = openStart(fixture);
        ProgrammeOutline.Framework framework = framework(fixture);
        List<ProgrammeOutline.Indicator> indicators = indicators(framework);

        testData.runAs(participant.email(), () -> {
            Map<Long, Integer> some =
                    Map.of(indicators.get(0).id(), 3, indicators.get(1).id(), 4);
            long version = assessments.saveDraft(
                    fixture.course().id(),
                    start.id(),
                    new AssessmentDraft(some, "gesprekken", "netwerk", List.of()),
                    0);
            assertThatThrownBy(() -> assessments.submit(fixture.course().id(), start.id(), version))
                    .isInstanceOfSatisfying(UserFacingException.class, e -> {
                        assertThat(e.messageKey()).isEqualTo("assessment.error.missing");
                        assertThat((String) e.arguments()[0])
                                .contains(indicators.get(2).code())
                                .doesNotContain(indicators.get(0).code() + ",");
                    });
            MySelfAssessment draft = assessments.mine(fixture.course().id(), start.id());
            assertThat(draft.submitted()).isFalse();
            assertThat(draft.answers().ratings()).hasSize(2);
            assertThat(draft.answers().mastered()).isEqualTo("gesprekken");

            Map<Long, Integer> all = new HashMap<>();
            indicators.forEach(i -> all.put(i.id(), 3));
            long full = assessments.saveDraft(
                    fixture.course().id(),
                    start.id(),
                    new AssessmentDraft(all, "gesprekken", "netwerk", List.of()),
                    version);
            assertThatThrownBy(() -> assessments.submit(fixture.course().id(), start.id(), full))
                    .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey())
                            .isEqualTo("assessment.error.no-goal"));
            long withGoal = assessments.saveDraft(
                    fixture.course().id(),
                    start.id(),
                    new AssessmentDraft(all, "gesprekken", "netwerk", List.of("Vaker de wijk in")),
                    full);
            assertThatThrownBy(() -> assessments.saveDraft(
                            fixture.course().id(), start.id(), new AssessmentDraft(all, "", "", List.of()), full))
                    .as("a stale window")
                    .isInstanceOf(EditConflictException.class);
            assessments.submit(fixture.course().id(), start.id(), withGoal);
            assertThat(assessments.mine(fixture.course().id(), start.id()).submitted())
                    .isTrue();
            assertThat(assessments.mine(fixture.course().id(), start.id()).canReopen())
                    .isTrue();
            assessments.reopen(fixture.course().id(), start.id());
            assertThat(assessments.mine(fixture.course().id(), start.id()).editable())
                    .isTrue();
        });
    }

    @Test
    void levels_outside_the_scale_and_a_closed_moment_are_refused() {
        var fixture = testData.published(4);
        var participant = fixture.participants().getFirst();
        Moment start = openStart(fixture);
        List<ProgrammeOutline.Indicator> indicators = indicators(framework(fixture));
        Map<Long, Integer> wrong = Map.of(indicators.getFirst().id(), 9);
        assertThatThrownBy(() -> testData.runAs(
                        participant.email(),
                        () -> assessments.saveDraft(
                                fixture.course().id(), start.id(), new AssessmentDraft(wrong, "", "", List.of()), 0)))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("assessment.error.level"));
        Moment end = testData.runAs(
                        fixture.trainer().email(),
                        () -> assessments.moments(fixture.course().id()))
                .get(1);
        assertThatThrownBy(() -> testData.runAs(
                        participant.email(),
                        () -> assessments.saveDraft(
                                fixture.course().id(), end.id(), new AssessmentDraft(Map.of(), "", "", List.of()), 0)))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("assessment.error.closed"));
    }

    @Test
    void growth_is_the_average_per_competence_of_each_submitted_moment() {
        var fixture = testData.published(4);
        var participant = fixture.participants().getFirst();
        ProgrammeOutline.Framework framework = framework(fixture);
        Moment start = openStart(fixture);
        ProgrammeOutline.Competence first = framework.competences().getFirst();
        // start: every indicator of the first competence 2, then 3, 3, 4, ...; everything else 2
        Map<Long, Integer> atStart = new HashMap<>();
        indicators(framework).forEach(i -> atStart.put(i.id(), 2));
        List<ProgrammeOutline.Indicator> own = first.indicators();
        for (int i = 0; i < own.size(); i++) {
            atStart.put(own.get(i).id(), i == 0 ? 1 : 3);
        }
        double expected = (1 + 3.0 * (own.size() - 1)) / own.size();
        testData.runAs(participant.email(), () -> {
            long v = assessments.saveDraft(
                    fixture.course().id(), start.id(), new AssessmentDraft(atStart, "", "", List.of("doel")), 0);
            assessments.submit(fixture.course().id(), start.id(), v);
        });
        Moment end = testData.openMomentToday(
                fixture.trainer().email(), fixture.course().id(), 1);
        Map<Long, Integer> atEnd = new HashMap<>();
        indicators(framework).forEach(i -> atEnd.put(i.id(), 4));
        testData.runAs(participant.email(), () -> {
            MySelfAssessment mine = assessments.mine(fixture.course().id(), end.id());
            assertThat(mine.earlier()).isNotNull();
            assertThat(mine.earlier().kind()).isEqualTo(MomentKind.START);
            assertThat(mine.earlier().ratings().get(own.getFirst().id())).isEqualTo(1);
            assertThat(mine.earlier().goals()).containsExactly("doel");
            long v = assessments.saveDraft(
                    fixture.course().id(),
                    end.id(),
                    new AssessmentDraft(atEnd, "", "", List.of("doel 2"), Map.of(0, 3)),
                    0);
            assessments.submit(fixture.course().id(), end.id(), v);
        });

        Growth growth = testData.runAs(
                participant.email(), () -> assessments.myGrowth(fixture.course().id()));
        assertThat(growth.moments()).containsExactly(MomentKind.START, MomentKind.END);
        Growth.CompetenceGrowth competence = growth.competences().getFirst();
        assertThat(competence.averages().get(MomentKind.START))
                .isCloseTo(expected, org.assertj.core.data.Offset.offset(0.001));
        assertThat(competence.averages().get(MomentKind.END)).isEqualTo(4.0);
        assertThat(growth.competences().get(1).averages().get(MomentKind.START)).isEqualTo(2.0);
        assertThat(competence.indicators().getFirst().levels())
                .containsEntry(MomentKind.START, 1)
                .containsEntry(MomentKind.END, 4);
    }

    @Test
    void at_a_later_moment_the_earlier_goals_are_rated_and_growth_shows_how_far_each_got() {
        var fixture = testData.published(4);
        var participant = fixture.participants().getFirst();
        ProgrammeOutline.Framework framework = framework(fixture);
        Map<Long, Integer> all = new HashMap<>();
        indicators(framework).forEach(i -> all.put(i.id(), 3));
        Moment start = openStart(fixture);
        testData.runAs(participant.email(), () -> {
            long v = assessments.saveDraft(
                    fixture.course().id(),
                    start.id(),
                    new AssessmentDraft(all, "", "", List.of("Vaker de wijk in", "Sociale kaart kennen")),
                    0);
            assessments.submit(fixture.course().id(), start.id(), v);
        });
        Moment end = testData.openMomentToday(
                fixture.trainer().email(), fixture.course().id(), 1);
        testData.runAs(participant.email(), () -> {
            long onlyOne = assessments.saveDraft(
                    fixture.course().id(),
                    end.id(),
                    new AssessmentDraft(all, "", "", List.of("Netwerk blijven gebruiken"), Map.of(0, 4)),
                    0);
            assertThatThrownBy(() -> assessments.submit(fixture.course().id(), end.id(), onlyOne))
                    .as("the second goal of the start is not rated yet")
                    .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey())
                            .isEqualTo("assessment.error.goal-progress"));
            assertThatThrownBy(() -> assessments.saveDraft(
                            fixture.course().id(),
                            end.id(),
                            new AssessmentDraft(all, "", "", List.of("x"), Map.of(2, 3)),
                            onlyOne))
                    .as("there is no third goal")
                    .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey())
                            .isEqualTo("assessment.error.level"));
            assertThatThrownBy(() -> assessments.saveDraft(
                            fixture.course().id(),
                            end.id(),
                            new AssessmentDraft(all, "", "", List.of("x"), Map.of(1, 5)),
                            onlyOne))
                    .as("beyond the four steps")
                    .isInstanceOf(UserFacingException.class);
            assertThat(assessments
                            .mine(fixture.course().id(), end.id())
                            .answers()
                            .goalProgress())
                    .as("refused drafts changed nothing")
                    .isEqualTo(Map.of(0, 4));
            long both = assessments.saveDraft(
                    fixture.course().id(),
                    end.id(),
                    new AssessmentDraft(all, "", "", List.of("Netwerk blijven gebruiken"), Map.of(0, 4, 1, 2)),
                    onlyOne);
            assessments.submit(fixture.course().id(), end.id(), both);
        });

        Growth growth = testData.runAs(
                participant.email(), () -> assessments.myGrowth(fixture.course().id()));
        assertThat(growth.goals())
                .containsExactly(
                        new Growth.GoalTrack(MomentKind.START, "Vaker de wijk in", Map.of(MomentKind.END, 4)),
                        new Growth.GoalTrack(MomentKind.START, "Sociale kaart kennen", Map.of(MomentKind.END, 2)),
                        new Growth.GoalTrack(MomentKind.END, "Netwerk blijven gebruiken", Map.of()));
    }

    @Test
    void only_the_participant_sees_their_own_and_only_trainers_move_a_moment() {
        var fixture = testData.published(4);
        var other = testData.published(4);
        Moment start = openStart(fixture);
        var participant = fixture.participants().getFirst();
        var colleague = fixture.participants().get(1);
        testData.runAs(
                participant.email(),
                () -> assessments.saveDraft(
                        fixture.course().id(),
                        start.id(),
                        new AssessmentDraft(Map.of(), "alleen van mij", "", List.of()),
                        0));

        assertThat(testData.runAs(
                                colleague.email(),
                                () -> assessments.mine(fixture.course().id(), start.id()))
                        .answers()
                        .mastered())
                .as("a colleague gets their own, empty one")
                .isEmpty();
        assertThatThrownBy(() -> testData.runAs(
                        other.participants().getFirst().email(),
                        () -> assessments.mine(fixture.course().id(), start.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> testData.runAs(
                        fixture.trainer().email(),
                        () -> assessments.mine(fixture.course().id(), start.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> testData.runAs(
                        participant.email(),
                        () -> assessments.changeMoment(
                                fixture.course().id(), start.id(), start.opensOn(), start.closesOn(), start.version())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> testData.runAs(
                        fixture.trainer().email(),
                        () -> assessments.changeMoment(
                                fixture.course().id(), start.id(), start.closesOn(), start.opensOn(), start.version())))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("assessment.error.period"));
    }

    // ---- fixtures

    private Moment openStart(CourseFixture fixture) {
        return testData.openMomentToday(
                fixture.trainer().email(), fixture.course().id(), 0);
    }

    private ProgrammeOutline.Framework framework(CourseFixture fixture) {
        return testData.runAs(
                fixture.trainer().email(),
                () -> assessments.framework(fixture.course().id()));
    }

    private static List<ProgrammeOutline.Indicator> indicators(ProgrammeOutline.Framework framework) {
        return framework.competences().stream()
                .flatMap(c -> c.indicators().stream())
                .toList();
    }
}
