package nl.pendel.message.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import nl.pendel.message.Audience;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The announcements of a course and the messages of their threads, each in one statement. */
@Component
public class MessageReads {

    private static final String ANNOUNCEMENT = """
            select id, course_id, author_id, audience, subgroup_id, person_id, subject, body, created_at
            from course_announcement""";

    private static final String REPLY = """
            select id, announcement_id, participant_id, author_id, body, created_at from announcement_reply""";

    private final JdbcClient jdbc;

    MessageReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One stored announcement. */
    public record AnnouncementRow(
            long id,
            long courseId,
            long authorId,
            Audience audience,
            @Nullable Long subgroupId,
            @Nullable Long personId,
            String subject,
            String body,
            Instant createdAt) {}

    /** One stored message of a thread. */
    public record ReplyRow(
            long id, long announcementId, long participantId, long authorId, String body, Instant createdAt) {}

    public Optional<AnnouncementRow> announcement(long id) {
        return jdbc.sql(ANNOUNCEMENT + " where id = ?")
                .param(id)
                .query(MessageReads::announcement)
                .optional();
    }

    /** Every announcement of the course, newest first (for its trainers). */
    public List<AnnouncementRow> ofCourse(long courseId) {
        return jdbc.sql(ANNOUNCEMENT + " where course_id = ? order by created_at desc, id desc")
                .param(courseId)
                .query(MessageReads::announcement)
                .list();
    }

    /** The course-wide announcements only, newest first. */
    public List<AnnouncementRow> courseWide(long courseId) {
        return jdbc.sql(ANNOUNCEMENT + " where course_id = ? and audience = 'COURSE' order by created_at desc, id desc")
                .param(courseId)
                .query(MessageReads::announcement)
                .list();
    }

    /** What one participant of the course may read: for the course, their subgroup and themselves. */
    public List<AnnouncementRow> forParticipant(long courseId, long personId, @Nullable Long subgroupId) {
        return jdbc.sql(ANNOUNCEMENT + """
                         where course_id = :course and (audience = 'COURSE'
                            or (audience = 'SUBGROUP' and subgroup_id = :subgroup)
                            or (audience = 'PERSON' and person_id = :person))
                        order by created_at desc, id desc""")
                .param("course", courseId)
                .param("subgroup", subgroupId == null ? -1L : subgroupId)
                .param("person", personId)
                .query(MessageReads::announcement)
                .list();
    }

    public Optional<ReplyRow> reply(long id) {
        return jdbc.sql(REPLY + " where id = ?")
                .param(id)
                .query(MessageReads::reply)
                .optional();
    }

    /** The messages of the threads under these announcements, oldest first; of one participant when given. */
    public List<ReplyRow> replies(Collection<Long> announcementIds, @Nullable Long participantId) {
        if (announcementIds.isEmpty()) {
            return List.of();
        }
        if (participantId == null) {
            return jdbc.sql(REPLY + " where announcement_id in (:ids) order by created_at, id")
                    .param("ids", announcementIds)
                    .query(MessageReads::reply)
                    .list();
        }
        return jdbc.sql(REPLY + """
                         where announcement_id in (:ids) and participant_id = :participant
                        order by created_at, id""")
                .param("ids", announcementIds)
                .param("participant", participantId)
                .query(MessageReads::reply)
                .list();
    }

    private static AnnouncementRow announcement(ResultSet rs, int row) throws SQLException {
        return new AnnouncementRow(
                rs.getLong("id"),
                rs.getLong("course_id"),
                rs.getLong("author_id"),
                Audience.valueOf(rs.getString("audience")),
                rs.getObject("subgroup_id", Long.class),
                rs.getObject("person_id", Long.class),
                rs.getString("subject"),
                rs.getString("body"),
                rs.getTimestamp("created_at").toInstant());
    }

    private static ReplyRow reply(ResultSet rs, int row) throws SQLException {
        return new ReplyRow(
                rs.getLong("id"),
                rs.getLong("announcement_id"),
                rs.getLong("participant_id"),
                rs.getLong("author_id"),
                rs.getString("body"),
                rs.getTimestamp("created_at").toInstant());
    }
}
