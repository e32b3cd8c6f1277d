package nl.pendel.course.internal;

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
    public Object export(long personId) {
        return Rows.list(jdbc, """
                select c.id, c.title, c.starts_on, c.ends_on, c.status,
                       case when c.trainer_id = ? then 'TRAINER'
                            when c.co_trainer_id = ? then 'CO_TRAINER'
                            else 'PARTICIPANT' end as role
                from course c
                where c.trainer_id = ? or c.co_trainer_id = ?
                   or exists (select 1 from course_participant cp where cp.course_id = c.id and cp.person_id = ?)
                order by c.starts_on, c.id""", personId, personId, personId, personId, personId);
    }

    @Override
    public int erase(long personId) {
        return 0;
    }
}
