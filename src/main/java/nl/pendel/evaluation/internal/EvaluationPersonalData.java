package nl.pendel.evaluation.internal;

import java.util.List;
import java.util.Map;
import nl.pendel.shared.personaldata.ExportLabels;
import nl.pendel.shared.personaldata.PersonalData;
import nl.pendel.shared.personaldata.Rows;
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
        List<Map<String, Object>> rows =
                jdbc.sql("""
                        select course_id, true as answered from course_evaluation_done
                        where person_id = ? order by course_id""").param(personId).query(Rows.asJson()).list();
        return rows;
    }

    @Override
    public int erase(long personId) {
        return jdbc.sql("delete from course_evaluation_done where person_id = ?")
                .param(personId)
                .update();
    }
}
