package nl.pendel.notification.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.pendel.notification.MailStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The outbox table. Writing joins the caller's transaction; claiming uses
 * {@code SELECT … FOR UPDATE SKIP LOCKED}, so that of several senders exactly one gets a mail.
 */
@Repository
public class Outbox {

    private static final int ERROR_MAX = 1000;
    /** The token of a link to choose a password, in its fragment: 43 characters of base64url. */
    private static final String LINK_TOKEN = "#[A-Za-z0-9_-]{43}";

    private final JdbcClient jdbc;

    Outbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records the mail unless one with the same dedupe key exists.
     *
     * @return whether it was recorded
     */
    public boolean enqueue(OutgoingMail mail, boolean keep, String messageDomain, Instant now) {
        try {
            jdbc.sql("""
                            insert into mail_outbox (dedupe_key, person_id, recipient, kind, subject, body_text,
                                body_html, calendar, calendar_method, message_id, status, next_attempt_at, created_at)
                            values (:key, :person, :recipient, :kind, :subject, :text, :html, :calendar, :method,
                                :messageId, :status, :now, :now)""")
                    .param("key", mail.dedupeKey())
                    .param("person", mail.personId())
                    .param("recipient", mail.recipient())
                    .param("kind", mail.kind().name())
                    .param("subject", mail.content().subject())
                    .param("text", mail.content().text())
                    .param("html", mail.content().html())
                    .param("calendar", mail.calendar())
                    .param("method", mail.calendarMethod())
                    .param("messageId", "<pendel." + UUID.randomUUID() + "@" + messageDomain + ">")
                    .param("status", (keep ? MailStatus.KEPT : MailStatus.PENDING).name())
                    .param("now", Timestamp.from(now))
                    .update();
            return true;
        } catch (DuplicateKeyException alreadyThere) {
            // MariaDB undoes only this statement; the caller's transaction goes on
            return false;
        }
    }

    /** Which of these dedupe keys are in the outbox already (whatever their status). */
    public Set<String> existingKeys(Collection<String> keys) {
        if (keys.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("select dedupe_key from mail_outbox where dedupe_key in (:keys)")
                .param("keys", keys)
                .query(String.class)
                .list());
    }

    /**
     * Claims the oldest due mail for this sender: a pending mail whose time has come, or one whose
     * earlier claim expired (its sender stopped). Runs in the caller's (short) transaction.
     */
    public Optional<Long> claimNext(String sender, Instant now, Instant leaseUntil) {
        Optional<Long> id = jdbc.sql("""
                        select id from mail_outbox
                        where (status = 'PENDING' and next_attempt_at <= :now)
                           or (status = 'SENDING' and lease_until < :now)
                        order by id
                        limit 1
                        for update skip locked""")
                .param("now", Timestamp.from(now))
                .query(Long.class)
                .optional();
        id.ifPresent(claimed -> jdbc.sql("""
                        update mail_outbox set status = 'SENDING', claimed_by = :sender, lease_until = :lease,
                            attempts = attempts + 1
                        where id = :id""")
                .param("sender", sender)
                .param("lease", Timestamp.from(leaseUntil))
                .param("id", claimed)
                .update());
        return id;
    }

    /** A claimed mail as the sender needs it. */
    public record Claimed(
            long id,
            String recipient,
            String subject,
            String text,
            String html,
            @Nullable String calendar,
            @Nullable String calendarMethod,
            String messageId,
            int attempts,
            Instant createdAt,
            @Nullable Long personId) {}

    public Claimed load(long id) {
        return jdbc.sql("""
                        select id, recipient, subject, body_text, body_html, calendar, calendar_method, message_id,
                            attempts, created_at, person_id
                        from mail_outbox where id = ?""")
                .param(id)
                .query((rs, row) -> new Claimed(
                        rs.getLong("id"),
                        rs.getString("recipient"),
                        rs.getString("subject"),
                        rs.getString("body_text"),
                        rs.getString("body_html"),
                        rs.getString("calendar"),
                        rs.getString("calendar_method"),
                        rs.getString("message_id"),
                        rs.getInt("attempts"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getObject("person_id", Long.class)))
                .single();
    }

    /**
     * Marks a mail this sender claimed as sent; false when the claim was lost meanwhile. A sent
     * link to choose a password is kept without its token (the part after {@code #}), so that the
     * outbox never holds a usable link longer than it takes to send it.
     */
    public boolean markSent(long id, String sender, Instant now) {
        return jdbc.sql("""
                        update mail_outbox set status = 'SENT', sent_at = :now, lease_until = null, last_error = null,
                            body_text = if(kind = 'ACCOUNT', regexp_replace(body_text, :token, '#…'), body_text),
                            body_html = if(kind = 'ACCOUNT', regexp_replace(body_html, :token, '#…'), body_html)
                        where id = :id and status = 'SENDING' and claimed_by = :sender""")
                        .param("token", LINK_TOKEN)
                        .param("now", Timestamp.from(now))
                        .param("id", id)
                        .param("sender", sender)
                        .update()
                == 1;
    }

    /** Puts a mail back for a later attempt. */
    public void retryLater(long id, String sender, String error, Instant next) {
        jdbc.sql("""
                        update mail_outbox set status = 'PENDING', next_attempt_at = :next, lease_until = null,
                            last_error = :error
                        where id = :id and status = 'SENDING' and claimed_by = :sender""")
                .param("next", Timestamp.from(next))
                .param("error", truncate(error))
                .param("id", id)
                .param("sender", sender)
                .update();
    }

    /** Gives up on a mail; administrators see it with the error and may retry. */
    public void markFailed(long id, String sender, String error) {
        jdbc.sql("""
                        update mail_outbox set status = 'FAILED', lease_until = null, last_error = :error
                        where id = :id and status = 'SENDING' and claimed_by = :sender""")
                .param("error", truncate(error))
                .param("id", id)
                .param("sender", sender)
                .update();
    }

    /** Remembers an address the mail server refused for good. */
    public void markUndeliverable(String email, @Nullable Long personId, String reason, Instant now) {
        jdbc.sql("""
                        insert into undeliverable_address (email, person_id, reason, marked_at)
                        values (:email, :person, :reason, :now)
                        on duplicate key update reason = :reason, marked_at = :now""")
                .param("email", email.toLowerCase(java.util.Locale.ROOT))
                .param("person", personId)
                .param("reason", truncate(reason))
                .param("now", Timestamp.from(now))
                .update();
    }

    /** Makes failed mails due again and clears their addresses' undeliverable mark. */
    public int retry(List<Long> ids, Instant now) {
        if (ids.isEmpty()) {
            return 0;
        }
        jdbc.sql("""
                        delete from undeliverable_address where email in
                            (select recipient from mail_outbox where id in (:ids) and status = 'FAILED')""").param("ids", ids).update();
        return jdbc.sql("""
                        update mail_outbox set status = 'PENDING', next_attempt_at = :now, attempts = 0,
                            last_error = null
                        where id in (:ids) and status = 'FAILED'""").param("now", Timestamp.from(now)).param("ids", ids).update();
    }

    private static String truncate(@Nullable String text) {
        String value = text == null ? "" : text;
        return value.length() <= ERROR_MAX ? value : value.substring(0, ERROR_MAX);
    }
}
