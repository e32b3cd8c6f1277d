package nl.pendel.notification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.util.List;
import nl.pendel.IntegrationTest;
import nl.pendel.TestData;
import nl.pendel.message.AnnouncementDraft;
import nl.pendel.message.MessageService;
import nl.pendel.notification.internal.Outbox;
import nl.pendel.notification.internal.OutboxSender;
import nl.pendel.plan.PlanFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/** Announcements and replies as they arrive at a real SMTP server (GreenMail), by preference. */
@IntegrationTest
class MessageMailTest {

    @Autowired
    TestData testData;

    @Autowired
    PlanFixtures fixtures;

    @Autowired
    MessageService messages;

    @Autowired
    NotificationPreferences preferences;

    @Autowired
    InboxService inbox;

    @Autowired
    Outbox outbox;

    @Autowired
    MailSettings settings;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    java.time.Clock clock;

    private MailServer server;
    private OutboxSender sender;

    @BeforeEach
    void startMailServer() {
        server = new MailServer().start();
        sender = server.sender(outbox, transactions, settings, clock, "message-test-sender");
    }

    @AfterEach
    void stopMailServer() {
        server.close();
    }

    @Test
    void an_announcement_arrives_at_once_with_its_text_and_a_link_to_the_courses_messages() throws Exception {
        var course = fixtures.published(8);
        var to = course.member(1, 0);

        testData.runAs(
                course.trainer().email(),
                () -> messages.announce(
                        course.id(), AnnouncementDraft.toPerson(to.id(), "Verslag <graag>", "Stuur je verslag op.")));
        MailServer.drain(sender);

        List<MimeMessage> mails = announcements(to.email());
        assertThat(mails).hasSize(1);
        assertThat(MailServer.subject(mails.getFirst())).contains("Verslag <graag>");
        String text = MailServer.part(mails.getFirst(), "text/plain").orElseThrow();
        assertThat(text).contains("Stuur je verslag op.").contains("/cursussen/" + course.id() + "/berichten");
        String html = MailServer.part(mails.getFirst(), "text/html").orElseThrow();
        assertThat(html).contains("Verslag &lt;graag&gt;").doesNotContain("Verslag <graag>");
        assertThat(announcements(course.member(1, 1).email()))
                .as("not addressed")
                .isEmpty();
    }

    @Test
    void the_daily_digest_and_off_are_respected_and_a_reply_reaches_the_trainer_by_mail() throws Exception {
        var course = fixtures.published(8);
        var digest = course.member(1, 0);
        var off = course.member(1, 1);
        var atOnce = course.member(2, 0);
        testData.runAs(digest.email(), () -> preferences.change(NotificationKind.MESSAGE, Delivery.DIGEST));
        testData.runAs(off.email(), () -> preferences.change(NotificationKind.MESSAGE, Delivery.OFF));

        long id = testData.runAs(
                course.trainer().email(),
                () -> messages.announce(course.id(), AnnouncementDraft.toCourse("Ruimte", "Zaal 4.")));
        testData.runAs(atOnce.email(), () -> messages.reply(id, "Waar is zaal 4?"));
        MailServer.drain(sender);

        assertThat(announcements(atOnce.email())).hasSize(1);
        assertThat(announcements(digest.email())).as("in the digest").isEmpty();
        assertThat(jdbc.sql("select count(*) from notification_digest_item where person_id = ? and kind = 'MESSAGE'")
                        .param(digest.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(announcements(off.email())).as("off").isEmpty();
        assertThat(testData.runAs(off.email(), () -> inbox.unread()))
                .as("off rings no bell")
                .isZero();
        assertThat(testData.runAs(digest.email(), () -> inbox.unread())).isEqualTo(1);

        List<MimeMessage> replies = server.to(course.trainer().email()).stream()
                .filter(m -> MailServer.subject(m).startsWith("Nieuw bericht bij"))
                .toList();
        assertThat(replies).hasSize(1);
        assertThat(MailServer.part(replies.getFirst(), "text/plain").orElseThrow())
                .contains("Waar is zaal 4?")
                .contains(atOnce.displayName());
        assertThat(server.to(course.member(2, 1).email()).stream()
                        .filter(m -> MailServer.subject(m).startsWith("Nieuw bericht bij")))
                .as("another participant gets no reply")
                .isEmpty();
    }

    private List<MimeMessage> announcements(String email) {
        return server.to(email).stream()
                .filter(m -> MailServer.subject(m).startsWith("Mededeling: "))
                .toList();
    }
}
