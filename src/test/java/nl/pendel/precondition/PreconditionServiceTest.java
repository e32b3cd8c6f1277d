package nl.pendel.precondition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import nl.pendel.IntegrationTest;
import nl.pendel.TestData;
import nl.pendel.account.PersonSummary;
import nl.pendel.course.CourseService;
import nl.pendel.course.CourseStatus;
import nl.pendel.shared.EditConflictException;
import nl.pendel.shared.UserFacingException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class PreconditionServiceTest {

    @Autowired
    PreconditionService preconditions;

    @Autowired
    CourseService courses;

    @Autowired
    TestData testData;

    @Test
    void the_team_average_and_count_are_computed_per_precondition_and_the_lead_is_kept_apart() {
        var fixture = testData.publishedUnscheduled(5);
        long courseId = fixture.course().id();
        List<PersonSummary> p = fixture.participants();
        // ROOM 2, 4, 5 → 11/3; KNOWLEDGE 1, 2, 3, 4 → 2.5; LEADERSHIP 5, 5 → only two, hidden
        answer(
                p.get(0),
                courseId,
                rate(Precondition.ROOM, 2, "Te weinig tijd"),
                rate(Precondition.KNOWLEDGE, 1, ""),
                rate(Precondition.LEADERSHIP, 5, ""));
        answer(
                p.get(1),
                courseId,
                rate(Precondition.ROOM, 4, ""),
                rate(Precondition.KNOWLEDGE, 2, "Meer scholing"),
                rate(Precondition.LEADERSHIP, 5, ""));
        answer(p.get(2), courseId, rate(Precondition.ROOM, 5, ""), rate(Precondition.KNOWLEDGE, 3, ""));
        answer(
                p.get(3),
                courseId,
                rate(Precondition.KNOWLEDGE, 4, ""),
                new PreconditionAnswer(Precondition.COLLABORATION, null, "Vertrouwen groeit"));
        PersonSummary lead = testData.teamLead(fixture.team().id());
        answer(lead, courseId, rate(Precondition.ROOM, 1, "Lead-opmerking"), rate(Precondition.KNOWLEDGE, 5, ""));

        Comparison asLead = testData.runAs(lead.email(), () -> preconditions.comparison(courseId));
        assertThat(asLead.participantsAnswered()).isEqualTo(4);
        assertThat(asLead.participants()).isEqualTo(5);
        Comparison.Row room = row(asLead, Precondition.ROOM);
        assertThat(room.teamAverage()).isCloseTo(11.0 / 3, within(0.001));
        assertThat(room.teamCount()).isEqualTo(3);
        assertThat(room.leadRating()).isEqualTo(1.0);
        assertThat(room.leadCount()).isEqualTo(1);
        Comparison.Row knowledge = row(asLead, Precondition.KNOWLEDGE);
        assertThat(knowledge.teamAverage()).isCloseTo(2.5, within(0.001));
        assertThat(knowledge.teamCount()).isEqualTo(4);
        assertThat(knowledge.leadRating()).isEqualTo(5.0);
        Comparison.Row leadership = row(asLead, Precondition.LEADERSHIP);
        assertThat(leadership.teamAverage()).isNull();
        assertThat(leadership.teamCount()).isEqualTo(2);
        assertThat(leadership.leadRating()).isNull();
        Comparison.Row collaboration = row(asLead, Precondition.COLLABORATION);
        assertThat(collaboration.teamCount()).isZero();
        assertThat(collaboration.teamAverage()).isNull();

        // the participants' comments, without names, for the lead and the trainer; not the lead's own
        assertThat(asLead.commentsShown()).isTrue();
        assertThat(asLead.comments())
                .extracting(Comparison.AnonymousComment::text)
                .containsExactly("Te weinig tijd", "Meer scholing", "Vertrouwen groeit")
                .doesNotContain("Lead-opmerking");
        assertThat(asLead.comments())
                .extracting(Comparison.AnonymousComment::precondition)
                .containsExactly(Precondition.ROOM, Precondition.KNOWLEDGE, Precondition.COLLABORATION);
        Comparison asTrainer = testData.runAs(fixture.trainer().email(), () -> preconditions.comparison(courseId));
        assertThat(asTrainer.rows()).isEqualTo(asLead.rows());
        assertThat(asTrainer.comments()).isEqualTo(asLead.comments());

        // participants see the figures, not the comments
        Comparison asParticipant = testData.runAs(p.get(4).email(), () -> preconditions.comparison(courseId));
        assertThat(asParticipant.rows()).isEqualTo(asLead.rows());
        assertThat(asParticipant.commentsShown()).isFalse();
        assertThat(asParticipant.comments()).isEmpty();
    }

    @Test
    void the_team_figures_are_hidden_at_two_participants_and_shown_at_three() {
        var fixture = testData.publishedUnscheduled(4);
        long courseId = fixture.course().id();
        List<PersonSummary> p = fixture.participants();
        PersonSummary lead = testData.teamLead(fixture.team().id());
        answer(p.get(0), courseId, rate(Precondition.INFRASTRUCTURE, 3, "Sociale kaart is verouderd"));
        answer(p.get(1), courseId, rate(Precondition.INFRASTRUCTURE, 4, ""));

        Comparison two = testData.runAs(lead.email(), () -> preconditions.comparison(courseId));
        assertThat(two.participantsAnswered()).isEqualTo(2);
        assertThat(row(two, Precondition.INFRASTRUCTURE).teamAverage()).isNull();
        assertThat(row(two, Precondition.INFRASTRUCTURE).teamCount()).isEqualTo(2);
        assertThat(two.commentsShown()).isFalse();
        assertThat(two.comments()).isEmpty();

        answer(p.get(2), courseId, rate(Precondition.INFRASTRUCTURE, 2, ""));
        Comparison three = testData.runAs(lead.email(), () -> preconditions.comparison(courseId));
        assertThat(three.participantsAnswered()).isEqualTo(3);
        assertThat(row(three, Precondition.INFRASTRUCTURE).teamAverage()).isCloseTo(3.0, within(0.001));
        assertThat(row(three, Precondition.INFRASTRUCTURE).teamCount()).isEqualTo(3);
        assertThat(three.commentsShown()).isTrue();
        assertThat(three.comments())
                .containsExactly(
                        new Comparison.AnonymousComment(Precondition.INFRASTRUCTURE, "Sociale kaart is verouderd"));
    }

    @Test
    void a_stale_save_is_refused_and_nothing_of_it_is_stored() {
        var fixture = testData.publishedUnscheduled(3);
        long courseId = fixture.course().id();
        String email = fixture.participants().getFirst().email();
        MyAnswers first =
                testData.runAs(email, () -> preconditions.save(courseId, List.of(rate(Precondition.ROOM, 3, "")), 0));
        assertThat(first.version()).isEqualTo(1);

        assertThatThrownBy(() -> testData.runAs(
                        email, () -> preconditions.save(courseId, List.of(rate(Precondition.ROOM, 5, "")), 0)))
                .isInstanceOf(EditConflictException.class);
        MyAnswers second =
                testData.runAs(email, () -> preconditions.save(courseId, List.of(rate(Precondition.ROOM, 4, "")), 1));
        assertThat(second.version()).isEqualTo(2);
        assertThatThrownBy(() -> testData.runAs(
                        email, () -> preconditions.save(courseId, List.of(rate(Precondition.ROOM, 1, "")), 1)))
                .isInstanceOf(EditConflictException.class);

        MyAnswers stored = testData.runAs(email, () -> preconditions.mine(courseId));
        assertThat(stored.version()).isEqualTo(2);
        assertThat(stored.answers().get(Precondition.ROOM).rating()).isEqualTo(4);
        assertThat(stored.respondent()).isEqualTo(Respondent.PARTICIPANT);
        assertThat(stored.editable()).isTrue();
    }

    @Test
    void ratings_outside_one_to_five_and_long_comments_are_refused_and_partial_answers_are_fine() {
        var fixture = testData.publishedUnscheduled(3);
        long courseId = fixture.course().id();
        String email = fixture.participants().getFirst().email();
        for (int wrong : new int[] {0, 6}) {
            assertThatThrownBy(() -> testData.runAs(
                            email,
                            () -> preconditions.save(courseId, List.of(rate(Precondition.KNOWLEDGE, wrong, "")), 0)))
                    .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey())
                            .isEqualTo("precondition.error.rating-range"));
        }
        assertThatThrownBy(() -> testData.runAs(
                        email,
                        () -> preconditions.save(
                                courseId, List.of(rate(Precondition.KNOWLEDGE, 3, "x".repeat(501))), 0)))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("precondition.error.comment-too-long"));
        assertThat(testData.runAs(email, () -> preconditions.mine(courseId)).version())
                .isZero();

        MyAnswers partial = testData.runAs(
                email,
                () -> preconditions.save(
                        courseId,
                        List.of(
                                rate(Precondition.KNOWLEDGE, 5, "  " + "y".repeat(500) + "  "),
                                new PreconditionAnswer(Precondition.ROOM, null, "")),
                        0));
        assertThat(partial.answers()).containsOnlyKeys(Precondition.KNOWLEDGE);
        assertThat(testData.runAs(email, () -> preconditions.mine(courseId)).answers())
                .containsOnlyKeys(Precondition.KNOWLEDGE)
                .hasEntrySatisfying(
                        Precondition.KNOWLEDGE, a -> assertThat(a.comment()).hasSize(500));
    }

    @Test
    void only_the_course_people_take_part_and_trainers_only_read() {
        var fixture = testData.publishedUnscheduled(3);
        var other = testData.publishedUnscheduled(3);
        long courseId = fixture.course().id();
        PersonSummary otherLead = testData.teamLead(other.team().id());
        String outsider = other.participants().getFirst().email();
        for (String email : List.of(otherLead.email(), outsider)) {
            assertThatThrownBy(() -> testData.runAs(email, () -> preconditions.mine(courseId)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> testData.runAs(
                            email, () -> preconditions.save(courseId, List.of(rate(Precondition.ROOM, 3, "")), 0)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> testData.runAs(email, () -> preconditions.comparison(courseId)))
                    .isInstanceOf(AccessDeniedException.class);
        }
        String trainer = fixture.trainer().email();
        assertThat(testData.runAs(trainer, () -> preconditions.respondent(courseId)))
                .isEmpty();
        assertThatThrownBy(() -> testData.runAs(
                        trainer, () -> preconditions.save(courseId, List.of(rate(Precondition.ROOM, 3, "")), 0)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(testData.runAs(trainer, () -> preconditions.comparison(courseId))
                        .rows())
                .hasSize(5);
        PersonSummary ownLead = testData.teamLead(fixture.team().id());
        assertThat(testData.runAs(ownLead.email(), () -> preconditions.respondent(courseId)))
                .contains(Respondent.LEAD);
    }

    @Test
    void a_concept_course_is_not_open_to_the_team_yet() {
        var fixture = testData.course(3);
        long courseId = fixture.course().id();
        assertThatThrownBy(() ->
                        testData.runAs(fixture.participants().getFirst().email(), () -> preconditions.mine(courseId)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_participant_never_gets_another_participants_answers() {
        var fixture = testData.publishedUnscheduled(3);
        long courseId = fixture.course().id();
        PersonSummary first = fixture.participants().get(0);
        PersonSummary second = fixture.participants().get(1);
        answer(first, courseId, rate(Precondition.ROOM, 2, "Geheim"));

        MyAnswers mine = testData.runAs(second.email(), () -> preconditions.mine(courseId));
        assertThat(mine.answers()).isEmpty();
        assertThat(mine.version()).isZero();
        Comparison comparison = testData.runAs(second.email(), () -> preconditions.comparison(courseId));
        assertThat(comparison.comments()).isEmpty();
        assertThat(row(comparison, Precondition.ROOM).teamAverage()).isNull();

        // saving one's own answers starts a set of one's own, it does not touch the other's
        answer(second, courseId, rate(Precondition.ROOM, 5, ""));
        assertThat(testData.runAs(first.email(), () -> preconditions.mine(courseId))
                        .answers()
                        .get(Precondition.ROOM))
                .isEqualTo(new PreconditionAnswer(Precondition.ROOM, 2, "Geheim"));
    }

    @Test
    void a_closed_course_takes_no_more_answers() {
        var fixture = testData.publishedUnscheduled(3);
        long courseId = fixture.course().id();
        String email = fixture.participants().getFirst().email();
        answer(fixture.participants().getFirst(), courseId, rate(Precondition.ROOM, 2, ""));
        testData.runAs(fixture.trainer().email(), () -> {
            courses.changeStatus(courseId, courses.details(courseId).summary().version(), CourseStatus.RUNNING);
            courses.changeStatus(courseId, courses.details(courseId).summary().version(), CourseStatus.CLOSED);
        });
        assertThat(testData.runAs(email, () -> preconditions.mine(courseId)).editable())
                .isFalse();
        assertThatThrownBy(() -> testData.runAs(
                        email, () -> preconditions.save(courseId, List.of(rate(Precondition.ROOM, 3, "")), 1)))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("course.error.closed"));
    }

    private void answer(PersonSummary person, long courseId, PreconditionAnswer... answers) {
        testData.runAs(person.email(), () -> {
            long version = preconditions.mine(courseId).version();
            preconditions.save(courseId, new ArrayList<>(List.of(answers)), version);
        });
    }

    private static PreconditionAnswer rate(Precondition precondition, int rating, String comment) {
        return new PreconditionAnswer(precondition, rating, comment);
    }

    private static Comparison.Row row(Comparison comparison, Precondition precondition) {
        return comparison.rows().stream()
                .filter(r -> r.precondition() == precondition)
                .findFirst()
                .orElseThrow();
    }
}
