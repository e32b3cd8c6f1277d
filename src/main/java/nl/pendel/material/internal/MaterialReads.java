package nl.pendel.material.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import nl.pendel.material.Material;
import nl.pendel.shared.files.FileKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The reads of the materials for screens and downloads, one statement each, columns by name. */
@Component
public class MaterialReads {

    private static final String COLUMNS = "id, course_id, meeting_id, title, url, file_name, file_kind, size_bytes";

    private final JdbcClient jdbc;

    MaterialReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A course's materials, by meeting and then in the order they were added. */
    public List<Material> ofCourse(long courseId) {
        return jdbc.sql("select " + COLUMNS + " from meeting_material where course_id = ? order by meeting_id, id")
                .param(courseId)
                .query((rs, n) -> material(rs))
                .list();
    }

    /** The materials of these meetings, whatever their course. */
    public List<Material> ofMeetings(Collection<Long> meetingIds) {
        if (meetingIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS
                        + " from meeting_material where meeting_id in (:ids) order by meeting_id, id")
                .param("ids", meetingIds)
                .query((rs, n) -> material(rs))
                .list();
    }

    /** A file's name, kind and bytes with its course, for the access-checked download. */
    public record FileContent(long courseId, String fileName, FileKind kind, byte[] content) {}

    public Optional<FileContent> fileContent(long materialId) {
        return jdbc.sql("""
                        select course_id, file_name, file_kind, content from meeting_material
                        where id = ? and content is not null""")
                .param(materialId)
                .query((rs, n) -> new FileContent(
                        rs.getLong("course_id"),
                        rs.getString("file_name"),
                        FileKind.valueOf(rs.getString("file_kind")),
                        rs.getBytes("content")))
                .optional();
    }

    private static Material material(ResultSet rs) throws SQLException {
        String kind = rs.getString("file_kind");
        return new Material(
                rs.getLong("id"),
                rs.getLong("course_id"),
                rs.getLong("meeting_id"),
                rs.getString("title"),
                rs.getString("url"),
                rs.getString("file_name"),
                kind == null ? null : FileKind.valueOf(kind),
                rs.getLong("size_bytes"));
    }
}
