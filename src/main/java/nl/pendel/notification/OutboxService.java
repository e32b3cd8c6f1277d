package nl.pendel.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.pendel.notification.internal.Outbox;
import nl.pendel.security.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The outbox for administrators: what is pending, sent, failed or kept, and retrying failures. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
public class OutboxService {

    private static final String COLUMNS = """
            id, recipient, kind, subject, status, attempts, last_error, created_at, sent_at,
            calendar is not null""";

    private final JdbcClient jdbc;
    private final Outbox outbox;
    private final Clock clock;

    OutboxService(JdbcClient jdbc, Outbox outbox, Clock clock) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** A page of mails, newest first, optionally of one status. */
    public List<OutboxEntry> page(@Nullable MailStatus status, Pageable page) {
        return jdbc.sql("select " + COLUMNS + " from mail_outbox where (:status is null or status = :status)"
                        + " order by id desc limit :limit offset :offset")
                .param("status", status == null ? null : status.name())
                .param("limit", page.getPageSize())
                .param("offset", page.getOffset())
                .query((rs, row) -> entry(rs))
                .list();
    }

    public long count(@Nullable MailStatus status) {
        return jdbc.sql("select count(*) from mail_outbox where (:status is null or status = :status)")
                .param("status", status == null ? null : status.name())
                .query(Long.class)
                .single();
    }

    /** How many mails there are of each status. */
    public Map<MailStatus, Long> counts() {
        Map<MailStatus, Long> counts = new EnumMap<>(MailStatus.class);
        for (MailStatus status : MailStatus.values()) {
            counts.put(status, 0L);
        }
        jdbc.sql("select status, count(*) from mail_outbox group by status").query(rs -> {
            counts.put(MailStatus.valueOf(rs.getString(1)), rs.getLong(2));
        });
        return counts;
    }

    /** One mail with its bodies, as it would be or was sent. */
    public record MailView(
            OutboxEntry entry,
            String text,
            String html,
            @Nullable String calendar) {}

    public Optional<MailView> find(long id) {
        return jdbc.sql("select " + COLUMNS + ", body_text, body_html, calendar from mail_outbox where id = ?")
                .param(id)
                .query((rs, row) -> new MailView(entry(rs), rs.getString(11), rs.getString(12), rs.getString(13)))
                .optional();
    }

    /** Sends a failed mail again (and forgets that its address was refused). */
    @Transactional
    public boolean retry(long id) {
        return outbox.retry(List.of(id), clock.instant()) == 1;
    }

    /** An address the mail server refused for good. */
    public record Undeliverable(String email, String reason, Instant markedAt) {}

    public List<Undeliverable> undeliverable() {
        return jdbc.sql("select email, reason, marked_at from undeliverable_address order by marked_at desc limit 100")
                .query((rs, row) -> new Undeliverable(
                        rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant()))
                .list();
    }

    private static OutboxEntry entry(java.sql.ResultSet rs) throws java.sql.SQLException {
        Timestamp sent = rs.getTimestamp(9);
        return new OutboxEntry(
                rs.getLong(1),
                rs.getString(2),
                NotificationKind.valueOf(rs.getString(3)),
                rs.getString(4),
                MailStatus.valueOf(rs.getString(5)),
                rs.getInt(6),
                rs.getString(7),
                rs.getTimestamp(8).toInstant(),
                sent == null ? null : sent.toInstant(),
                rs.getBoolean(10));
    }
}
