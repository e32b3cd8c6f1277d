package nl.pendel.evaluation.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.pendel.shared.personaldata.ExportLabels;
import nl.pendel.shared.personaldata.PersonalData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A person's course evaluations: only that they answered the evaluation of a course. The answers
 * themselves are anonymous (nothing links them to anyone), so they are neither exported nor erased;
 * erasure removes the flag.
 */
@Component
class EvaluationPersonalData implements PersonalData {

    private final JdbcClient jdbc;

    EvaluationPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String part() {
        return "course_evaluation";
    }

    @Override
    public Object export(long personId, ExportLabels labels) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Long courseId : jdbc.sql(
                        "select course_id from course_evaluation_done where person_id = ? order by course_id")
                .param(personId)
                .query(Long.class)
                .list()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("course_id", courseId);
            row.put("answered", true);
            rows.add(row);
        }
        return rows;
    }

    @Override
    public int erase(long personId) {
        return jdbc.sql("delete from course_evaluation_done where person_id = ?")
                .param(personId)
                .update();
    }
}
