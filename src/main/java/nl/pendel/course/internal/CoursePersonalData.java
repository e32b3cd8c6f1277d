package nl.pendel.course.internal;

import java.util.List;
import java.util.Map;
import nl.pendel.course.CourseStatus;
import nl.pendel.security.Role;
import nl.pendel.shared.personaldata.ExportLabels;
import nl.pendel.shared.personaldata.PersonalData;
import nl.pendel.shared.personaldata.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The courses a person takes part in or trains. Erasure keeps the membership: the course's figures
 * (how many took part, attended, handed in) stay right, under the anonymised name.
 */
@Component
class CoursePersonalData implements PersonalData {

    private final JdbcClient jdbc;

    CoursePersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String part() {
        return "courses";
    }

    @Override
    public Object export(long personId, ExportLabels labels) {
        List<Map<String, Object>> courses = jdbc.sql("""
                select c.id, c.title, c.starts_on, c.ends_on, c.status,
                       case when c.trainer_id = ? then 'TRAINER'
                            when c.co_trainer_id = ? then 'CO_TRAINER'
                            else 'PARTICIPANT' end as role
                from course c
                where c.trainer_id = ? or c.co_trainer_id = ?
                   or exists (select 1 from course_participant cp where cp.course_id = c.id and cp.person_id = ?)
                order by c.starts_on, c.id""")
                .params(personId, personId, personId, personId, personId)
                .query(Rows.asJson())
                .list();
        labels.label(courses, "status", CourseStatus.class, CourseStatus::translationKey);
        courses.forEach(course -> course.computeIfPresent("role", (column, code) -> labels.text(roleKey(code))));
        return courses;
    }

    /** The person's part in the course, as the query names it, as a translation key. */
    private static String roleKey(Object code) {
        return switch (String.valueOf(code)) {
            case "TRAINER" -> Role.TRAINER.translationKey();
            case "CO_TRAINER" -> "course.co-trainer";
            default -> Role.PARTICIPANT.translationKey();
        };
    }

    @Override
    public int erase(long personId) {
        return 0;
    }
}
