package nl.pendel.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import nl.pendel.IntegrationTest;
import nl.pendel.MutableClock;
import nl.pendel.TestData;
import nl.pendel.account.OwnAccountService;
import nl.pendel.account.PersonService;
import nl.pendel.course.CourseService;
import nl.pendel.notification.internal.DigestSender;
import nl.pendel.notification.internal.MailComposer;
import nl.pendel.notification.internal.NotificationDispatcher;
import nl.pendel.notification.internal.Outbox;
import nl.pendel.notification.internal.OutboxSender;
import nl.pendel.notification.internal.ReminderPlanner;
import nl.pendel.notification.internal.SessionNotices;
import nl.pendel.schedule.ScheduleService;
import nl.pendel.schedule.SessionDraft;
import nl.pendel.schedule.SessionView;
import nl.pendel.shared.UserFacingException;
import nl.pendel.subgroup.CourseSubgroup;
import nl.pendel.subgroup.SubgroupService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Invitations, updates, cancellations, reminders and digests as they arrive at a real SMTP server
 * (GreenMail), with the calendar parts parsed by ical4j.
 */
@IntegrationTest
class SessionMailTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @Autowired
    TestData testData;

    @Autowired
    ScheduleService schedule;

    @Autowired
    CourseService courses;

    @Autowired
    SubgroupService subgroups;

    @Autowired
    NotificationPreferences preferences;

    @Autowired
    Outbox outbox;

    @Autowired
    SessionNotices notices;

    @Autowired
    NotificationDispatcher dispatcher;

    @Autowired
    MailComposer composer;

    @Autowired
    PersonService people;

    @Autowired
    OwnAccountService ownAccount;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MailSettings settings;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    java.time.Clock applicationClock;

    private final String place = TestData.unique("Wijkcentrum");
    private MailServer server;
    private OutboxSender sender;

    @BeforeEach
    void startMailServer() {
        server = new MailServer().start();
        sender = new OutboxSender(
                outbox,
                server.client(),
                new TransactionTemplate(transactions),
                settings,
                new MutableClock(applicationClock.instant().plusSeconds(60)),
                "test-sender");
    }

    @AfterEach
    void stopMailServer() {
        server.close();
    }

    @Test
    void publishing_invites_everyone_per_session_with_a_parseable_calendar_request() throws Exception {
        var fixture = testData.published(8, place);
        drain();
        var participant = fixture.participants().getFirst();
        List<SessionView> own = ownSessions(fixture, participant.id());

        List<MimeMessage> mails = server.to(participant.email());

        assertThat(mails).hasSize(3);
        for (MimeMessage mail : mails) {
            assertThat(mail.getSubject()).startsWith("Uitnodiging: Bijeenkomst ");
            assertThat(MailServer.part(mail, "text/plain").orElseThrow())
                    .contains("Beste " + participant.displayName())
                    .contains("Meldingen instellen: http://localhost:8080/meldingen");
            assertThat(MailServer.part(mail, "text/html").orElseThrow()).contains("<html lang=\"nl\"");
            Calendar calendar = calendar(mail);
            assertThat(calendar.<Property>getProperty("METHOD").orElseThrow().getValue())
                    .isEqualTo("REQUEST");
            VEvent event = single(calendar);
            assertThat(value(event, "UID"))
                    .isIn(own.stream().map(SessionView::uid).toList());
            assertThat(value(event, "SEQUENCE")).isEqualTo("0");
            assertThat(value(event, "ATTENDEE")).isEqualToIgnoringCase("mailto:" + participant.email());
        }
        assertThat(server.to(fixture.trainer().email())).hasSize(12);
    }

    @Test
    void moving_a_session_sends_an_update_with_the_same_uid_and_a_higher_sequence() throws Exception {
        var fixture = testData.published(8, place);
        drain();
        var participant = fixture.participants().getFirst();
        SessionView first = ownSessions(fixture, participant.id()).getFirst();
        SessionDraft moved = SessionDraft.of(first);
        moved.setStart(LocalTime.of(9, 0));
        testData.runAs(
                fixture.trainer().email(),
                () -> schedule.update(fixture.course().id(), moved));
        drain();

        MimeMessage update = server.to(participant.email()).stream()
                .filter(m -> MailServer.subject(m).startsWith("Gewijzigd: "))
                .findFirst()
                .orElseThrow();
        Calendar calendar = calendar(update);
        assertThat(calendar.<Property>getProperty("METHOD").orElseThrow().getValue())
                .isEqualTo("REQUEST");
        VEvent event = single(calendar);
        assertThat(value(event, "UID")).isEqualTo(first.uid());
        assertThat(value(event, "SEQUENCE")).isEqualTo("1");
        assertThat(value(event, "DTSTART")).endsWith("T090000");
        assertThat(server.to(participant.email())).hasSize(4);
    }

    @Test
    void cancelling_a_session_sends_a_calendar_cancel_for_the_same_entry() throws Exception {
        var fixture = testData.published(8, place);
        drain();
        var participant = fixture.participants().getFirst();
        SessionView first = ownSessions(fixture, participant.id()).getFirst();
        testData.runAs(
                fixture.trainer().email(),
                () -> schedule.cancel(fixture.course().id(), first.id(), first.version()));
        drain();

        MimeMessage cancel = server.to(participant.email()).stream()
                .filter(m -> MailServer.subject(m).startsWith("Geannuleerd: "))
                .findFirst()
                .orElseThrow();
        assertThat(cancel.getContentType()).startsWith("multipart/mixed");
        Calendar calendar = calendar(cancel);
        assertThat(calendar.<Property>getProperty("METHOD").orElseThrow().getValue())
                .isEqualTo("CANCEL");
        VEvent event = single(calendar);
        assertThat(value(event, "UID")).isEqualTo(first.uid());
        assertThat(value(event, "STATUS")).isEqualTo("CANCELLED");
        assertThat(value(event, "SEQUENCE")).isEqualTo("1");
    }

    @Test
    void a_reminder_goes_out_on_the_right_day_once_and_not_when_the_course_switched_them_off() throws Exception {
        var fixture = testData.published(8, place);
        drain();
        var participant = fixture.participants().getFirst();
        SessionView first = ownSessions(fixture, participant.id()).getFirst();
        MutableClock clock = new MutableClock(morning(first.date().minusDays(3)));
        ReminderPlanner planner = planner(settings, clock);

        planner.planDue();
        drain();
        assertThat(reminders(participant.email())).isEmpty();

        clock.set(morning(first.date().minusDays(2)));
        planner.planDue();
        planner.planDue();
        drain();
        List<MimeMessage> reminders = reminders(participant.email());
        assertThat(reminders).hasSize(1);
        String text = MailServer.part(reminders.getFirst(), "text/plain").orElseThrow();
        assertThat(text).contains(place).contains("Voorbereiding").contains(first.start() + "–" + first.end());

        var quiet = testData.published(8, TestData.unique("Buurthuis"));
        drain();
        testData.runAs(
                quiet.trainer().email(),
                () -> courses.changeReminders(
                        quiet.course().id(),
                        courses.details(quiet.course().id()).summary().version(),
                        false));
        var quietParticipant = quiet.participants().getFirst();
        planner.planDue();
        drain();
        assertThat(reminders(quietParticipant.email())).isEmpty();
    }

    @Test
    void a_digest_collects_the_reminders_of_someone_who_chose_it_into_one_mail_a_day() throws Exception {
        var fixture = testData.published(8, place);
        drain();
        var participant = fixture.participants().getFirst();
        testData.runAs(participant.email(), () -> preferences.change(NotificationKind.REMINDER, Delivery.DIGEST));
        List<SessionView> own = ownSessions(fixture, participant.id());
        MutableClock clock = new MutableClock(morning(own.getFirst().date().minusDays(1)));
        // a month ahead: meetings 1 and 2 of the participant's subgroup
        planner(withReminderDays(30), clock).planDue();
        drain();
        assertThat(reminders(participant.email())).isEmpty();

        DigestSender digests = new DigestSender(jdbc, people, composer, dispatcher, settings, clock);
        clock.set(own.getFirst()
                .date()
                .minusDays(1)
                .atTime(6, 0)
                .atZone(AMSTERDAM)
                .toInstant());
        digests.sendDue();
        drain();
        assertThat(digests(participant.email())).isEmpty();

        clock.set(own.getFirst()
                .date()
                .minusDays(1)
                .atTime(7, 30)
                .atZone(AMSTERDAM)
                .toInstant());
        digests.sendDue();
        digests.sendDue();
        drain();
        List<MimeMessage> digest = digests(participant.email());
        assertThat(digest).hasSize(1);
        assertThat(MailServer.subject(digest.getFirst())).isEqualTo("Pendel: 2 meldingen");
        assertThat(MailServer.part(digest.getFirst(), "text/plain").orElseThrow())
                .contains("Herinnering: Bijeenkomst 1")
                .contains("Herinnering: Bijeenkomst 2");
    }

    @Test
    void reminders_switched_off_are_not_sent_but_invitations_cannot_be_switched_off() throws Exception {
        var fixture = testData.published(8, place);
        drain();
        var participant = fixture.participants().getFirst();
        testData.runAs(participant.email(), () -> preferences.change(NotificationKind.REMINDER, Delivery.OFF));
        assertThatThrownBy(() -> testData.runAs(
                        participant.email(), () -> preferences.change(NotificationKind.INVITATION, Delivery.OFF)))
                .isInstanceOf(UserFacingException.class)
                .hasMessage("notification.error.fixed");
        assertThat(testData.runAs(participant.email(), () -> preferences.mine()))
                .containsEntry(NotificationKind.REMINDER, Delivery.OFF);

        SessionView first = ownSessions(fixture, participant.id()).getFirst();
        planner(withReminderDays(30), new MutableClock(morning(first.date().minusDays(2))))
                .planDue();
        drain();
        assertThat(reminders(participant.email())).isEmpty();
        assertThat(jdbc.sql("select count(*) from notification_digest_item where person_id = ?")
                        .param(participant.id())
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(server.to(participant.email())).hasSize(3);
    }

    @Test
    void a_participant_moved_to_another_subgroup_gets_the_old_sessions_cancelled_and_the_new_ones() throws Exception {
        var fixture = testData.published(8, place);
        drain();
        var participant = fixture.participants().getFirst();
        List<SessionView> before = ownSessions(fixture, participant.id());
        long target =
                testData
                        .runAs(
                                fixture.trainer().email(),
                                () -> subgroups.ofCourse(fixture.course().id()))
                        .stream()
                        .map(CourseSubgroup::id)
                        .filter(id -> id != before.getFirst().subgroupId())
                        .findFirst()
                        .orElseThrow();
        testData.runAs(
                fixture.trainer().email(), () -> subgroups.move(fixture.course().id(), participant.id(), target));
        drain();
        List<SessionView> after = ownSessions(fixture, participant.id());

        List<MimeMessage> mails = server.to(participant.email());
        assertThat(mails).hasSize(9);
        List<String> cancelled = new java.util.ArrayList<>();
        List<String> invited = new java.util.ArrayList<>();
        for (MimeMessage mail : mails.subList(3, 9)) {
            Calendar calendar = calendar(mail);
            String method =
                    calendar.<Property>getProperty("METHOD").orElseThrow().getValue();
            (method.equals("CANCEL") ? cancelled : invited).add(value(single(calendar), "UID"));
        }
        assertThat(cancelled)
                .containsExactlyInAnyOrderElementsOf(
                        before.stream().map(SessionView::uid).toList());
        assertThat(invited)
                .containsExactlyInAnyOrderElementsOf(
                        after.stream().map(SessionView::uid).toList());
    }

    @Test
    void someone_who_chose_english_gets_the_mail_in_english() throws Exception {
        var fixture = testData.course(8);
        var participant = fixture.participants().getFirst();
        testData.runAs(participant.email(), () -> ownAccount.changeOwnLanguage(java.util.Locale.ENGLISH));
        testData.schedule(fixture, place);
        testData.publish(fixture);
        drain();

        MimeMessage mail = server.to(participant.email()).getFirst();
        assertThat(mail.getSubject()).startsWith("Invitation: Meeting ");
        assertThat(MailServer.part(mail, "text/plain").orElseThrow())
                .contains("Dear " + participant.displayName())
                .contains("Notification settings: http://localhost:8080/meldingen");
        assertThat(MailServer.part(mail, "text/html").orElseThrow()).contains("<html lang=\"en\"");
    }

    private List<SessionView> ownSessions(TestData.CourseFixture fixture, long personId) {
        long subgroup = testData.runAs(
                        fixture.trainer().email(),
                        () -> subgroups.subgroupOf(fixture.course().id(), personId))
                .orElseThrow();
        return testData
                .runAs(
                        fixture.trainer().email(),
                        () -> schedule.sessions(fixture.course().id()))
                .stream()
                .filter(s -> s.subgroupId() == subgroup)
                .toList();
    }

    private ReminderPlanner planner(MailSettings mailSettings, MutableClock clock) {
        return new ReminderPlanner(schedule, courses, notices, dispatcher, mailSettings, clock);
    }

    private MailSettings withReminderDays(int days) {
        return new MailSettings(
                settings.delivery(),
                settings.from(),
                settings.baseUrl(),
                false,
                settings.pollInterval(),
                settings.batchSize(),
                settings.lease(),
                settings.retryFor(),
                days,
                settings.digestAt());
    }

    private void drain() {
        MailServer.drain(sender);
    }

    private List<MimeMessage> reminders(String email) {
        return server.to(email).stream()
                .filter(m -> MailServer.subject(m).startsWith("Herinnering: "))
                .toList();
    }

    private List<MimeMessage> digests(String email) {
        return server.to(email).stream()
                .filter(m -> MailServer.subject(m).startsWith("Pendel: "))
                .toList();
    }

    private static Instant morning(LocalDate date) {
        return date.atTime(9, 0).atZone(AMSTERDAM).toInstant();
    }

    private static Calendar calendar(MimeMessage mail) throws Exception {
        assertThat(contentTypes(mail)).anyMatch(t -> t.startsWith("text/calendar") && t.contains("method="));
        return new CalendarBuilder()
                .build(new StringReader(MailServer.part(mail, "text/calendar").orElseThrow()));
    }

    private static List<String> contentTypes(jakarta.mail.Part part) throws Exception {
        List<String> types =
                new java.util.ArrayList<>(List.of(part.getContentType().replaceAll("\\s+", " ")));
        if (part.isMimeType("multipart/*")) {
            jakarta.mail.Multipart multipart = (jakarta.mail.Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                types.addAll(contentTypes(multipart.getBodyPart(i)));
            }
        }
        return types;
    }

    private static VEvent single(Calendar calendar) {
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(1);
        return events.getFirst();
    }

    private static String value(VEvent event, String name) {
        return event.<Property>getProperty(name).orElseThrow().getValue();
    }
}
