package nl.pendel.plan.internal;

import static nl.pendel.plan.internal.PlanStore.instant;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import nl.pendel.plan.PlanStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the plan screens list, each in one statement for a whole set of courses or plans: the plans
 * of courses, the state of their sections, a writer's drafts and a section's history. Read only;
 * no access checks here: the services check role and plan before they ask.
 */
@Component
public class PlanReads {

    private final JdbcClient jdbc;

    PlanReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A plan as overviews list it, before its sections are counted. */
    public record Listed(
            long id, long courseId, long subgroupId, long templateVersionId, String title, PlanStatus status) {}

    /** One section of a listed plan: whether it is empty and when it was saved last. */
    public record SectionState(
            long planId,
            String sectionKey,
            boolean empty,
            @Nullable Instant updatedAt) {}

    /** A section as saved, with the number of comments on it. */
    public record ShownSection(PlanStore.StoredSection saved, int comments) {}

    /** A writer's unsaved text of a section. */
    public record DraftRow(String sectionKey, String content, long baseVersion, Instant updatedAt) {}

    /** A saved version of a section with the writer's id. */
    public record VersionRow(
            long id,
            long version,
            String content,
            long savedBy,
            Instant savedAt,
            @Nullable Long restoredFrom) {}

    /** The plans of these courses. */
    public List<Listed> plansOf(Collection<Long> courseIds) {
        if (courseIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select id, course_id, subgroup_id, template_version_id, title, status
                        from activity_plan where course_id in (:courses)""")
                .param("courses", courseIds)
                .query((rs, n) -> new Listed(
                        rs.getLong("id"),
                        rs.getLong("course_id"),
                        rs.getLong("subgroup_id"),
                        rs.getLong("template_version_id"),
                        rs.getString("title"),
                        PlanStatus.valueOf(rs.getString("status"))))
                .list();
    }

    /** The sections of these plans, empty or not (as the database compares: '' and spaces alike). */
    public List<SectionState> sectionStates(Collection<Long> planIds) {
        if (planIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select plan_id, section_key, content = '' as empty, updated_at
                        from plan_section where plan_id in (:plans)""")
                .param("plans", planIds)
                .query((rs, n) -> new SectionState(
                        rs.getLong("plan_id"),
                        rs.getString("section_key"),
                        rs.getBoolean("empty"),
                        instant(rs, "updated_at")))
                .list();
    }

    /** Every section of a plan as saved, with its comments counted. */
    public List<ShownSection> sections(long planId) {
        return jdbc.sql("""
                        select s.section_key, s.content, s.version, s.updated_by, s.updated_at,
                               (select count(*) from plan_comment c
                                where c.plan_id = s.plan_id and c.section_key = s.section_key) as comments
                        from plan_section s where s.plan_id = ?""")
                .param(planId)
                .query((rs, n) -> new ShownSection(PlanStore.storedSection(rs), rs.getInt("comments")))
                .list();
    }

    /** What one writer typed in a plan's sections and has not saved. */
    public List<DraftRow> drafts(long planId, long personId) {
        return jdbc.sql("""
                        select section_key, content, base_version, updated_at from plan_section_draft
                        where plan_id = ? and person_id = ?""")
                .params(planId, personId)
                .query((rs, n) -> new DraftRow(
                        rs.getString("section_key"),
                        rs.getString("content"),
                        rs.getLong("base_version"),
                        rs.getTimestamp("updated_at").toInstant()))
                .list();
    }

    /** Every saved version of a section, newest first. */
    public List<VersionRow> history(long planId, String sectionKey) {
        return jdbc.sql("""
                        select id, version, content, saved_by, saved_at, restored_from from plan_section_version
                        where plan_id = ? and section_key = ? order by version desc""")
                .params(planId, sectionKey)
                .query((rs, n) -> new VersionRow(
                        rs.getLong("id"),
                        rs.getLong("version"),
                        rs.getString("content"),
                        rs.getLong("saved_by"),
                        rs.getTimestamp("saved_at").toInstant(),
                        rs.getObject("restored_from", Long.class)))
                .list();
    }
}
