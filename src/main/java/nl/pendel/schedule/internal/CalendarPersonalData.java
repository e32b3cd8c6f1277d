package nl.pendel.schedule.internal;

import java.util.Map;
import nl.pendel.shared.personaldata.ExportLabels;
import nl.pendel.shared.personaldata.PersonalData;
import nl.pendel.shared.personaldata.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whether a person has a calendar feed address (only its hash is stored, so the export says when
 * it was made, not the address). Erasure revokes it.
 */
@Component
class CalendarPersonalData implements PersonalData {

    private final JdbcClient jdbc;

    CalendarPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String part() {
        return "calendar_feed";
    }

    @Override
    public Object export(long personId, ExportLabels labels) {
        return jdbc.sql("select created_at from calendar_token where person_id = ?")
                .param(personId)
                .query(Rows.asJson())
                .optional()
                .<Map<String, Object>>map(token -> Map.of("active", true, "created_at", token.get("created_at")))
                .orElse(Map.of("active", false));
    }

    @Override
    public int erase(long personId) {
        return jdbc.sql("delete from calendar_token where person_id = ?")
                .param(personId)
                .update();
    }
}
