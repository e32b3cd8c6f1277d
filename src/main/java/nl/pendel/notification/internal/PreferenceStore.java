package nl.pendel.notification.internal;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import nl.pendel.notification.Delivery;
import nl.pendel.notification.NotificationKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stored notification preferences; a kind without a row is delivered immediately. */
@Repository
public class PreferenceStore {

    private final JdbcClient jdbc;

    PreferenceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Map<NotificationKind, Delivery> of(long personId) {
        Map<NotificationKind, Delivery> result = new EnumMap<>(NotificationKind.class);
        for (NotificationKind kind : NotificationKind.values()) {
            if (kind.configurable()) {
                result.put(kind, Delivery.IMMEDIATE);
            }
        }
        jdbc.sql("select kind, delivery from notification_preference where person_id = ?")
                .param(personId)
                .query(rs -> {
                    NotificationKind kind = NotificationKind.valueOf(rs.getString("kind"));
                    if (kind.configurable()) {
                        result.put(kind, Delivery.valueOf(rs.getString("delivery")));
                    }
                });
        return result;
    }

    /** Each person's choice for one kind, in one query. */
    public Map<Long, Delivery> of(Collection<Long> people, NotificationKind kind) {
        Map<Long, Delivery> result = new HashMap<>();
        if (!kind.configurable() || people.isEmpty()) {
            return result;
        }
        jdbc.sql("select person_id, delivery from notification_preference where kind = :kind and person_id in (:ids)")
                .param("kind", kind.name())
                .param("ids", people)
                .query(rs -> {
                    result.put(rs.getLong("person_id"), Delivery.valueOf(rs.getString("delivery")));
                });
        return result;
    }

    public void set(long personId, NotificationKind kind, Delivery delivery) {
        jdbc.sql("""
                        insert into notification_preference (person_id, kind, delivery) values (:person, :kind, :delivery)
                        on duplicate key update delivery = :delivery""")
                .param("person", personId)
                .param("kind", kind.name())
                .param("delivery", delivery.name())
                .update();
    }
}
