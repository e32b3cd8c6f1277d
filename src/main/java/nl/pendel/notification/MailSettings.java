package nl.pendel.notification;

import java.time.Duration;
import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Mail settings ({@code pendel.mail.*}).
 *
 * @param delivery {@code smtp} sends through {@code spring.mail.*}; {@code keep} only records mails
 *     (readable in the outbox view); {@code auto} keeps them on the embedded database and sends
 *     otherwise
 * @param from the sender address, also the organiser of calendar invitations
 * @param baseUrl the portal's address, for links in mails
 * @param senderEnabled whether this node runs the background sender and jobs
 * @param pollInterval how often the sender looks for due mails
 * @param batchSize how many mails one sender run delivers at most
 * @param lease how long a claimed mail stays claimed before another node may retry it
 * @param retryFor how long transient failures are retried before a mail is marked failed
 * @param reminderDaysBefore how many days before a session its reminder goes out
 * @param digestAt the local time after which the daily digest is sent
 */
@ConfigurationProperties("pendel.mail")
public record MailSettings(
        @DefaultValue("auto") String delivery,
        @DefaultValue("Pendel <noreply@pendel.local>") String from,
        @DefaultValue("http://localhost:8080") String baseUrl,
        @DefaultValue("true") boolean senderEnabled,
        @DefaultValue("10s") Duration pollInterval,
        @DefaultValue("50") int batchSize,
        @DefaultValue("5m") Duration lease,
        @DefaultValue("72h") Duration retryFor,
        @DefaultValue("2") int reminderDaysBefore,
        @DefaultValue("07:00") LocalTime digestAt) {}
