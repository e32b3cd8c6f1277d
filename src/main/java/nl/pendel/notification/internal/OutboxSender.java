package nl.pendel.notification.internal;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.pendel.cluster.ConflictRetry;
import nl.pendel.notification.MailSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the outbox. Each mail is claimed in a short transaction of its own ({@code FOR UPDATE
 * SKIP LOCKED}, then marked {@code SENDING} with a lease), sent, and marked {@code SENT}. Several
 * senders (threads or nodes) never claim the same mail. Only when a sender stops between the SMTP
 * server's acceptance and the mark can a mail go out twice: after its lease expires another
 * sender retries it, with the same Message-ID so the duplicate is recognisable. A claim or mark
 * that loses a deadlock or a Galera certification conflict is run again ({@link ConflictRetry}).
 *
 * <p>A failure to reach the server is retried with exponential backoff (30 s doubling up to 30
 * min) for {@code retryFor}; a recipient the server refuses for good marks the mail failed and the
 * address undeliverable.
 */
public class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    private static final Duration FIRST_RETRY = Duration.ofSeconds(30);
    private static final Duration LONGEST_RETRY = Duration.ofMinutes(30);

    private final Outbox outbox;
    private final JavaMailSender mail;
    private final TransactionTemplate transactions;
    private final MailSettings settings;
    private final Clock clock;
    private final String name;

    public OutboxSender(
            Outbox outbox,
            JavaMailSender mail,
            TransactionTemplate transactions,
            MailSettings settings,
            Clock clock,
            String name) {
        this.outbox = outbox;
        this.mail = mail;
        this.transactions = transactions;
        this.settings = settings;
        this.clock = clock;
        this.name = name;
    }

    /** What one run did: mails claimed and tried, and of those accepted by the mail server. */
    public record Run(int attempted, int sent) {}

    /** Sends what is due, at most one batch. */
    public Run sendDue() {
        int attempted = 0;
        int sent = 0;
        while (attempted < settings.batchSize()) {
            Instant now = clock.instant();
            // on Galera two nodes may both lock the same row locally; one of them fails
            // certification at commit and simply claims the next mail
            Optional<Long> claimed = ConflictRetry.call(
                    "outbox claim",
                    () -> transactions.execute(status -> outbox.claimNext(name, now, now.plus(settings.lease()))));
            if (claimed == null || claimed.isEmpty()) {
                break;
            }
            attempted++;
            if (deliver(outbox.load(claimed.get()))) {
                sent++;
            }
        }
        return new Run(attempted, sent);
    }

    private boolean deliver(Outbox.Claimed claimed) {
        try {
            mail.send(message(claimed));
        } catch (MailException | MessagingException e) {
            failed(claimed, e);
            return false;
        }
        if (!ConflictRetry.call("outbox mark sent", () -> outbox.markSent(claimed.id(), name, clock.instant()))) {
            log.warn("Mail {} was sent but its claim had expired; another sender may send it again", claimed.id());
        }
        return true;
    }

    private void failed(Outbox.Claimed claimed, Exception e) {
        Instant now = clock.instant();
        String error = describe(e);
        if (refusedForGood(e)) {
            log.warn("Mail {} to {} refused: {}", claimed.id(), claimed.recipient(), error);
            outbox.markFailed(claimed.id(), name, error);
            outbox.markUndeliverable(claimed.recipient(), claimed.personId(), error, now);
        } else if (now.isAfter(claimed.createdAt().plus(settings.retryFor()))) {
            log.warn("Mail {} gave up after {} attempts: {}", claimed.id(), claimed.attempts(), error);
            outbox.markFailed(claimed.id(), name, error);
        } else {
            Instant next = now.plus(backoff(claimed.attempts()));
            log.info(
                    "Mail {} not sent (attempt {}), next try at {}: {}", claimed.id(), claimed.attempts(), next, error);
            outbox.retryLater(claimed.id(), name, error, next);
        }
    }

    /** 30 s after the first attempt, doubling each time, at most 30 minutes. */
    public static Duration backoff(int attempts) {
        int doublings = Math.max(0, Math.min(attempts - 1, 10));
        Duration wait = FIRST_RETRY.multipliedBy(1L << doublings);
        return wait.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : wait;
    }

    /** The server refused a recipient for good (its answer named invalid addresses). */
    static boolean refusedForGood(Throwable e) {
        java.util.Deque<Throwable> todo = new java.util.ArrayDeque<>(List.of(e));
        java.util.Set<Throwable> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        while (!todo.isEmpty()) {
            Throwable t = todo.pop();
            if (!seen.add(t)) {
                continue;
            }
            if (t instanceof SendFailedException failed
                    && failed.getInvalidAddresses() != null
                    && failed.getInvalidAddresses().length > 0) {
                return true;
            }
            if (t instanceof MailSendException send) {
                todo.addAll(send.getFailedMessages().values());
            }
            if (t instanceof MessagingException messaging && messaging.getNextException() != null) {
                todo.add(messaging.getNextException());
            }
            if (t.getCause() != null) {
                todo.add(t.getCause());
            }
        }
        return false;
    }

    private static String describe(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null && text.length() < 900; t = t.getCause()) {
            if (!text.isEmpty()) {
                text.append(" ← ");
            }
            text.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage());
            if (t.getCause() == t) {
                break;
            }
        }
        return text.toString();
    }

    private MimeMessage message(Outbox.Claimed claimed) throws MessagingException {
        MimeMessage message = mail.createMimeMessage();
        InternetAddress from = new InternetAddress(settings.from(), true);
        message.setFrom(from);
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(claimed.recipient(), true));
        // one line, also for a mail kept from before names and titles were checked (see MailContent)
        message.setSubject(claimed.subject().replaceAll("[\\p{Cc}\\u2028\\u2029]+", " "), "UTF-8");
        message.setHeader("Message-ID", claimed.messageId());
        message.setHeader("Auto-Submitted", "auto-generated");
        MimeMultipart alternative = new MimeMultipart("alternative");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(claimed.text(), "UTF-8", "plain");
        alternative.addBodyPart(text);
        MimeBodyPart html = new MimeBodyPart();
        html.setText(claimed.html(), "UTF-8", "html");
        alternative.addBodyPart(html);
        if (claimed.calendar() == null) {
            message.setContent(alternative);
            return message;
        }
        // as calendar servers send invitations: the calendar as an alternative body that mail
        // clients show as a meeting, and the same text as an attachment for the others
        String type = "text/calendar; charset=UTF-8; method=" + claimed.calendarMethod();
        MimeBodyPart calendar = new MimeBodyPart();
        calendar.setDataHandler(
                new DataHandler(new ByteArrayDataSource(claimed.calendar().getBytes(StandardCharsets.UTF_8), type)));
        alternative.addBodyPart(calendar);
        MimeBodyPart body = new MimeBodyPart();
        body.setContent(alternative);
        MimeBodyPart attachment = new MimeBodyPart();
        attachment.setDataHandler(new DataHandler(new ByteArrayDataSource(
                claimed.calendar().getBytes(StandardCharsets.UTF_8), "application/ics; name=\"invite.ics\"")));
        attachment.setFileName("invite.ics");
        attachment.setDisposition(MimeBodyPart.ATTACHMENT);
        MimeMultipart mixed = new MimeMultipart("mixed");
        mixed.addBodyPart(body);
        mixed.addBodyPart(attachment);
        message.setContent(mixed);
        return message;
    }
}
