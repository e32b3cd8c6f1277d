package nl.pendel.rights.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.pendel.account.PersonProfile;
import nl.pendel.account.PersonService;
import nl.pendel.rights.PrivacyActionKind;
import nl.pendel.shared.personaldata.ExportLabels;
import nl.pendel.shared.personaldata.PersonalData;
import nl.pendel.shared.personaldata.RetentionRule;
import nl.pendel.shared.personaldata.Rows;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The log of exports and erasures ({@code privacy_action}). It is part of the person's own data
 * (who downloaded it), survives their erasure (the subject is then anonymous) and is deleted after
 * its own retention period.
 */
@Component
public class PrivacyLog implements PersonalData {

    /** One row of the log, with ids only. */
    public record Entry(
            Instant at,
            PrivacyActionKind kind,
            long subjectId,
            long actorId,
            @Nullable Long sizeBytes,
            @Nullable Integer files,
            @Nullable Integer rowsChanged) {}

    private final JdbcClient jdbc;
    private final PersonService people;

    PrivacyLog(JdbcClient jdbc, PersonService people) {
        this.jdbc = jdbc;
        this.people = people;
    }

    /** An export: its size and number of attachments. */
    public void recordExport(long subjectId, long actorId, Instant at, long sizeBytes, int files) {
        insert(PrivacyActionKind.EXPORT, subjectId, actorId, at, sizeBytes, files, null);
    }

    /** An erasure: how many rows were deleted or changed. */
    public void recordErasure(long subjectId, long actorId, Instant at, int rowsChanged) {
        insert(PrivacyActionKind.ERASURE, subjectId, actorId, at, null, null, rowsChanged);
    }

    private void insert(
            PrivacyActionKind kind,
            long subjectId,
            long actorId,
            Instant at,
            @Nullable Long sizeBytes,
            @Nullable Integer files,
            @Nullable Integer rowsChanged) {
        jdbc.sql("""
                        insert into privacy_action (kind, subject_id, actor_id, happened_at, size_bytes, files, rows_changed)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(kind.name(), subjectId, actorId, Timestamp.from(at), sizeBytes, files, rowsChanged)
                .update();
    }

    /** Newest first; all, or where this person is the subject or the actor. */
    public List<Entry> page(@Nullable Long personId, @Nullable PrivacyActionKind kind, int offset, int limit) {
        return jdbc.sql("""
                        select happened_at, kind, subject_id, actor_id, size_bytes, files, rows_changed from privacy_action
                        where (? is null or subject_id = ? or actor_id = ?) and (? is null or kind = ?)
                        order by happened_at desc, id desc limit ? offset ?""")
                .params(personId, personId, personId, name(kind), name(kind), limit, offset)
                .query(PrivacyLog::entry)
                .list();
    }

    public long count(@Nullable Long personId) {
        return jdbc.sql("select count(*) from privacy_action where ? is null or subject_id = ? or actor_id = ?")
                .params(personId, personId, personId)
                .query(Long.class)
                .single();
    }

    /** The actions on this person's data (not those they did to others), newest first. */
    public List<Entry> about(long subjectId) {
        return jdbc.sql("""
                        select happened_at, kind, subject_id, actor_id, size_bytes, files, rows_changed from privacy_action
                        where subject_id = ? order by happened_at desc, id desc""").param(subjectId).query(PrivacyLog::entry).list();
    }

    @Override
    public String part() {
        return "privacy_log";
    }

    @Override
    public Object export(long personId, ExportLabels labels) {
        List<Map<String, Object>> rows =
                jdbc.sql("""
                        select kind, happened_at, actor_id, size_bytes, files, rows_changed
                        from privacy_action where subject_id = ? order by happened_at""").param(personId).query(Rows.asJson()).list();
        Set<Long> actors = rows.stream()
                .map(row -> ((Number) row.get("actor_id")).longValue())
                .collect(Collectors.toSet());
        Map<Long, String> names = people.profiles(actors).stream()
                .collect(Collectors.toMap(PersonProfile::id, PersonProfile::displayName));
        List<Map<String, Object>> named = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("kind", row.get("kind"));
            line.put("happened_at", row.get("happened_at"));
            line.put("by_whom", names.get(((Number) row.get("actor_id")).longValue()));
            line.put("size_bytes", row.get("size_bytes"));
            line.put("files", row.get("files"));
            line.put("rows_changed", row.get("rows_changed"));
            named.add(line);
        }
        return labels.label(named, "kind", PrivacyActionKind.class, PrivacyActionKind::translationKey);
    }

    @Override
    public int erase(long personId) {
        return 0;
    }

    @Override
    public List<RetentionRule> retention() {
        return List.of(new RetentionRule("privacy-log", Period.ofMonths(24), cutoff -> jdbc.sql(
                        "delete from privacy_action where happened_at < ?")
                .param(Timestamp.from(cutoff))
                .update()));
    }

    private static Entry entry(ResultSet rs, int row) throws SQLException {
        return new Entry(
                rs.getTimestamp("happened_at").toInstant(),
                PrivacyActionKind.valueOf(rs.getString("kind")),
                rs.getLong("subject_id"),
                rs.getLong("actor_id"),
                rs.getObject("size_bytes", Long.class),
                rs.getObject("files", Integer.class),
                rs.getObject("rows_changed", Integer.class));
    }

    private static @Nullable String name(@Nullable PrivacyActionKind kind) {
        return kind == null ? null : kind.name();
    }
}
