package nl.pendel.programme.internal;

import static nl.pendel.programme.internal.ContentReads.nullToEmpty;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.pendel.programme.AgendaItem;
import nl.pendel.programme.AgendaLead;
import nl.pendel.programme.ProgrammeOutline;
import nl.pendel.programme.ProgrammeVersionSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the loaded programme versions ({@code programme_version} and what belongs to it). Every
 * query count here is fixed: it does not grow with the number of meetings or indicators.
 */
@Component
public class ProgrammeReads {

    private static final String VERSION_COLUMNS = """
            select pv.id, pv.programme_key, pv.version_no, pv.title, pv.subgroup_count, pv.source_file, pv.loaded_at,
                   fv.title as framework_title, fv.version_no as framework_version_no,
                   (select count(*) from programme_meeting m where m.programme_version_id = pv.id) as meetings,
                   pv.version_no = (select max(o.version_no) from programme_version o
                                    where o.programme_key = pv.programme_key) as latest
            from programme_version pv
            join competence_framework_version fv on fv.id = pv.framework_version_id
            """;

    /** What a programme version refers to, besides its own rows. */
    public record Header(
            String summary,
            long frameworkVersionId,
            long planTemplateVersionId,
            @Nullable Long caseloadThemeListVersionId) {}

    private final JdbcClient jdbc;

    ProgrammeReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A page of all versions of all programmes, newest version of each programme first. */
    public List<ProgrammeVersionSummary> versions(long offset, int limit) {
        return jdbc.sql(VERSION_COLUMNS + " order by pv.programme_key, pv.version_no desc limit ? offset ?")
                .params(limit, offset)
                .query(ProgrammeReads::version)
                .list();
    }

    public long countVersions() {
        return jdbc.sql("select count(*) from programme_version")
                .query(Long.class)
                .single();
    }

    /** The newest version of each programme, by title. */
    public List<ProgrammeVersionSummary> latestVersions() {
        return jdbc.sql(VERSION_COLUMNS + """
                        where pv.version_no = (select max(o.version_no) from programme_version o
                                               where o.programme_key = pv.programme_key)
                        order by pv.title""").query(ProgrammeReads::version).list();
    }

    public Optional<ProgrammeVersionSummary> version(long versionId) {
        return jdbc.sql(VERSION_COLUMNS + " where pv.id = ?")
                .param(versionId)
                .query(ProgrammeReads::version)
                .optional();
    }

    public Header header(long versionId) {
        return jdbc.sql("""
                        select summary, framework_version_id, plan_template_version_id, caseload_theme_list_version_id
                        from programme_version where id = ?""")
                .param(versionId)
                .query((rs, n) -> new Header(
                        nullToEmpty(rs.getString("summary")),
                        rs.getLong("framework_version_id"),
                        rs.getLong("plan_template_version_id"),
                        rs.getObject("caseload_theme_list_version_id", Long.class)))
                .single();
    }

    public List<String> goals(long versionId) {
        return jdbc.sql("select text from programme_goal where programme_version_id = ? order by position")
                .param(versionId)
                .query(String.class)
                .list();
    }

    /** The session pattern; days counted from 1. */
    public List<ProgrammeOutline.Slot> slots(long versionId) {
        return jdbc.sql("""
                        select subgroup_no, day_offset, start_time, end_time from programme_session_slot
                        where programme_version_id = ? order by position""")
                .param(versionId)
                .query((rs, n) -> new ProgrammeOutline.Slot(
                        rs.getInt("subgroup_no"),
                        rs.getInt("day_offset") + 1,
                        rs.getTime("start_time").toLocalTime(),
                        rs.getTime("end_time").toLocalTime()))
                .list();
    }

    /** The meetings in order, each with its agenda, in two statements. */
    public List<ProgrammeOutline.Meeting> meetings(long versionId) {
        Map<Long, List<String>> agenda = jdbc
                .sql("""
                        select a.meeting_id, a.text from programme_agenda_item a
                        join programme_meeting m on m.id = a.meeting_id
                        where m.programme_version_id = ? order by a.meeting_id, a.position""")
                .param(versionId)
                .query((rs, n) -> Map.entry(rs.getLong("meeting_id"), rs.getString("text")))
                .list()
                .stream()
                .collect(Collectors.groupingBy(
                        Map.Entry::getKey,
                        LinkedHashMap::new,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return jdbc.sql("""
                        select id, position, title, theme, preparation_title, preparation_instructions,
                               asks_caseload_themes
                        from programme_meeting where programme_version_id = ? order by position""")
                .param(versionId)
                .query((rs, n) -> new ProgrammeOutline.Meeting(
                        rs.getLong("id"),
                        rs.getInt("position"),
                        rs.getString("title"),
                        nullToEmpty(rs.getString("theme")),
                        rs.getString("preparation_title"),
                        rs.getString("preparation_instructions"),
                        agenda.getOrDefault(rs.getLong("id"), List.of()),
                        rs.getBoolean("asks_caseload_themes")))
                .list();
    }

    /**
     * The agenda items of each meeting with their run-sheet details, meeting position → items in
     * order, in one statement.
     */
    public Map<Integer, List<AgendaItem>> agendaItems(long versionId) {
        return jdbc
                .sql("""
                        select m.position meeting_position, a.text, a.minutes, a.lead, a.needs
                        from programme_agenda_item a join programme_meeting m on m.id = a.meeting_id
                        where m.programme_version_id = ? order by m.position, a.position""")
                .param(versionId)
                .query((rs, n) -> Map.entry(
                        rs.getInt("meeting_position"),
                        new AgendaItem(
                                rs.getString("text"),
                                rs.getObject("minutes", Integer.class),
                                rs.getString("lead") == null ? null : AgendaLead.valueOf(rs.getString("lead")),
                                nullToEmpty(rs.getString("needs")))))
                .list()
                .stream()
                .collect(Collectors.groupingBy(
                        Map.Entry::getKey,
                        LinkedHashMap::new,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    private static ProgrammeVersionSummary version(ResultSet rs, int row) throws SQLException {
        return new ProgrammeVersionSummary(
                rs.getLong("id"),
                rs.getString("programme_key"),
                rs.getInt("version_no"),
                rs.getBoolean("latest"),
                rs.getString("title"),
                rs.getInt("meetings"),
                rs.getInt("subgroup_count"),
                rs.getString("framework_title"),
                rs.getInt("framework_version_no"),
                rs.getString("source_file"),
                rs.getTimestamp("loaded_at").toInstant());
    }
}
