package nl.pendel.message.internal;

import java.sql.Timestamp;
import java.time.Instant;
import nl.pendel.message.Audience;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/** Writes announcements and the messages of their threads; the texts were checked before. */
@Component
public class MessageStore {

    private final JdbcClient jdbc;

    MessageStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long announce(
            long courseId,
            long authorId,
            Audience audience,
            @Nullable Long subgroupId,
            @Nullable Long personId,
            String subject,
            String body,
            Instant now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into course_announcement
                            (course_id, author_id, audience, subgroup_id, person_id, subject, body, created_at)
                        values (:course, :author, :audience, :subgroup, :person, :subject, :body, :now)""")
                .param("course", courseId)
                .param("author", authorId)
                .param("audience", audience.name())
                .param("subgroup", subgroupId)
                .param("person", personId)
                .param("subject", subject)
                .param("body", body)
                .param("now", Timestamp.from(now))
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    public long reply(long announcementId, long participantId, long authorId, String body, Instant now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into announcement_reply (announcement_id, participant_id, author_id, body, created_at)
                        values (:announcement, :participant, :author, :body, :now)""")
                .param("announcement", announcementId)
                .param("participant", participantId)
                .param("author", authorId)
                .param("body", body)
                .param("now", Timestamp.from(now))
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }
}
