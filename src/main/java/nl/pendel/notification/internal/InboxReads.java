package nl.pendel.notification.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.pendel.notification.InboxItem;
import nl.pendel.notification.InboxKind;
import nl.pendel.shared.personaldata.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What the bell and the inbox read of {@code app_notification}: always one person's rows. */
@Component
public class InboxReads {

    private final JdbcClient jdbc;

    InboxReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The unread count, in one statement. */
    public int unread(long personId) {
        return jdbc.sql("select count(*) from app_notification where person_id = ? and read_at is null")
                .param(personId)
                .query(Integer.class)
                .single();
    }

    public int count(long personId) {
        return jdbc.sql("select count(*) from app_notification where person_id = ?")
                .param(personId)
                .query(Integer.class)
                .single();
    }

    /** A page of the person's items, newest first. */
    public List<InboxItem> page(long personId, int offset, int limit) {
        return jdbc.sql("""
                        select id, kind, params, target, created_at, read_at is not null as is_read
                        from app_notification where person_id = :person
                        order by created_at desc, id desc limit :limit offset :offset""")
                .param("person", personId)
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, row) -> item(rs))
                .list();
    }

    /** The path the item opens, if it is this person's. */
    public Optional<String> targetOf(long personId, long itemId) {
        return jdbc.sql("select target from app_notification where id = ? and person_id = ?")
                .params(itemId, personId)
                .query(String.class)
                .optional();
    }

    /** The person's items for the export of their data. */
    List<Map<String, Object>> export(long personId) {
        return jdbc.sql("""
                        select kind, params, target, created_at, read_at from app_notification
                        where person_id = ? order by created_at, id""").param(personId).query(Rows.asJson()).list();
    }

    private static InboxItem item(ResultSet rs) throws SQLException {
        Timestamp created = rs.getTimestamp("created_at");
        return new InboxItem(
                rs.getLong("id"),
                InboxKind.valueOf(rs.getString("kind")),
                params(rs.getString("params")),
                rs.getString("target"),
                created.toInstant(),
                rs.getBoolean("is_read"));
    }

    static List<String> params(String joined) {
        return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(InboxStore.SEPARATOR, -1));
    }
}
