package nl.pendel.completion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import nl.pendel.IntegrationTest;
import nl.pendel.TestData;
import nl.pendel.TestData.CourseFixture;
import nl.pendel.account.PersonSummary;
import nl.pendel.completion.internal.CertificateStore;
import nl.pendel.shared.UserFacingException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Completion and certificates through the service, on the real MariaDB and the set day. */
@IntegrationTest
class CompletionServiceTest {

    @Autowired
    TestData testData;

    @Autowired
    CompletionService completion;

    @Autowired
    CertificateStore store;

    @Autowired
    CompletionFixtures fixtures;

    @Test
    void a_participant_who_met_every_criterion_completes_and_issuing_twice_gives_one_certificate() {
        CourseFixture fixture = fixtures.course(4);
        PersonSummary done = fixture.participants().get(0);
        PersonSummary missedTwo = fixture.participants().get(1);
        fixtures.complete(fixture, done, 2);
        fixtures.complete(fixture, missedTwo, 1);
        String trainer = fixture.trainer().email();
        long courseId = fixture.course().id();

        CourseCompletion page = testData.runAs(trainer, () -> completion.page(courseId));
        ParticipantCompletion completed = row(page, done);
        assertThat(completed.meetingsAttended()).isEqualTo(2);
        assertThat(completed.homeworkVoldaan()).isEqualTo(completed.assignments());
        assertThat(completed.startAssessment()).isTrue();
        assertThat(completed.endAssessment()).isTrue();
        assertThat(completed.planMet()).isTrue();
        assertThat(completed.completed()).as("one meeting missed is allowed").isTrue();
        assertThat(row(page, missedTwo).attendanceMet()).isFalse();
        assertThat(row(page, missedTwo).completed()).isFalse();
        assertThat(page.toIssue()).isEqualTo(1);

        assertThat(testData.runAs(trainer, () -> completion.issue(courseId))).isEqualTo(1);
        assertThat(testData.runAs(trainer, () -> completion.issue(courseId)))
                .as("issuing again adds only new completers")
                .isZero();
        CourseCompletion after = testData.runAs(trainer, () -> completion.page(courseId));
        assertThat(after.toIssue()).isZero();
        assertThat(row(after, done).registerNumber()).matches("PENDEL-2027-\\d{6,}");
        assertThat(row(after, missedTwo).registerNumber()).isNull();
    }

    private static ParticipantCompletion row(CourseCompletion page, PersonSummary person) {
        return page.participants().stream()
                .filter(r -> r.personId() == person.id())
                .findFirst()
                .orElseThrow();
    }

    private CourseFixture published() {
        CourseFixture fixture = testData.course(4);
        testData.schedule(fixture, TestData.unique("Buurthuis"));
        testData.publish(fixture);
        return fixture;
    }

    @Test
    void the_trainer_sees_every_participant_with_each_criterion_and_nobody_completed_yet() {
        CourseFixture fixture = published();
        CourseCompletion page = testData.runAs(
                fixture.trainer().email(),
                () -> completion.page(fixture.course().id()));

        assertThat(page.canIssue()).isTrue();
        assertThat(page.toIssue()).isZero();
        assertThat(page.participants())
                .extracting(ParticipantCompletion::personId)
                .containsExactlyInAnyOrderElementsOf(
                        fixture.participants().stream().map(PersonSummary::id).toList());
        ParticipantCompletion first = page.participants().getFirst();
        assertThat(first.meetings()).isEqualTo(3);
        assertThat(first.assignments())
                .as("meetings with a preparation assignment")
                .isPositive();
        assertThat(first.startAssessment()).isFalse();
        assertThat(first.planStatus()).isNull();
        assertThat(first.completed()).isFalse();
        assertThat(testData.runAs(
                        fixture.trainer().email(),
                        () -> completion.issue(fixture.course().id())))
                .as("nobody completed, nothing issued")
                .isZero();
    }

    @Test
    void a_participant_sees_only_their_own_row_and_the_lead_reads_all_without_issuing() {
        CourseFixture fixture = published();
        PersonSummary me = fixture.participants().getFirst();
        CourseCompletion mine = testData.runAs(
                me.email(), () -> completion.page(fixture.course().id()));
        assertThat(mine.participants())
                .singleElement()
                .extracting(ParticipantCompletion::personId)
                .isEqualTo(me.id());
        assertThat(mine.canIssue()).isFalse();
        assertThatThrownBy(() -> testData.runAs(
                        me.email(), () -> completion.issue(fixture.course().id())))
                .isInstanceOf(AccessDeniedException.class);

        PersonSummary lead = testData.teamLead(fixture.team().id());
        CourseCompletion leads = testData.runAs(
                lead.email(), () -> completion.page(fixture.course().id()));
        assertThat(leads.participants()).hasSize(4);
        assertThat(leads.canIssue()).isFalse();
        assertThatThrownBy(() -> testData.runAs(
                        lead.email(), () -> completion.issue(fixture.course().id())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void another_courses_trainer_and_participant_are_refused() {
        CourseFixture fixture = published();
        CourseFixture other = published();
        assertThatThrownBy(() -> testData.runAs(
                        other.trainer().email(),
                        () -> completion.page(fixture.course().id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> testData.runAs(
                        other.trainer().email(),
                        () -> completion.issue(fixture.course().id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> testData.runAs(
                        other.participants().getFirst().email(),
                        () -> completion.page(fixture.course().id())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_certificate_in_a_second_course_is_not_mixed_into_the_first() {
        CourseFixture first = published();
        CourseFixture second = published();
        PersonSummary p = second.participants().getFirst();
        testData.runAs(
                second.trainer().email(),
                () -> store.issue(
                        second.course().id(),
                        List.of(p.id()),
                        2026,
                        second.trainer().id(),
                        Instant.now()));

        assertThat(testData.runAs(
                                first.trainer().email(),
                                () -> completion.page(first.course().id()))
                        .participants())
                .allSatisfy(r -> assertThat(r.registerNumber()).isNull());
        assertThat(testData.runAs(
                                p.email(), () -> completion.page(second.course().id()))
                        .participants()
                        .getFirst()
                        .registerNumber())
                .startsWith("PENDEL-2026-");
    }

    @Test
    void the_participant_downloads_their_own_certificate_with_name_course_hours_and_number() throws Exception {
        CourseFixture fixture = published();
        PersonSummary me = fixture.participants().getFirst();
        testData.runAs(
                fixture.trainer().email(),
                () -> store.issue(
                        fixture.course().id(),
                        List.of(me.id()),
                        2026,
                        fixture.trainer().id(),
                        Instant.now()));
        String number = testData.runAs(
                        me.email(), () -> completion.page(fixture.course().id()))
                .participants()
                .getFirst()
                .registerNumber();

        CompletionService.CertificateFile file = testData.runAs(
                me.email(), () -> completion.myCertificate(fixture.course().id(), Locale.forLanguageTag("nl")));

        assertThat(file.fileName()).isEqualTo("certificaat-" + number + ".pdf");
        String text;
        try (PDDocument document = Loader.loadPDF(file.content())) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        assertThat(text)
                .contains("Certificaat van deelname")
                .contains(me.displayName())
                .contains(fixture.course().title())
                .contains("Registratienummer: " + number)
                .contains("Aantal uren bijgewoond: 0,0")
                .contains(fixture.trainer().displayName());

        PersonSummary other = fixture.participants().get(1);
        assertThatThrownBy(() -> testData.runAs(
                        other.email(),
                        () -> completion.myCertificate(fixture.course().id(), Locale.ROOT)))
                .as("a participant without a certificate gets none, never another's")
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("completion.error.no-certificate"));
    }
}
