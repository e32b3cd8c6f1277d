package nl.pendel.homework.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.pendel.homework.HomeworkFile;
import nl.pendel.shared.StorableText;
import nl.pendel.shared.files.FileKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * The attachments of homework, in plain SQL: a draft's files, the files each version handed in
 * keeps, their text (for the privacy guard) and their bytes (for the checked download).
 */
@Component
public class HomeworkFileStore {

    private final JdbcClient jdbc;

    HomeworkFileStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long addFile(
            long homeworkId,
            String name,
            FileKind kind,
            long size,
            String sha256,
            byte[] content,
            String text,
            Instant now) {
        StorableText.check(name);
        StorableText.check(text);
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into homework_file (homework_id, file_name, kind, size_bytes, sha256, content, extracted_text,
                            added_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(homeworkId, name, kind.name(), size, sha256, content, text, Timestamp.from(now))
                .update(key, "id");
        return key.getKey().longValue();
    }

    /**
     * Takes a file off the draft: deleted when no version handed in has it, else only marked removed (the version
     * keeps it until the course's retention ends).
     *
     * @return whether the draft had this file
     */
    public boolean removeFile(long homeworkId, long fileId, Instant now) {
        int deleted = jdbc.sql("""
                        delete from homework_file
                        where id = ? and homework_id = ? and removed_at is null
                          and not exists (select 1 from homework_submission_file sf where sf.file_id = ?)""").params(fileId, homeworkId, fileId).update();
        return deleted > 0
                || jdbc.sql(
                                        "update homework_file set removed_at = ? where id = ? and homework_id = ? and removed_at is null")
                                .params(Timestamp.from(now), fileId, homeworkId)
                                .update()
                        > 0;
    }

    /** The files still attached to the drafts of these homework rows, by homework id. */
    public Map<Long, List<HomeworkFile>> activeFiles(Collection<Long> homeworkIds) {
        Map<Long, List<HomeworkFile>> result = new HashMap<>();
        if (homeworkIds.isEmpty()) {
            return result;
        }
        jdbc.sql("""
                        select id, homework_id, file_name, kind, size_bytes from homework_file
                        where homework_id in (:ids) and removed_at is null order by id""").param("ids", homeworkIds).query(rs -> {
            result.computeIfAbsent(rs.getLong("homework_id"), k -> new ArrayList<>())
                    .add(file(rs));
        });
        return result;
    }

    /** The files of these versions handed in, by submission id. */
    public Map<Long, List<HomeworkFile>> submittedFiles(Collection<Long> submissionIds) {
        Map<Long, List<HomeworkFile>> result = new HashMap<>();
        if (submissionIds.isEmpty()) {
            return result;
        }
        jdbc.sql("""
                        select sf.submission_id, f.id, f.file_name, f.kind, f.size_bytes
                        from homework_submission_file sf join homework_file f on f.id = sf.file_id
                        where sf.submission_id in (:ids) order by f.id""").param("ids", submissionIds).query(rs -> {
            result.computeIfAbsent(rs.getLong("submission_id"), k -> new ArrayList<>())
                    .add(file(rs));
        });
        return result;
    }

    /** The text found in the files still attached, file name → text. */
    public Map<String, String> activeFileTexts(long homeworkId) {
        Map<String, String> result = new LinkedHashMap<>();
        jdbc.sql("""
                        select file_name, extracted_text from homework_file
                        where homework_id = ? and removed_at is null order by id""").params(homeworkId).query(rs -> {
            result.merge(rs.getString("file_name"), rs.getString("extracted_text"), (a, b) -> a + "\n" + b);
        });
        return result;
    }

    /** A file's name, kind and bytes with its homework id, for the access-checked download. */
    public record FileContent(long homeworkId, String fileName, FileKind kind, byte[] content) {}

    public Optional<FileContent> fileContent(long fileId) {
        return jdbc.sql("select homework_id, file_name, kind, content from homework_file where id = ?")
                .params(fileId)
                .query((rs, n) -> new FileContent(
                        rs.getLong("homework_id"),
                        rs.getString("file_name"),
                        FileKind.valueOf(rs.getString("kind")),
                        rs.getBytes("content")))
                .optional();
    }

    /** Whether this file is part of any version handed in. */
    public boolean fileSubmitted(long fileId) {
        return jdbc.sql("select count(*) from homework_submission_file where file_id = ?")
                        .params(fileId)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    static HomeworkFile file(ResultSet rs) throws SQLException {
        return new HomeworkFile(
                rs.getLong("id"),
                rs.getString("file_name"),
                FileKind.valueOf(rs.getString("kind")),
                rs.getLong("size_bytes"));
    }
}
