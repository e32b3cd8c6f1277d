package nl.pendel.precondition.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.pendel.precondition.Precondition;
import nl.pendel.precondition.Respondent;
import nl.pendel.shared.personaldata.ExportLabels;
import nl.pendel.shared.personaldata.PersonalData;
import nl.pendel.shared.personaldata.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A person's answers to the preconditions scan. Erasure deletes the comments; the ratings stay in
 * the team's average.
 */
@Component
class PreconditionPersonalData implements PersonalData {

    private final JdbcClient jdbc;

    PreconditionPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String part() {
        return "preconditions";
    }

    @Override
    public Object export(long personId, ExportLabels labels) {
        List<Map<String, Object>> responses =
                jdbc.sql("""
                select course_id, respondent, updated_at from precondition_response
                where person_id = ? order by course_id""").param(personId).query(Rows.asJson()).list();
        labels.label(responses, "respondent", Respondent.class, Respondent::translationKey);
        Map<Object, List<Map<String, Object>>> answers = new LinkedHashMap<>();
        for (Map<String, Object> row :
                jdbc.sql("""
                select course_id, precondition, rating, comment from precondition_rating
                where person_id = ? order by course_id, precondition""").param(personId).query(Rows.asJson()).list()) {
            row.computeIfPresent(
                    "precondition",
                    (column, code) -> labels.of(code, Precondition.class, Precondition::translationKey));
            answers.computeIfAbsent(row.remove("course_id"), k -> new ArrayList<>())
                    .add(row);
        }
        responses.forEach(r -> r.put("answers", answers.getOrDefault(r.get("course_id"), List.of())));
        return responses;
    }

    @Override
    public int erase(long personId) {
        return jdbc.sql("update precondition_rating set comment = '' where person_id = ? and comment <> ''")
                .param(personId)
                .update();
    }
}
