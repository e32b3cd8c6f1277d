package nl.pendel.runsheet.internal;

import java.util.List;
import java.util.Optional;
import nl.pendel.programme.AgendaLead;
import nl.pendel.runsheet.RunSheetItem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads stored run sheets. No access checks here: the service checks role and course first. */
@Component
public class RunSheetReads {

    private final JdbcClient jdbc;

    RunSheetReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A course's own run sheet of a meeting: its version and items in order. */
    public record Stored(long version, List<RunSheetItem> items) {}

    /** The course's own run sheet of the meeting, if it has one, in two statements. */
    public Optional<Stored> find(long courseId, long meetingId) {
        return jdbc.sql("select id, version from run_sheet where course_id = ? and meeting_id = ?")
                .params(courseId, meetingId)
                .query((rs, n) -> new long[] {rs.getLong("id"), rs.getLong("version")})
                .optional()
                .map(sheet -> new Stored(sheet[1], items(sheet[0])));
    }

    private List<RunSheetItem> items(long sheetId) {
        return jdbc.sql("""
                        select title, minutes, lead, guest_name, needs from run_sheet_item
                        where run_sheet_id = ? order by position""")
                .param(sheetId)
                .query((rs, n) -> new RunSheetItem(
                        rs.getString("title"),
                        rs.getInt("minutes"),
                        AgendaLead.valueOf(rs.getString("lead")),
                        rs.getString("guest_name"),
                        rs.getString("needs")))
                .list();
    }
}
