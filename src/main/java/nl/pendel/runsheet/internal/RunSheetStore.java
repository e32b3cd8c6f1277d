package nl.pendel.runsheet.internal;

import java.time.Instant;
import java.util.List;
import nl.pendel.runsheet.RunSheetItem;
import nl.pendel.shared.StorableText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/**
 * Writes run sheets: the course's own copy of a meeting's run sheet, its items replaced as a
 * whole with each save. No access checks here: the service checks role and course first.
 */
@Component
public class RunSheetStore {

    private final JdbcClient jdbc;

    RunSheetStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores the course's first own copy (version 1).
     *
     * @throws org.springframework.dao.DuplicateKeyException when another save stored it first
     */
    public void create(long courseId, long meetingId, List<RunSheetItem> items, long by, Instant at) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into run_sheet (course_id, meeting_id, version, updated_by, updated_at)
                        values (?, ?, 1, ?, ?)""").params(courseId, meetingId, by, at).update(keys, "id");
        insertItems(keys.getKey().longValue(), items);
    }

    /**
     * Replaces the items when the stored version is still {@code version}, raising it.
     *
     * @return false when someone saved in between (then nothing changed)
     */
    public boolean update(long courseId, long meetingId, long version, List<RunSheetItem> items, long by, Instant at) {
        int changed = jdbc.sql("""
                        update run_sheet set version = version + 1, updated_by = ?, updated_at = ?
                        where course_id = ? and meeting_id = ? and version = ?""").params(by, at, courseId, meetingId, version).update();
        if (changed == 0) {
            return false;
        }
        long sheetId = jdbc.sql("select id from run_sheet where course_id = ? and meeting_id = ?")
                .params(courseId, meetingId)
                .query(Long.class)
                .single();
        jdbc.sql("delete from run_sheet_item where run_sheet_id = ?")
                .param(sheetId)
                .update();
        insertItems(sheetId, items);
        return true;
    }

    private void insertItems(long sheetId, List<RunSheetItem> items) {
        int position = 0;
        for (RunSheetItem item : items) {
            StorableText.checkAll(List.of(item.title(), item.guestName(), item.needs()));
            jdbc.sql("""
                            insert into run_sheet_item (run_sheet_id, position, title, minutes, lead, guest_name, needs)
                            values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            sheetId,
                            ++position,
                            item.title(),
                            item.minutes(),
                            item.lead().name(),
                            item.guestName(),
                            item.needs())
                    .update();
        }
    }
}
