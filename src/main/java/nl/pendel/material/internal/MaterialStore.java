package nl.pendel.material.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import nl.pendel.shared.StorableText;
import nl.pendel.shared.files.InspectedFile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * The writes of the materials, in plain SQL. A file's bytes go into the same row as its title, so a
 * refused or rolled-back write leaves no file behind.
 */
@Component
public class MaterialStore {

    private final JdbcClient jdbc;

    MaterialStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long addLink(long courseId, long meetingId, String title, String url, long addedBy, Instant now) {
        StorableText.checkAll(List.of(title, url));
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into meeting_material (course_id, meeting_id, title, url, added_by, added_at)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(courseId, meetingId, title, url, addedBy, Timestamp.from(now))
                .update(key, "id");
        return key.getKey().longValue();
    }

    public long addFile(
            long courseId,
            long meetingId,
            String title,
            InspectedFile file,
            byte[] content,
            long addedBy,
            Instant now) {
        StorableText.checkAll(List.of(title, file.safeFileName()));
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into meeting_material (course_id, meeting_id, title, file_name, file_kind, size_bytes,
                            sha256, content, added_by, added_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        courseId,
                        meetingId,
                        title,
                        file.safeFileName(),
                        file.kind().name(),
                        file.size(),
                        file.sha256Hex(),
                        content,
                        addedBy,
                        Timestamp.from(now))
                .update(key, "id");
        return key.getKey().longValue();
    }

    /** @return whether the course had this material */
    public boolean remove(long courseId, long materialId) {
        return jdbc.sql("delete from meeting_material where id = ? and course_id = ?")
                        .params(materialId, courseId)
                        .update()
                > 0;
    }

    /** Locks the meeting's materials and counts them, so two uploads at once cannot pass the limit together. */
    public int countForUpdate(long meetingId) {
        return jdbc.sql("select id from meeting_material where meeting_id = ? for update")
                .param(meetingId)
                .query(Long.class)
                .list()
                .size();
    }
}
