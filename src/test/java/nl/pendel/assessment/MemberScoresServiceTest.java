package nl.pendel.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.pendel.IntegrationTest;
import nl.pendel.TestData;
import nl.pendel.TestData.CourseFixture;
import nl.pendel.account.PersonSummary;
import nl.pendel.programme.ProgrammeOutline;
import nl.pendel.shared.UserFacingException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** A team lead opening a member's scores: the audit log, the member's choice to share, and who may. */
@IntegrationTest
class MemberScoresServiceTest {

    @Autowired
    TestData testData;

    @Autowired
    SelfAssessmentService assessments;

    @Autowired
    MemberScoresService memberScores;

    @Test
    void every_opening_by_the_lead_is_logged_and_the_member_reads_who_looked_and_when() {
        var fixture = testData.published(4);
        PersonSummary lead = testData.teamLead(fixture.team().id());
        var member = fixture.participants().getFirst();
        var colleague = fixture.participants().get(1);
        Moment start = submitStart(fixture, member, "Gesprekken voeren", "Netwerk benutten", "Vaker de wijk in");
        long courseId = fixture.course().id();

        assertThat(testData.runAs(lead.email(), () -> memberScores.members(courseId)))
                .extracting(MemberScores.Member::personId, MemberScores.Member::submittedMoments)
                .contains(org.assertj.core.groups.Tuple.tuple(member.id(), 1))
                .hasSize(fixture.participants().size());
        assertThat(testData.runAs(member.email(), () -> memberScores.viewsOfMyScores()))
                .as("listing the members opens nobody's scores")
                .isEmpty();

        MemberScores scores = testData.runAs(lead.email(), () -> memberScores.open(courseId, member.id()));
        testData.runAs(lead.email(), () -> memberScores.open(courseId, member.id()));

        assertThat(scores.name()).isEqualTo(member.displayName());
        assertThat(scores.growth().moments()).containsExactly(MomentKind.START);
        assertThat(scores.growth().competences().getFirst().averages()).containsEntry(MomentKind.START, 3.0);
        List<MemberScores.View> views = testData.runAs(member.email(), () -> memberScores.viewsOfMyScores());
        assertThat(views).hasSize(2).allSatisfy(v -> {
            assertThat(v.viewerName()).isEqualTo(lead.displayName());
            assertThat(v.courseTitle()).isEqualTo(fixture.course().title());
        });
        assertThat(testData.runAs(colleague.email(), () -> memberScores.viewsOfMyScores()))
                .as("another member's log")
                .isEmpty();
        assertThat(start.kind()).isEqualTo(MomentKind.START);
    }

    @Test
    void the_own_words_reach_the_lead_only_while_the_member_shares_them() {
        var fixture = testData.published(4);
        PersonSummary lead = testData.teamLead(fixture.team().id());
        var member = fixture.participants().getFirst();
        Moment start = submitStart(fixture, member, "Gesprekken voeren", "Netwerk benutten", "Vaker de wijk in");
        long courseId = fixture.course().id();

        MemberScores notShared = testData.runAs(lead.email(), () -> memberScores.open(courseId, member.id()));
        assertThat(notShared.reflections()).isEmpty();
        assertThat(notShared.growth().goals()).as("goals are own words too").isEmpty();

        testData.runAs(member.email(), () -> memberScores.shareWithLead(courseId, start.id(), true));
        MemberScores shared = testData.runAs(lead.email(), () -> memberScores.open(courseId, member.id()));
        assertThat(shared.reflections())
                .containsExactly(
                        new MemberScores.SharedReflection(MomentKind.START, "Gesprekken voeren", "Netwerk benutten"));
        assertThat(shared.growth().goals()).extracting(Growth.GoalTrack::text).containsExactly("Vaker de wijk in");
        assertThat(testData.runAs(member.email(), () -> assessments.mine(courseId, start.id()))
                        .sharedWithLead())
                .isTrue();

        testData.runAs(member.email(), () -> memberScores.shareWithLead(courseId, start.id(), false));
        assertThat(testData.runAs(lead.email(), () -> memberScores.open(courseId, member.id()))
                        .reflections())
                .as("taken back")
                .isEmpty();
    }

    @Test
    void only_the_lead_of_the_courses_own_team_opens_scores_and_a_refusal_is_not_logged() {
        var fixture = testData.published(4);
        var other = testData.published(4);
        PersonSummary lead = testData.teamLead(fixture.team().id());
        PersonSummary otherLead = testData.teamLead(other.team().id());
        var member = fixture.participants().getFirst();
        var colleague = fixture.participants().get(1);
        PersonSummary notInCourse = testData.person().team(fixture.team().id()).create();
        submitStart(fixture, member, "", "", "doel");
        long courseId = fixture.course().id();

        assertThatThrownBy(() -> testData.runAs(otherLead.email(), () -> memberScores.open(courseId, member.id())))
                .as("the lead of another team")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> testData.runAs(otherLead.email(), () -> memberScores.members(courseId)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> testData.runAs(colleague.email(), () -> memberScores.open(courseId, member.id())))
                .as("a fellow participant")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(
                        () -> testData.runAs(fixture.trainer().email(), () -> memberScores.open(courseId, member.id())))
                .as("trainers read self-assessments on their own page")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> testData.runAs(lead.email(), () -> memberScores.open(courseId, notInCourse.id())))
                .as("a team member who is not in this course")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> testData.runAs(
                        lead.email(),
                        () -> memberScores.open(
                                other.course().id(),
                                other.participants().getFirst().id())))
                .as("the lead's own team is not this course's team")
                .isInstanceOf(AccessDeniedException.class);
        assertThat(testData.runAs(member.email(), () -> memberScores.viewsOfMyScores()))
                .as("nothing was opened")
                .isEmpty();
    }

    @Test
    void sharing_is_the_participants_own_and_needs_something_filled_in() {
        var fixture = testData.published(4);
        var member = fixture.participants().getFirst();
        var colleague = fixture.participants().get(1);
        var stranger = testData.published(4).participants().getFirst();
        Moment start = submitStart(fixture, member, "", "", "doel");
        long courseId = fixture.course().id();

        assertThatThrownBy(() ->
                        testData.runAs(colleague.email(), () -> memberScores.shareWithLead(courseId, start.id(), true)))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("assessment.error.share-nothing"));
        assertThatThrownBy(() ->
                        testData.runAs(stranger.email(), () -> memberScores.shareWithLead(courseId, start.id(), true)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(testData.runAs(member.email(), () -> assessments.mine(courseId, start.id()))
                        .sharedWithLead())
                .as("untouched by the others' attempts")
                .isFalse();
    }

    // ---- fixtures

    /** The start moment opened today and submitted by this participant: every indicator 3. */
    private Moment submitStart(
            CourseFixture fixture, PersonSummary participant, String mastered, String development, String goal) {
        long courseId = fixture.course().id();
        Moment start = testData.openMomentToday(fixture.trainer().email(), courseId, 0);
        ProgrammeOutline.Framework framework =
                testData.runAs(fixture.trainer().email(), () -> assessments.framework(courseId));
        Map<Long, Integer> all = new HashMap<>();
        framework.competences().forEach(c -> c.indicators().forEach(i -> all.put(i.id(), 3)));
        testData.runAs(participant.email(), () -> {
            long v = assessments.saveDraft(
                    courseId, start.id(), new AssessmentDraft(all, mastered, development, List.of(goal)), 0);
            assessments.submit(courseId, start.id(), v);
        });
        return start;
    }
}
