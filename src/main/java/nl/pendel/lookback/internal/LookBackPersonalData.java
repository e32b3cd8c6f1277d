package nl.pendel.lookback.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.pendel.course.CourseService;
import nl.pendel.security.SystemAuthentication;
import nl.pendel.shared.personaldata.ExportLabels;
import nl.pendel.shared.personaldata.PersonalData;
import nl.pendel.shared.personaldata.RetentionRule;
import nl.pendel.shared.personaldata.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A person's look-backs: every response they gave (signed or not, since they are its writer) with
 * its answers. Erasure and retention drop the link to the person and keep the answers, which
 * then belong to nobody: the session's figures and the trainers' reading still add up, and a
 * signed answer is shown without a name from then on.
 */
@Component
class LookBackPersonalData implements PersonalData {

    private final JdbcClient jdbc;
    private final CourseService courses;

    LookBackPersonalData(JdbcClient jdbc, CourseService courses) {
        this.jdbc = jdbc;
        this.courses = courses;
    }

    @Override
    public String part() {
        return "look_back";
    }

    @Override
    public Object export(long personId, ExportLabels labels) {
        List<Map<String, Object>> responses =
                jdbc.sql("""
                        select id, course_id, session_id, signed, answered_at from look_back_response
                        where person_id = ? order by answered_at""").param(personId).query(Rows.asJson()).list();
        Map<Object, List<Map<String, Object>>> answers = new LinkedHashMap<>();
        for (Map<String, Object> row :
                jdbc.sql("""
                        select a.response_id, a.question_key, a.rating, a.text from look_back_answer a
                        join look_back_response r on r.id = a.response_id
                        where r.person_id = ? order by a.response_id, a.question_key""").param(personId).query(Rows.asJson()).list()) {
            answers.computeIfAbsent(row.remove("response_id"), k -> new ArrayList<>())
                    .add(row);
        }
        responses.forEach(r -> r.put("answers", answers.getOrDefault(r.remove("id"), List.of())));
        return responses;
    }

    @Override
    public int erase(long personId) {
        return jdbc.sql("update look_back_response set person_id = null, signed = false where person_id = ?")
                .param(personId)
                .update();
    }

    @Override
    public List<RetentionRule> retention() {
        return List.of(new RetentionRule("look-back", Period.ofMonths(12), this::anonymiseExpired));
    }

    /** The look-backs of courses closed and ended before the cut-off lose their writers. */
    private int anonymiseExpired(Instant cutoff) {
        LocalDate day = LocalDate.ofInstant(cutoff, ZoneId.of("Europe/Amsterdam"));
        List<Long> expired = SystemAuthentication.runAsAdministrator(() -> courses.closedEndedBefore(day));
        if (expired.isEmpty()) {
            return 0;
        }
        return jdbc.sql("""
                        update look_back_response set person_id = null, signed = false
                        where person_id is not null and course_id in (:courses)""").param("courses", expired).update();
    }
}
