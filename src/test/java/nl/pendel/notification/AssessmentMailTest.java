package nl.pendel.notification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.pendel.IntegrationTest;
import nl.pendel.MutableClock;
import nl.pendel.TestData;
import nl.pendel.account.PersonService;
import nl.pendel.assessment.AssessmentDraft;
import nl.pendel.assessment.Moment;
import nl.pendel.assessment.SelfAssessmentService;
import nl.pendel.notification.internal.AssessmentNotifier;
import nl.pendel.notification.internal.MailComposer;
import nl.pendel.notification.internal.NotificationDispatcher;
import nl.pendel.notification.internal.Outbox;
import nl.pendel.notification.internal.OutboxSender;
import nl.pendel.shared.Translations;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;

/** The notice that a self-assessment moment is open, as it arrives at a real SMTP server. */
@IntegrationTest
class AssessmentMailTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @Autowired
    TestData testData;

    @Autowired
    SelfAssessmentService assessments;

    @Autowired
    Outbox outbox;

    @Autowired
    NotificationDispatcher dispatcher;

    @Autowired
    MailComposer composer;

    @Autowired
    PersonService people;

    @Autowired
    Translations translations;

    @Autowired
    MailSettings settings;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    java.time.Clock clock;

    private MailServer server;
    private OutboxSender sender;

    @BeforeEach
    void startMailServer() {
        server = new MailServer().start();
        sender = server.sender(outbox, transactions, settings, clock, "assessment-test-sender");
    }

    @AfterEach
    void stopMailServer() {
        server.close();
    }

    @Test
    void participants_who_have_not_submitted_hear_once_that_the_moment_is_open_and_not_before() throws Exception {
        var fixture = testData.course(4);
        testData.schedule(fixture, TestData.unique("Buurthuis"));
        long courseId = fixture.course().id();
        testData.publish(fixture);
        LocalDate today = LocalDate.now(clock.withZone(AMSTERDAM));
        Moment start = testData.runAs(fixture.trainer().email(), () -> {
            Moment moment = assessments.moments(courseId).getFirst();
            return assessments.changeMoment(courseId, moment.id(), today, today.plusDays(7), moment.version());
        });
        var done = fixture.participants().get(0);
        var waiting = fixture.participants().get(1);
        Map<Long, Integer> all = new HashMap<>();
        testData.runAs(done.email(), () -> assessments.framework(courseId))
                .competences()
                .forEach(c -> c.indicators().forEach(i -> all.put(i.id(), 3)));
        testData.runAs(done.email(), () -> {
            long v = assessments.saveDraft(courseId, start.id(), new AssessmentDraft(all, "", "", List.of("doel")), 0);
            assessments.submit(courseId, start.id(), v);
        });

        MutableClock clock = new MutableClock(
                today.minusDays(1).atTime(9, 0).atZone(AMSTERDAM).toInstant());
        AssessmentNotifier notifier =
                new AssessmentNotifier(assessments, people, composer, dispatcher, translations, clock);
        notifier.planDue();
        drain();
        assertThat(notices(waiting.email())).as("the day before").isEmpty();

        clock.set(today.atTime(9, 0).atZone(AMSTERDAM).toInstant());
        notifier.planDue();
        notifier.planDue();
        drain();
        List<MimeMessage> mails = notices(waiting.email());
        assertThat(mails).hasSize(1);
        assertThat(MailServer.part(mails.getFirst(), "text/plain").orElseThrow())
                .contains("/zelfevaluatie/" + courseId + "/" + start.id());
        assertThat(notices(done.email())).isEmpty();
    }

    private List<MimeMessage> notices(String email) {
        return server.to(email).stream()
                .filter(m -> MailServer.subject(m).startsWith("Zelfevaluatie: "))
                .toList();
    }

    private void drain() {
        MailServer.drain(sender);
    }
}
