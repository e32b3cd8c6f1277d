package nl.pendel.notification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import nl.pendel.IntegrationTest;
import nl.pendel.MutableClock;
import nl.pendel.TestData;
import nl.pendel.account.PersonService;
import nl.pendel.course.CourseDetails;
import nl.pendel.course.CourseService;
import nl.pendel.homework.AssignmentSettings;
import nl.pendel.homework.DraftSaved;
import nl.pendel.homework.HomeworkReviewService;
import nl.pendel.homework.HomeworkService;
import nl.pendel.notification.internal.HomeworkNotifier;
import nl.pendel.notification.internal.MailComposer;
import nl.pendel.notification.internal.NotificationDispatcher;
import nl.pendel.notification.internal.Outbox;
import nl.pendel.notification.internal.OutboxSender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;

/** Homework feedback and homework reminders as they arrive at a real SMTP server (GreenMail). */
@IntegrationTest
class HomeworkMailTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @Autowired
    TestData testData;

    @Autowired
    CourseService courses;

    @Autowired
    HomeworkService homework;

    @Autowired
    nl.pendel.homework.AssignmentSettingsService assignmentSettings;

    @Autowired
    nl.pendel.homework.MyHomeworkService myHomework;

    @Autowired
    HomeworkReviewService review;

    @Autowired
    nl.pendel.homework.HomeworkReminderService reminderService;

    @Autowired
    NotificationPreferences preferences;

    @Autowired
    Outbox outbox;

    @Autowired
    NotificationDispatcher dispatcher;

    @Autowired
    MailComposer composer;

    @Autowired
    PersonService people;

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
        sender = server.sender(outbox, transactions, settings, clock, "homework-test-sender");
    }

    @AfterEach
    void stopMailServer() {
        server.close();
    }

    @Test
    void a_trainers_reply_reaches_the_participant_with_the_reply_and_a_link_to_the_homework() throws Exception {
        var fixture = testData.published(6);
        var participant = fixture.participants().getFirst();
        long courseId = fixture.course().id();
        long meeting1 = meetings(fixture).getFirst().id();
        long submission = testData.runAs(participant.email(), () -> {
            DraftSaved saved = homework.saveDraft(courseId, meeting1, "Mijn voorbereiding", 0);
            homework.submit(courseId, meeting1, saved.version(), false);
            return myHomework.mine(courseId, meeting1).submissions().getFirst().id();
        });
        testData.runAs(
                fixture.trainer().email(), () -> review.giveFeedback(courseId, submission, "Sterk: *concreet*."));
        drain();

        List<MimeMessage> replies = server.to(participant.email()).stream()
                .filter(m -> MailServer.subject(m).contains("heeft gereageerd op je huiswerk"))
                .toList();
        assertThat(replies).hasSize(1);
        String text = MailServer.part(replies.getFirst(), "text/plain").orElseThrow();
        assertThat(text).contains("Sterk: concreet.").contains("/huiswerk/" + courseId + "/" + meeting1);
        String html = MailServer.part(replies.getFirst(), "text/html").orElseThrow();
        assertThat(html).contains("/meldingen");
    }

    @Test
    void a_nog_niet_reaches_the_participant_with_the_judgement_in_one_line_and_a_voldaan_later_too() throws Exception {
        var fixture = testData.published(6);
        var participant = fixture.participants().getFirst();
        long courseId = fixture.course().id();
        long meeting1 = meetings(fixture).getFirst().id();
        nl.pendel.homework.MyHomework mine = testData.runAs(participant.email(), () -> {
            DraftSaved saved = homework.saveDraft(courseId, meeting1, "Mijn voorbereiding", 0);
            homework.submit(courseId, meeting1, saved.version(), false);
            return myHomework.mine(courseId, meeting1);
        });
        testData.runAs(
                fixture.trainer().email(),
                () -> review.giveFeedback(
                        courseId,
                        mine.submissions().getFirst().id(),
                        "Vertel ook wat je *zelf* deed.",
                        nl.pendel.homework.Outcome.NOG_NIET,
                        mine.version()));
        drain();

        List<MimeMessage> replies = server.to(participant.email()).stream()
                .filter(m -> MailServer.subject(m).contains("heeft gereageerd op je huiswerk"))
                .toList();
        assertThat(replies).hasSize(1);
        String text = MailServer.part(replies.getFirst(), "text/plain").orElseThrow();
        assertThat(text.lines())
                .containsOnlyOnce("Oordeel: Nog niet — pas je huiswerk aan en lever het opnieuw in")
                .noneMatch(line -> line.contains("Voldaan"));
        assertThat(text).contains("Vertel ook wat je zelf deed.");
        assertThat(MailServer.part(replies.getFirst(), "text/html").orElseThrow())
                .contains("Nog niet — pas je huiswerk aan en lever het opnieuw in");

        nl.pendel.homework.MyHomework second = testData.runAs(participant.email(), () -> {
            var reopened = myHomework.mine(courseId, meeting1);
            DraftSaved saved =
                    homework.saveDraft(courseId, meeting1, "Mijn voorbereiding, aangevuld", reopened.version());
            homework.submit(courseId, meeting1, saved.version(), false);
            return myHomework.mine(courseId, meeting1);
        });
        testData.runAs(
                fixture.trainer().email(),
                () -> review.giveFeedback(
                        courseId,
                        second.submissions().getFirst().id(),
                        "",
                        nl.pendel.homework.Outcome.VOLDAAN,
                        second.version()));
        drain();
        List<String> bodies = new java.util.ArrayList<>();
        for (MimeMessage m : server.to(participant.email())) {
            if (MailServer.subject(m).contains("heeft gereageerd op je huiswerk")) {
                bodies.add(MailServer.part(m, "text/plain").orElseThrow());
            }
        }
        assertThat(bodies).hasSize(2).anySatisfy(body -> assertThat(body.lines())
                .contains("Oordeel: Voldaan"));
    }

    @Test
    void a_homework_reminder_goes_once_to_those_who_have_not_handed_in_on_the_chosen_day_by_preference()
            throws Exception {
        var fixture = testData.published(6);
        long courseId = fixture.course().id();
        CourseDetails.Meeting meeting1 = meetings(fixture).getFirst();
        var handedIn = fixture.participants().get(0);
        var optedOut = fixture.participants().get(1);
        var reminded = fixture.participants().get(2);
        LocalDateTime due = LocalDateTime.of(2027, 1, 22, 17, 0);
        testData.runAs(
                fixture.trainer().email(),
                () -> assignmentSettings.saveSettings(courseId, new AssignmentSettings(meeting1.id(), due, 3, 0)));
        testData.runAs(handedIn.email(), () -> {
            DraftSaved saved = homework.saveDraft(courseId, meeting1.id(), "klaar", 0);
            homework.submit(courseId, meeting1.id(), saved.version(), false);
        });
        testData.runAs(optedOut.email(), () -> preferences.change(NotificationKind.HOMEWORK_REMINDER, Delivery.OFF));

        MutableClock clock = new MutableClock(morning(due.minusDays(4)));
        HomeworkNotifier notifier = new HomeworkNotifier(reminderService, people, composer, dispatcher, clock);
        notifier.planDue();
        drain();
        assertThat(homeworkReminders(reminded.email())).as("four days before").isEmpty();

        clock.set(morning(due.minusDays(3)));
        notifier.planDue();
        notifier.planDue();
        drain();
        List<MimeMessage> mails = homeworkReminders(reminded.email());
        assertThat(mails).hasSize(1);
        assertThat(MailServer.subject(mails.getFirst())).contains(meeting1.preparationTitle());
        assertThat(MailServer.part(mails.getFirst(), "text/plain").orElseThrow())
                .contains("/huiswerk/" + courseId + "/" + meeting1.id());
        assertThat(homeworkReminders(handedIn.email())).isEmpty();
        assertThat(homeworkReminders(optedOut.email())).isEmpty();
    }

    private List<MimeMessage> homeworkReminders(String email) {
        return server.to(email).stream()
                .filter(m -> MailServer.subject(m).startsWith("Herinnering: ")
                        && MailServer.subject(m).contains("inleveren vóór"))
                .toList();
    }

    private List<CourseDetails.Meeting> meetings(TestData.CourseFixture fixture) {
        return testData.runAs(
                        fixture.trainer().email(),
                        () -> courses.details(fixture.course().id()))
                .meetings();
    }

    private void drain() {
        MailServer.drain(sender);
    }

    private static Instant morning(LocalDateTime day) {
        return day.toLocalDate().atTime(9, 0).atZone(AMSTERDAM).toInstant();
    }
}
