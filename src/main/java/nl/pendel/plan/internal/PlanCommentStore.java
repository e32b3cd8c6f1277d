package nl.pendel.plan.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** The comments on plan sections ({@code plan_comment}). No access checks here: the services check first. */
@Component
public class PlanCommentStore {

    private final JdbcClient jdbc;

    PlanCommentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A comment with its author's id. */
    public record CommentRow(long id, String sectionKey, long authorId, String text, Instant createdAt) {}

    /** Stores a comment; answers its id. */
    public long insert(long planId, String sectionKey, long authorId, String text, Instant at) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into plan_comment (plan_id, section_key, author_id, text, created_at) values (?, ?, ?, ?, ?)")
                .params(planId, sectionKey, authorId, text, Timestamp.from(at))
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    /** The comments on a plan's sections, oldest first. */
    public List<CommentRow> ofPlan(long planId) {
        return jdbc.sql("""
                        select id, section_key, author_id, text, created_at from plan_comment
                        where plan_id = ? order by created_at, id""").param(planId).query((rs, n) -> row(rs)).list();
    }

    /** One comment of a plan. */
    public Optional<CommentRow> one(long planId, long commentId) {
        return jdbc.sql("""
                        select id, section_key, author_id, text, created_at from plan_comment
                        where id = ? and plan_id = ?""").params(commentId, planId).query((rs, n) -> row(rs)).optional();
    }

    private static CommentRow row(ResultSet rs) throws SQLException {
        return new CommentRow(
                rs.getLong("id"),
                rs.getString("section_key"),
                rs.getLong("author_id"),
                rs.getString("text"),
                rs.getTimestamp("created_at").toInstant());
    }
}
