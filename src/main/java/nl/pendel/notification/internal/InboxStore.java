package nl.pendel.notification.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Writes to {@code app_notification}: new items, read state, retention and erasure. */
@Repository
public class InboxStore {

    /** Separates the names in {@code params}; taken out of the names themselves. */
    static final String SEPARATOR = "\u001F";

    private static final int PARAM_MAX = 200;

    private final JdbcClient jdbc;

    InboxStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds the item unless this person has it already (same dedupe key); answers whether it did. */
    public boolean add(long personId, String dedupeKey, InboxNote note, Instant now) {
        return jdbc.sql("""
                        insert into app_notification (person_id, kind, course_id, dedupe_key, params, target,
                            created_at)
                        values (:person, :kind, :course, :key, :params, :target, :now)
                        on duplicate key update id = id""")
                        .param("person", personId)
                        .param("kind", note.kind().name())
                        .param("course", note.courseId())
                        .param("key", dedupeKey)
                        .param("params", join(note.params()))
                        .param("target", note.target())
                        .param("now", Timestamp.from(now))
                        .update()
                == 1;
    }

    public boolean markRead(long personId, long itemId, Instant now) {
        return jdbc.sql("""
                        update app_notification set read_at = :now
                        where id = :id and person_id = :person and read_at is null""")
                        .param("now", Timestamp.from(now))
                        .param("id", itemId)
                        .param("person", personId)
                        .update()
                == 1;
    }

    public int markAllRead(long personId, Instant now) {
        return jdbc.sql("update app_notification set read_at = :now where person_id = :person and read_at is null")
                .param("now", Timestamp.from(now))
                .param("person", personId)
                .update();
    }

    /** Deletes read items written before the cut-off. */
    public int purgeRead(Instant cutoff) {
        return jdbc.sql("delete from app_notification where read_at is not null and created_at < ?")
                .param(Timestamp.from(cutoff))
                .update();
    }

    public int erase(long personId) {
        return jdbc.sql("delete from app_notification where person_id = ?")
                .param(personId)
                .update();
    }

    static String join(List<String> params) {
        StringBuilder joined = new StringBuilder();
        for (String param : params) {
            if (!joined.isEmpty()) {
                joined.append(SEPARATOR);
            }
            String clean = param.replace(SEPARATOR, " ").strip();
            joined.append(clean.length() > PARAM_MAX ? clean.substring(0, PARAM_MAX - 1) + "…" : clean);
        }
        return joined.toString();
    }
}
