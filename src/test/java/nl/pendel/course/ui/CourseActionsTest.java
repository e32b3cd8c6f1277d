package nl.pendel.course.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.stream.Stream;
import nl.pendel.KaribuTest;
import nl.pendel.TestData;
import nl.pendel.account.PersonSummary;
import nl.pendel.course.CourseService;
import nl.pendel.course.CourseStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Publishing (confirmed, with what it mails) and deleting a course on its page (issue 16). */
class CourseActionsTest extends KaribuTest {

    @Autowired
    CourseService courses;

    @Autowired
    JdbcClient jdbc;

    @Test
    void publish_first_says_whom_it_invites_and_cancelling_publishes_and_mails_nothing() {
        var fixture = scheduled(8);
        login(fixture.trainer().email());
        open("cursussen/" + fixture.course().id());

        _click(_get(Button.class, spec -> spec.withText("Publiceren")));

        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getHeader(confirm)).isEqualTo("Cursus publiceren?");
        assertThat(paragraphs(confirm))
                .contains("8 deelnemers en 1 trainer krijgen een uitnodiging per mail voor 12 dagdelen: 36 mails, "
                        + "één per persoon per dagdeel, met de afspraak voor de agenda.")
                .contains("Trainers: " + fixture.trainer().displayName())
                .anyMatch(p -> p.startsWith("Subgroep 1: "))
                .anyMatch(p -> p.startsWith("Subgroep 4: "));
        ConfirmDialogKt._fireCancel(confirm);

        assertThat(status(fixture)).isEqualTo(CourseStatus.CONCEPT);
        assertThat(outbox(fixture).mails()).isZero();
    }

    @Test
    void confirming_publishes_and_says_what_went_to_the_outbox() {
        var fixture = scheduled(8);
        login(fixture.trainer().email());
        open("cursussen/" + fixture.course().id());
        _click(_get(Button.class, spec -> spec.withText("Publiceren")));

        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(status(fixture)).isEqualTo(CourseStatus.PUBLISHED);
        Outbox outbox = outbox(fixture);
        assertThat(outbox).isEqualTo(new Outbox(8 * 3 + 12, 9, 12));
        NotificationsKt.expectNotifications("Gepubliceerd: " + outbox.mails() + " uitnodigingen verstuurd aan "
                + outbox.people() + " mensen voor " + outbox.sessions() + " dagdelen.");
    }

    @Test
    void the_trainer_deletes_a_concept_course_after_confirming_and_lands_on_the_course_list() {
        var fixture = testData.course(2);
        long id = fixture.course().id();
        login(fixture.trainer().email());
        open("cursussen/" + id);

        _click(_get(Button.class, spec -> spec.withText("Cursus verwijderen")));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getHeader(confirm))
                .isEqualTo(fixture.course().title() + " verwijderen?");
        assertThat(courses.access(id)).isPresent();
        ConfirmDialogKt._fireConfirm(confirm);

        assertThat(courses.access(id)).isEmpty();
        assertThat(currentView()).isInstanceOf(CoursesView.class);
        NotificationsKt.expectNotifications(fixture.course().title() + " is verwijderd.");
    }

    @Test
    void a_published_course_has_no_delete_button_for_its_trainer_nor_for_the_team_lead() {
        var fixture = testData.course(2);
        long id = fixture.course().id();
        testData.publish(fixture);
        login(fixture.trainer().email());
        open("cursussen/" + id);
        assertThat(_find(Button.class, spec -> spec.withText("Cursus verwijderen")))
                .isEmpty();

        newBrowserSession();
        PersonSummary lead = testData.teamLead(fixture.team().id());
        login(lead.email());
        open("cursussen/" + id);
        assertThat(currentView()).isInstanceOf(CourseView.class);
        assertThat(_find(Button.class, spec -> spec.withText("Cursus verwijderen")))
                .isEmpty();
    }

    /** A concept course with its subgroups composed and its sessions scheduled (in 2027). */
    private TestData.CourseFixture scheduled(int participants) {
        var fixture = testData.course(participants);
        testData.schedule(fixture, TestData.unique("Wijkcentrum"));
        return fixture;
    }

    private CourseStatus status(TestData.CourseFixture fixture) {
        return testData.runAs(
                        fixture.trainer().email(),
                        () -> courses.summary(fixture.course().id()))
                .status();
    }

    record Outbox(int mails, int people, int sessions) {}

    /**
     * The invitations in the outbox for the fixture's people (all new, so all of this course): how
     * many, to how many people, for how many sessions (the session id is in each mail's dedupe key).
     */
    private Outbox outbox(TestData.CourseFixture fixture) {
        List<Long> people = Stream.concat(
                        fixture.participants().stream().map(PersonSummary::id),
                        Stream.of(fixture.trainer().id()))
                .toList();
        return jdbc.sql("""
                        select count(*), count(distinct person_id), count(distinct substring_index(dedupe_key, ':', 2))
                        from mail_outbox where kind = 'INVITATION' and person_id in (:people)""")
                .param("people", people)
                .query((rs, row) -> new Outbox(rs.getInt(1), rs.getInt(2), rs.getInt(3)))
                .single();
    }

    private static List<String> paragraphs(ConfirmDialog confirm) {
        return _find(confirm, Paragraph.class).stream().map(Paragraph::getText).toList();
    }
}
