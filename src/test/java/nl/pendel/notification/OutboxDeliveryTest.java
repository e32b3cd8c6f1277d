package nl.pendel.notification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.pendel.IntegrationTest;
import nl.pendel.MutableClock;
import nl.pendel.TestData;
import nl.pendel.notification.internal.MailContent;
import nl.pendel.notification.internal.Outbox;
import nl.pendel.notification.internal.OutboxSender;
import nl.pendel.notification.internal.OutgoingMail;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The outbox under faults and with several senders, against a real SMTP server (GreenMail). */
@IntegrationTest
class OutboxDeliveryTest {

    @Autowired
    Outbox outbox;

    @Autowired
    MailSettings settings;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OutboxService outboxService;

    @Autowired
    TestData testData;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    java.time.Clock applicationClock;

    @Test
    void mails_made_while_the_mail_server_is_down_for_an_hour_are_all_delivered_once_when_it_is_back() {
        List<String> recipients = enqueue("storing", 50);
        MutableClock clock = new MutableClock(applicationClock.instant().plusSeconds(60));
        try (MailServer server = new MailServer()) {
            OutboxSender sender = sender(server, clock, "node-1");

            // an hour without a mail server: every attempt fails, nothing is lost
            Instant end = clock.instant().plus(Duration.ofHours(1));
            int attempts = 0;
            while (clock.instant().isBefore(end)) {
                attempts += drain(sender).attempted();
                clock.advance(Duration.ofMinutes(1));
            }
            assertThat(attempts).isGreaterThanOrEqualTo(50 * 6);
            assertThat(statuses(recipients)).containsOnlyKeys(MailStatus.PENDING);
            assertThat(lastErrors(recipients)).allSatisfy(e -> assertThat(e).contains("MailConnectException"));

            // back: after the longest backoff (30 minutes) everything is delivered, once
            server.start();
            clock.advance(Duration.ofMinutes(31));
            drain(sender);
            drain(sender);
            for (String recipient : recipients) {
                assertThat(server.to(recipient)).as(recipient).hasSize(1);
            }
            assertThat(statuses(recipients)).containsOnlyKeys(MailStatus.SENT);
        }
    }

    @Test
    void two_senders_on_one_database_never_deliver_a_mail_twice() throws Exception {
        List<String> recipients = enqueue("twee-zenders", 60);
        MutableClock clock = new MutableClock(applicationClock.instant().plusSeconds(60));
        try (MailServer server = new MailServer().start()) {
            OutboxSender first = sender(server, clock, "node-A");
            OutboxSender second = sender(server, clock, "node-B");
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Callable<Integer>> work = List.of(() -> sentUntilEmpty(first), () -> sentUntilEmpty(second));
                int total = 0;
                for (Future<Integer> done : pool.invokeAll(work)) {
                    total += done.get();
                }
                assertThat(total).isGreaterThanOrEqualTo(60);
            } finally {
                pool.shutdownNow();
            }
            List<String> messageIds = new ArrayList<>();
            for (String recipient : recipients) {
                List<MimeMessage> received = server.to(recipient);
                assertThat(received).as(recipient).hasSize(1);
                messageIds.add(received.getFirst().getMessageID());
            }
            assertThat(messageIds).doesNotHaveDuplicates();
            assertThat(statuses(recipients)).containsOnlyKeys(MailStatus.SENT);
            assertThat(jdbc.sql("select distinct claimed_by from mail_outbox where recipient in (:r)")
                            .param("r", recipients)
                            .query(String.class)
                            .list())
                    .isSubsetOf("node-A", "node-B");
        }
    }

    @Test
    void a_recipient_the_mail_server_refuses_is_failed_at_once_and_marked_undeliverable() throws Exception {
        MutableClock clock = new MutableClock(applicationClock.instant().plusSeconds(60));
        try (MailServer others = new MailServer().start()) {
            // what other tests left due goes to a server that accepts it, so only ours meets the refusal
            drain(sender(others, clock, "node-0"));
        }
        List<String> recipients = enqueue("onbekend", 1);
        try (RefusingSmtpServer server = new RefusingSmtpServer()) {
            OutboxSender sender = new OutboxSender(
                    outbox, server.client(), new TransactionTemplate(transactions), settings, clock, "node-1");
            drain(sender);
        }
        assertThat(statuses(recipients)).containsOnlyKeys(MailStatus.FAILED);
        assertThat(lastErrors(recipients).getFirst()).contains("550 5.1.1");
        assertThat(testData.runAs("beheerder@pendel.test", () -> outboxService.undeliverable()))
                .anySatisfy(u -> {
                    assertThat(u.email()).isEqualTo(recipients.getFirst());
                    assertThat(u.reason()).contains("User unknown");
                });

        // an administrator retries once the address is right again: it goes out
        long id = jdbc.sql("select id from mail_outbox where recipient = ?")
                .param(recipients.getFirst())
                .query(Long.class)
                .single();
        assertThat(testData.runAs("beheerder@pendel.test", () -> outboxService.retry(id)))
                .isTrue();
        try (MailServer server = new MailServer().start()) {
            drain(sender(server, clock, "node-1"));
            assertThat(server.to(recipients.getFirst())).hasSize(1);
        }
        assertThat(testData.runAs("beheerder@pendel.test", () -> outboxService.undeliverable()))
                .noneSatisfy(u -> assertThat(u.email()).isEqualTo(recipients.getFirst()));
    }

    @Test
    void a_mail_claimed_by_a_sender_that_stopped_is_sent_once_by_another_after_the_lease() {
        List<String> recipients = enqueue("gestopt", 1);
        MutableClock clock = new MutableClock(applicationClock.instant().plusSeconds(60));
        // a sender claims everything due and stops before sending (its node went down)
        while (new TransactionTemplate(transactions)
                .execute(status -> outbox.claimNext(
                        "stopped-node", clock.instant(), clock.instant().plus(settings.lease())))
                .isPresent()) {
            // claim on
        }
        try (MailServer server = new MailServer().start()) {
            OutboxSender other = sender(server, clock, "node-2");
            drain(other);
            assertThat(server.to(recipients.getFirst())).isEmpty();

            clock.advance(settings.lease().plusSeconds(1));
            drain(other);
            drain(other);
            assertThat(server.to(recipients.getFirst())).hasSize(1);
        }
        assertThat(statuses(recipients)).containsOnlyKeys(MailStatus.SENT);
    }

    @Test
    void backoff_doubles_from_thirty_seconds_to_at_most_thirty_minutes() {
        assertThat(OutboxSender.backoff(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(OutboxSender.backoff(2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(OutboxSender.backoff(6)).isEqualTo(Duration.ofMinutes(16));
        assertThat(OutboxSender.backoff(7)).isEqualTo(Duration.ofMinutes(30));
        assertThat(OutboxSender.backoff(40)).isEqualTo(Duration.ofMinutes(30));
    }

    private List<String> enqueue(String prefix, int count) {
        String run = TestData.unique(prefix);
        List<String> recipients = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String recipient = run + "-" + i + "@pendel.test";
            recipients.add(recipient);
            boolean written = outbox.enqueue(
                    new OutgoingMail(
                            run + ":" + i,
                            null,
                            recipient,
                            NotificationKind.REMINDER,
                            new MailContent("Test " + i, "Tekst " + i, "<p>Tekst " + i + "</p>", "Tekst " + i),
                            null,
                            null),
                    false,
                    "pendel.test",
                    applicationClock.instant());
            assertThat(written).isTrue();
        }
        // the same dedupe key is never written twice
        assertThat(outbox.enqueue(
                        new OutgoingMail(
                                run + ":0",
                                null,
                                recipients.getFirst(),
                                NotificationKind.REMINDER,
                                new MailContent("x", "x", "x", "x"),
                                null,
                                null),
                        false,
                        "pendel.test",
                        applicationClock.instant()))
                .isFalse();
        return recipients;
    }

    private OutboxSender sender(MailServer server, MutableClock clock, String name) {
        return new OutboxSender(outbox, server.client(), new TransactionTemplate(transactions), settings, clock, name);
    }

    private static OutboxSender.Run drain(OutboxSender sender) {
        int attempted = 0;
        int sent = 0;
        OutboxSender.Run run;
        do {
            run = sender.sendDue();
            attempted += run.attempted();
            sent += run.sent();
        } while (run.attempted() > 0);
        return new OutboxSender.Run(attempted, sent);
    }

    private static int sentUntilEmpty(OutboxSender sender) {
        return drain(sender).sent();
    }

    private Map<MailStatus, Long> statuses(List<String> recipients) {
        Map<MailStatus, Long> counts = new HashMap<>();
        jdbc.sql("select status, count(*) from mail_outbox where recipient in (:r) group by status")
                .param("r", recipients)
                .query(rs -> {
                    counts.put(MailStatus.valueOf(rs.getString(1)), rs.getLong(2));
                });
        return counts;
    }

    private List<String> lastErrors(List<String> recipients) {
        return jdbc.sql("select last_error from mail_outbox where recipient in (:r)")
                .param("r", recipients)
                .query(String.class)
                .list();
    }
}
