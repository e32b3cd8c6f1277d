package nl.pendel.plan.internal;

import java.sql.Timestamp;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.pendel.plan.PlanStatus;
import nl.pendel.shared.personaldata.ExportLabels;
import nl.pendel.shared.personaldata.PersonalData;
import nl.pendel.shared.personaldata.RetentionRule;
import nl.pendel.shared.personaldata.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What a person wrote in activity plans: the section versions they saved, their unsaved drafts
 * and their comments. A plan is the subgroup's collective text, so erasure keeps the sections and
 * their versions (the author is then shown under the anonymised name) and deletes the person's own
 * drafts and comments. Drafts nobody saved are deleted after their retention period.
 */
@Component
class PlanPersonalData implements PersonalData {

    private final JdbcClient jdbc;

    PlanPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String part() {
        return "plans";
    }

    @Override
    public Object export(long personId, ExportLabels labels) {
        Map<String, Object> part = new LinkedHashMap<>();
        part.put(
                "plans_started",
                labels.label(rows("""
                                select id, course_id, title, status, created_at from activity_plan
                                where created_by = ? order by id""", personId), "status", PlanStatus.class, PlanStatus::translationKey));
        part.put("section_versions_written", rows("""
                select v.plan_id, p.title as plan, v.section_key, v.version, v.content, v.saved_at, v.restored_from
                from plan_section_version v join activity_plan p on p.id = v.plan_id
                where v.saved_by = ? order by v.plan_id, v.section_key, v.version""", personId));
        part.put("drafts", rows("""
                select plan_id, section_key, content, base_version, updated_at from plan_section_draft
                where person_id = ? order by plan_id, section_key""", personId));
        part.put("comments", rows("""
                select plan_id, section_key, text, created_at from plan_comment
                where author_id = ? order by created_at""", personId));
        return part;
    }

    private List<Map<String, Object>> rows(String sql, long personId) {
        return jdbc.sql(sql).param(personId).query(Rows.asJson()).list();
    }

    @Override
    public int erase(long personId) {
        int drafts = jdbc.sql("delete from plan_section_draft where person_id = ?")
                .param(personId)
                .update();
        int comments = jdbc.sql("delete from plan_comment where author_id = ?")
                .param(personId)
                .update();
        return drafts + comments;
    }

    @Override
    public List<RetentionRule> retention() {
        return List.of(new RetentionRule("plan-drafts", Period.ofMonths(3), cutoff -> jdbc.sql(
                        "delete from plan_section_draft where updated_at < ?")
                .param(Timestamp.from(cutoff))
                .update()));
    }
}
