package nl.pendel.subgroup.internal;

import nl.pendel.shared.personaldata.ExportLabels;
import nl.pendel.shared.personaldata.PersonalData;
import nl.pendel.shared.personaldata.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The subgroups a person was placed in. Erasure keeps the placement (the subgroups' balance). */
@Component
class SubgroupPersonalData implements PersonalData {

    private final JdbcClient jdbc;

    SubgroupPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String part() {
        return "subgroups";
    }

    @Override
    public Object export(long personId, ExportLabels labels) {
        return jdbc.sql("""
                select m.course_id, s.number, s.name
                from subgroup_member m join subgroup s on s.id = m.subgroup_id
                where m.person_id = ? order by m.course_id""").param(personId).query(Rows.asJson()).list();
    }

    @Override
    public int erase(long personId) {
        return 0;
    }
}
