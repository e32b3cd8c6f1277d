package nl.pendel.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * A real SMTP server (GreenMail) on a fixed local port, which can be stopped and started again
 * to play a mail server that is down for a while.
 */
final class MailServer implements AutoCloseable {

    private final int port;
    private GreenMail greenMail;

    MailServer() {
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    MailServer start() {
        greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        return this;
    }

    void stop() {
        if (greenMail != null) {
            greenMail.stop();
            greenMail = null;
        }
    }

    @Override
    public void close() {
        stop();
    }

    /**
     * A sender that delivers the outbox to this server, with a clock a minute ahead so that every
     * mail just written is due.
     */
    nl.pendel.notification.internal.OutboxSender sender(
            nl.pendel.notification.internal.Outbox outbox,
            org.springframework.transaction.PlatformTransactionManager transactions,
            MailSettings settings,
            java.time.Clock applicationClock,
            String name) {
        return new nl.pendel.notification.internal.OutboxSender(
                outbox,
                client(),
                new org.springframework.transaction.support.TransactionTemplate(transactions),
                settings,
                new nl.pendel.MutableClock(applicationClock.instant().plusSeconds(60)),
                name);
    }

    /** Sends until nothing in the outbox is due. */
    static void drain(nl.pendel.notification.internal.OutboxSender sender) {
        while (sender.sendDue().attempted() > 0) {
            // until nothing is due
        }
    }

    /** The subject of a received mail. */
    static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A client for this server, with short timeouts (as production should have). */
    JavaMailSenderImpl client() {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        Properties properties = new Properties();
        properties.put("mail.smtp.connectiontimeout", "2000");
        properties.put("mail.smtp.timeout", "5000");
        properties.put("mail.smtp.writetimeout", "5000");
        sender.setJavaMailProperties(properties);
        return sender;
    }

    /** The messages received for this address. */
    List<MimeMessage> to(String email) {
        return Arrays.stream(greenMail.getReceivedMessages())
                .filter(m -> recipients(m).contains(email))
                .toList();
    }

    private static List<String> recipients(MimeMessage message) {
        try {
            Address[] all = message.getAllRecipients();
            return all == null
                    ? List.of()
                    : Arrays.stream(all).map(Address::toString).toList();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The text of the first part of this type (e.g. text/calendar), searching nested parts. */
    static Optional<String> part(Part part, String type) throws MessagingException, IOException {
        if (part.isMimeType(type)) {
            try (InputStream in = part.getInputStream()) {
                return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                Optional<String> found = part(child, type);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }
}
