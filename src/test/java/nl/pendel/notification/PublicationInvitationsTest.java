package nl.pendel.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import nl.pendel.IntegrationTest;
import nl.pendel.TestData;
import nl.pendel.account.PersonSummary;
import nl.pendel.course.CourseDraft;
import nl.pendel.course.CourseService;
import nl.pendel.course.CourseStatus;
import nl.pendel.course.InvitationsSent;
import nl.pendel.course.PublicationPreview;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What publishing a course says it mails, before (the preview the trainer confirms) and after (the
 * result), against what is in the outbox (issue 16).
 */
@IntegrationTest
class PublicationInvitationsTest {

    @Autowired
    CourseService courses;

    @Autowired
    TestData testData;

    @Autowired
    JdbcClient jdbc;

    @Test
    void the_preview_and_the_result_count_the_invitations_written_to_the_outbox() {
        var fixture = testData.course(8);
        testData.schedule(fixture, TestData.unique("Wijkcentrum"));
        String trainer = fixture.trainer().email();
        long id = fixture.course().id();

        PublicationPreview preview = testData.runAs(trainer, () -> courses.publicationPreview(id));
        assertThat(outbox(fixture)).isEqualTo(new InvitationsSent(0, 0, 0));
        var publication = testData.runAs(
                trainer, () -> courses.publish(id, courses.summary(id).version()));

        InvitationsSent inOutbox = outbox(fixture);
        assertThat(inOutbox).isEqualTo(new InvitationsSent(8 * 3 + 4 * 3, 9, 12));
        assertThat(publication.invitations()).isEqualTo(inOutbox);
        assertThat(publication.course().status()).isEqualTo(CourseStatus.PUBLISHED);
        assertThat(preview.invitations()).isEqualTo(inOutbox.invitations());
        assertThat(preview.sessions()).isEqualTo(inOutbox.sessions());
        assertThat(preview.participants()).isEqualTo(8);
        assertThat(preview.trainers()).containsExactly(fixture.trainer().displayName());
        assertThat(preview.subgroups())
                .extracting(PublicationPreview.Subgroup::number)
                .containsExactly(1, 2, 3, 4);
        assertThat(preview.subgroups().stream().flatMap(s -> s.names().stream()))
                .containsExactlyInAnyOrderElementsOf(fixture.participants().stream()
                        .map(PersonSummary::displayName)
                        .toList());
        assertThat(preview.uninvited()).isEmpty();
    }

    @Test
    void publishing_again_after_going_back_to_concept_sends_and_announces_nothing_new() {
        var fixture = testData.course(4);
        testData.schedule(fixture, TestData.unique("Wijkcentrum"));
        String trainer = fixture.trainer().email();
        long id = fixture.course().id();
        var first = testData.runAs(
                trainer, () -> courses.publish(id, fixture.course().version()));
        var back = testData.runAs(
                trainer, () -> courses.changeStatus(id, first.course().version(), CourseStatus.CONCEPT));

        PublicationPreview preview = testData.runAs(trainer, () -> courses.publicationPreview(id));
        var again = testData.runAs(trainer, () -> courses.publish(id, back.version()));

        assertThat(preview.invitations()).isZero();
        assertThat(preview.uninvited())
                .as("everyone had their invitation already: nobody is said to be without a session")
                .isEmpty();
        assertThat(again.invitations()).isEqualTo(new InvitationsSent(0, 0, 0));
        assertThat(outbox(fixture)).isEqualTo(first.invitations());
    }

    @Test
    void a_participant_added_after_the_subgroups_were_made_is_named_as_getting_no_invitation() {
        var fixture = testData.course(4);
        testData.schedule(fixture, TestData.unique("Wijkcentrum"));
        String trainer = fixture.trainer().email();
        long id = fixture.course().id();
        var latecomer = testData.person().team(fixture.team().id()).create();
        var draft = CourseDraft.of(
                fixture.course(),
                java.util.Set.copyOf(
                        Stream.concat(fixture.participants().stream().map(PersonSummary::id), Stream.of(latecomer.id()))
                                .toList()));
        draft.setTitle(fixture.course().title());
        testData.runAs(trainer, () -> courses.update(draft));

        PublicationPreview preview = testData.runAs(trainer, () -> courses.publicationPreview(id));

        assertThat(preview.uninvited()).containsExactly(latecomer.displayName());
        assertThat(preview.participants()).isEqualTo(4);
    }

    /** The invitations in the outbox to the fixture's people, new in every test, so all of this course. */
    private InvitationsSent outbox(TestData.CourseFixture fixture) {
        List<Long> people = Stream.concat(
                        fixture.participants().stream().map(PersonSummary::id),
                        Stream.of(fixture.trainer().id()))
                .toList();
        return jdbc.sql("""
                        select count(*), count(distinct person_id), count(distinct substring_index(dedupe_key, ':', 2))
                        from mail_outbox where kind = 'INVITATION' and person_id in (:people)""")
                .param("people", people)
                .query((rs, row) -> new InvitationsSent(rs.getInt(1), rs.getInt(2), rs.getInt(3)))
                .single();
    }
}
