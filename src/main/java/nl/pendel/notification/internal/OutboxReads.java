package nl.pendel.notification.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.pendel.notification.MailStatus;
import nl.pendel.notification.NotificationKind;
import nl.pendel.notification.OutboxEntry;
import nl.pendel.notification.OutboxService;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What the administrators' outbox screen reads of {@code mail_outbox} and {@code undeliverable_address}. */
@Component
public class OutboxReads {

    private static final String COLUMNS = """
            id, recipient, kind, subject, status, attempts, last_error, created_at, sent_at,
            calendar is not null as with_calendar""";

    private final JdbcClient jdbc;

    OutboxReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A page of mails, newest first, optionally of one status. */
    public List<OutboxEntry> page(@Nullable MailStatus status, long offset, int limit) {
        return jdbc.sql("select " + COLUMNS + " from mail_outbox where (:status is null or status = :status)"
                        + " order by id desc limit :limit offset :offset")
                .param("status", status == null ? null : status.name())
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, row) -> entry(rs))
                .list();
    }

    public long count(@Nullable MailStatus status) {
        return jdbc.sql("select count(*) from mail_outbox where (:status is null or status = :status)")
                .param("status", status == null ? null : status.name())
                .query(Long.class)
                .single();
    }

    /** How many mails there are of each status (zero for a status without mails). */
    public Map<MailStatus, Long> counts() {
        Map<MailStatus, Long> counts = new EnumMap<>(MailStatus.class);
        for (MailStatus status : MailStatus.values()) {
            counts.put(status, 0L);
        }
        jdbc.sql("select status, count(*) as mails from mail_outbox group by status")
                .query(rs -> {
                    counts.put(MailStatus.valueOf(rs.getString("status")), rs.getLong("mails"));
                });
        return counts;
    }

    public Optional<OutboxService.MailView> find(long id) {
        return jdbc.sql("select " + COLUMNS + ", body_text, body_html, calendar from mail_outbox where id = ?")
                .param(id)
                .query((rs, row) -> new OutboxService.MailView(
                        entry(rs), rs.getString("body_text"), rs.getString("body_html"), rs.getString("calendar")))
                .optional();
    }

    /** The newest hundred addresses the mail server refused for good. */
    public List<OutboxService.Undeliverable> undeliverable() {
        return jdbc.sql("select email, reason, marked_at from undeliverable_address order by marked_at desc limit 100")
                .query((rs, row) -> new OutboxService.Undeliverable(
                        rs.getString("email"),
                        rs.getString("reason"),
                        rs.getTimestamp("marked_at").toInstant()))
                .list();
    }

    private static OutboxEntry entry(ResultSet rs) throws SQLException {
        Timestamp sent = rs.getTimestamp("sent_at");
        return new OutboxEntry(
                rs.getLong("id"),
                rs.getString("recipient"),
                NotificationKind.valueOf(rs.getString("kind")),
                rs.getString("subject"),
                MailStatus.valueOf(rs.getString("status")),
                rs.getInt("attempts"),
                rs.getString("last_error"),
                rs.getTimestamp("created_at").toInstant(),
                sent == null ? null : sent.toInstant(),
                rs.getBoolean("with_calendar"));
    }
}
