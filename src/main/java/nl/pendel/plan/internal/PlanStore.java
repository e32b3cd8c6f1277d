package nl.pendel.plan.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.pendel.plan.PlanStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * The plan tables in plain SQL: a plan's row, its sections with their saved versions, and the
 * writers' drafts. Every change of a plan or section is guarded by the version the writer read;
 * a change that finds another version changes nothing and answers false. No access checks here:
 * the services check role and plan before they ask.
 */
@Component
public class PlanStore {

    private final JdbcClient jdbc;

    PlanStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The stored plan row. */
    public record PlanRow(
            long id,
            long courseId,
            long subgroupId,
            long templateVersionId,
            String title,
            PlanStatus status,
            Set<String> competences,
            @Nullable Long signedOffBy,
            @Nullable Instant signedOffAt,
            long version) {}

    /** A section as saved: 0 and nobody while nobody saved it yet. */
    public record StoredSection(
            String sectionKey,
            String content,
            long version,
            @Nullable Long updatedBy,
            @Nullable Instant updatedAt) {}

    /** The plan's row, if it exists. */
    public Optional<PlanRow> plan(long planId) {
        return jdbc.sql("""
                        select id, course_id, subgroup_id, template_version_id, title, status, competences,
                               signed_off_by, signed_off_at, version
                        from activity_plan where id = ?""")
                .param(planId)
                .query((rs, n) -> new PlanRow(
                        rs.getLong("id"),
                        rs.getLong("course_id"),
                        rs.getLong("subgroup_id"),
                        rs.getLong("template_version_id"),
                        rs.getString("title"),
                        PlanStatus.valueOf(rs.getString("status")),
                        codes(rs.getString("competences")),
                        rs.getObject("signed_off_by", Long.class),
                        instant(rs, "signed_off_at"),
                        rs.getLong("version")))
                .optional();
    }

    /** A new plan with an empty section for each key; answers its id. */
    public long insertPlan(
            long courseId, long subgroupId, long templateVersionId, long createdBy, Instant at, List<String> keys) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into activity_plan (course_id, subgroup_id, template_version_id, title, created_by, created_at)
                        values (?, ?, ?, '', ?, ?)""")
                .params(courseId, subgroupId, templateVersionId, createdBy, Timestamp.from(at))
                .update(key, "id");
        long planId = key.getKeyAs(Number.class).longValue();
        for (String sectionKey : keys) {
            jdbc.sql("insert into plan_section (plan_id, section_key, content) values (?, ?, '')")
                    .params(planId, sectionKey)
                    .update();
        }
        return planId;
    }

    /** The trainer's sign-off: the status and who signed off when. */
    public boolean signOff(long planId, PlanStatus status, long by, Instant at, long expectedVersion) {
        return jdbc.sql("""
                                update activity_plan set status = ?, signed_off_by = ?, signed_off_at = ?,
                                                         version = version + 1
                                where id = ? and version = ?""")
                        .params(status.name(), by, Timestamp.from(at), planId, expectedVersion)
                        .update()
                > 0;
    }

    /** A status before the sign-off: the sign-off goes. */
    public boolean moveBack(long planId, PlanStatus status, long expectedVersion) {
        return jdbc.sql("""
                                update activity_plan set status = ?, signed_off_by = null, signed_off_at = null,
                                                         version = version + 1
                                where id = ? and version = ?""").params(status.name(), planId, expectedVersion).update() > 0;
    }

    /** Another status, the sign-off unchanged. */
    public boolean setStatus(long planId, PlanStatus status, long expectedVersion) {
        return jdbc.sql("update activity_plan set status = ?, version = version + 1 where id = ? and version = ?")
                        .params(status.name(), planId, expectedVersion)
                        .update()
                > 0;
    }

    /** The competences the plan exercises. */
    public boolean setCompetences(long planId, Set<String> codes, long expectedVersion) {
        return jdbc.sql("update activity_plan set competences = ?, version = version + 1 where id = ? and version = ?")
                        .params(String.join(",", new TreeSet<>(codes)), planId, expectedVersion)
                        .update()
                > 0;
    }

    /** The plan's title (from its first section); no version: it follows that section's save. */
    public void setTitle(long planId, String title) {
        jdbc.sql("update activity_plan set title = ? where id = ?")
                .params(title, planId)
                .update();
    }

    /** One section as saved. */
    public Optional<StoredSection> section(long planId, String sectionKey) {
        return jdbc.sql("""
                        select section_key, content, version, updated_by, updated_at from plan_section
                        where plan_id = ? and section_key = ?""")
                .params(planId, sectionKey)
                .query((rs, n) -> storedSection(rs))
                .optional();
    }

    /** Whether the section's text is blank (or the plan has no such section). */
    public boolean sectionEmpty(long planId, String sectionKey) {
        return jdbc.sql("select content from plan_section where plan_id = ? and section_key = ?")
                .params(planId, sectionKey)
                .query(String.class)
                .optional()
                .map(String::isBlank)
                .orElse(true);
    }

    /** The keys of the plan's sections that are empty (as the database compares). */
    public Set<String> emptySections(long planId) {
        return Set.copyOf(jdbc.sql("select section_key from plan_section where plan_id = ? and content = ''")
                .param(planId)
                .query(String.class)
                .list());
    }

    /** Saves a section over {@code expectedVersion} and keeps the version; false when another was saved. */
    public boolean saveSection(
            long planId, String sectionKey, String content, long by, Instant at, long expectedVersion) {
        Timestamp now = Timestamp.from(at);
        int updated = jdbc.sql("""
                        update plan_section set content = ?, version = version + 1, updated_by = ?, updated_at = ?
                        where plan_id = ? and section_key = ? and version = ?""")
                .params(content, by, now, planId, sectionKey, expectedVersion)
                .update();
        if (updated == 0) {
            return false;
        }
        jdbc.sql("""
                        insert into plan_section_version (plan_id, section_key, version, content, saved_by, saved_at)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(planId, sectionKey, expectedVersion + 1, content, by, now)
                .update();
        return true;
    }

    /** The text of one saved version of the section, if it is one of its versions. */
    public Optional<String> versionContent(long versionId, long planId, String sectionKey) {
        return jdbc.sql("select content from plan_section_version where id = ? and plan_id = ? and section_key = ?")
                .params(versionId, planId, sectionKey)
                .query(String.class)
                .optional();
    }

    /** Notes that this version of the section restored an earlier one. */
    public void markRestored(long planId, String sectionKey, long version, long restoredFrom) {
        jdbc.sql("""
                        update plan_section_version set restored_from = ?
                        where plan_id = ? and section_key = ? and version = ?""").params(restoredFrom, planId, sectionKey, version).update();
    }

    /** Keeps (or replaces) a writer's unsaved text of a section. */
    public void keepDraft(long planId, String sectionKey, long personId, String content, long baseVersion, Instant at) {
        jdbc.sql("""
                        insert into plan_section_draft (plan_id, section_key, person_id, content, base_version, updated_at)
                        values (?, ?, ?, ?, ?, ?)
                        on duplicate key update content = values(content), base_version = values(base_version),
                                                updated_at = values(updated_at)""")
                .params(planId, sectionKey, personId, content, baseVersion, Timestamp.from(at))
                .update();
    }

    /** Throws away a writer's unsaved text of a section. */
    public void deleteDraft(long planId, String sectionKey, long personId) {
        jdbc.sql("delete from plan_section_draft where plan_id = ? and section_key = ? and person_id = ?")
                .params(planId, sectionKey, personId)
                .update();
    }

    /** The competence codes as stored: comma-separated. */
    static Set<String> codes(String stored) {
        return Arrays.stream(stored.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }

    static StoredSection storedSection(ResultSet rs) throws SQLException {
        return new StoredSection(
                rs.getString("section_key"),
                rs.getString("content"),
                rs.getLong("version"),
                rs.getObject("updated_by", Long.class),
                instant(rs, "updated_at"));
    }
}
