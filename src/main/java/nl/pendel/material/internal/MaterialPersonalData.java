package nl.pendel.material.internal;

import java.util.Map;
import nl.pendel.shared.personaldata.ExportLabels;
import nl.pendel.shared.personaldata.PersonalData;
import nl.pendel.shared.personaldata.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which materials a trainer added (course, meeting, title, file or address, when). The materials
 * themselves are the course's, for its people to read: erasure removes the person from them (who
 * added it), the materials stay with the course and go when it is deleted.
 */
@Component
class MaterialPersonalData implements PersonalData {

    private final JdbcClient jdbc;

    MaterialPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String part() {
        return "materials";
    }

    @Override
    public Object export(long personId, ExportLabels labels) {
        return Map.of(
                "added_by_you",
                jdbc.sql("""
                                select course_id, meeting_id, title, url, file_name, size_bytes, added_at
                                from meeting_material where added_by = ? order by added_at, id""").param(personId).query(Rows.asJson()).list());
    }

    @Override
    public int erase(long personId) {
        return jdbc.sql("update meeting_material set added_by = null where added_by = ?")
                .param(personId)
                .update();
    }
}
