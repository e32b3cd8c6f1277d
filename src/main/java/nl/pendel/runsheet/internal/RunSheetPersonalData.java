package nl.pendel.runsheet.internal;

import java.util.Map;
import nl.pendel.shared.personaldata.ExportLabels;
import nl.pendel.shared.personaldata.PersonalData;
import nl.pendel.shared.personaldata.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which run sheets a person saved last (course, meeting, when). The items themselves are the
 * course's, not the person's; erasure removes the person's name from the run sheets (who saved
 * last), the run sheets stay for the course. A guest's name typed into an item is not a person in
 * Pendel and goes with the course's data.
 */
@Component
class RunSheetPersonalData implements PersonalData {

    private final JdbcClient jdbc;

    RunSheetPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String part() {
        return "run_sheets";
    }

    @Override
    public Object export(long personId, ExportLabels labels) {
        return Map.of(
                "last_saved_by_you",
                jdbc.sql("""
                                select course_id, meeting_id, version, updated_at from run_sheet
                                where updated_by = ? order by updated_at""").param(personId).query(Rows.asJson()).list());
    }

    @Override
    public int erase(long personId) {
        return jdbc.sql("update run_sheet set updated_by = null where updated_by = ?")
                .param(personId)
                .update();
    }
}
