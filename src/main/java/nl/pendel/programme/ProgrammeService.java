package nl.pendel.programme;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.pendel.programme.ProgrammeOutline.Orientation;
import nl.pendel.programme.internal.CourseContentLoader;
import nl.pendel.security.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the loaded programmes. Programme content is the same for every team, so administrators
 * and trainers may read all of it. Every query count here is fixed: it does not grow with the
 * number of meetings or indicators.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.TRAINER + "')")
public class ProgrammeService {

    private static final String VERSION_COLUMNS = """
            select pv.id, pv.programme_key, pv.version_no, pv.title, pv.subgroup_count, pv.source_file, pv.loaded_at,
                   fv.title as framework_title, fv.version_no as framework_version_no,
                   (select count(*) from programme_meeting m where m.programme_version_id = pv.id) as meetings,
                   pv.version_no = (select max(o.version_no) from programme_version o
                                    where o.programme_key = pv.programme_key) as latest
            from programme_version pv
            join competence_framework_version fv on fv.id = pv.framework_version_id
            """;

    private final JdbcClient jdbc;

    /**
     * Programme version id → its competence framework. Stored content never changes (changed
     * content becomes a new version), so what was read once is kept: the framework is on most
     * screens of a course and costs five statements to read.
     */
    private final Map<Long, ProgrammeOutline.Framework> frameworks = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Caseload theme list version id → its themes, kept like {@link #frameworks} (a version never
     * changes): the homework screens label the themes on every opening.
     */
    private final Map<Long, List<ProgrammeOutline.CaseloadTheme>> caseloadThemes =
            new java.util.concurrent.ConcurrentHashMap<>();

    private final CourseContentLoader loader;

    ProgrammeService(JdbcClient jdbc, CourseContentLoader loader) {
        this.jdbc = jdbc;
        this.loader = loader;
    }

    /** All versions of all programmes, newest version of each programme first. */
    public List<ProgrammeVersionSummary> versions(Pageable pageable) {
        return jdbc.sql(VERSION_COLUMNS + " order by pv.programme_key, pv.version_no desc limit ? offset ?")
                .params(pageable.getPageSize(), pageable.getOffset())
                .query(ProgrammeService::version)
                .list();
    }

    public long countVersions() {
        return jdbc.sql("select count(*) from programme_version")
                .query(Long.class)
                .single();
    }

    /** The newest version of each programme, e.g. to start a course from. */
    public List<ProgrammeVersionSummary> latestVersions() {
        return jdbc.sql(VERSION_COLUMNS + """
                        where pv.version_no = (select max(o.version_no) from programme_version o
                                               where o.programme_key = pv.programme_key)
                        order by pv.title""").query(ProgrammeService::version).list();
    }

    /** What the last load of course-content found. */
    public ContentLoadReport lastLoadReport() {
        return loader.lastReport();
    }

    /** One line naming the file, the field and what is wrong, in the given language. */
    public String describe(ContentProblem problem, java.util.Locale locale) {
        return loader.describe(problem, locale);
    }

    /** Everything in one version: meetings, agenda, session pattern, framework and plan template. */
    public Optional<ProgrammeOutline> outline(long versionId) {
        Optional<ProgrammeVersionSummary> version = jdbc.sql(VERSION_COLUMNS + " where pv.id = ?")
                .param(versionId)
                .query(ProgrammeService::version)
                .optional();
        if (version.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> row = jdbc.sql("""
                        select summary, framework_version_id, plan_template_version_id, caseload_theme_list_version_id
                        from programme_version where id = ?""").param(versionId).query().singleRow();
        long frameworkId = ((Number) row.get("framework_version_id")).longValue();
        long templateId = ((Number) row.get("plan_template_version_id")).longValue();
        Number themeListId = (Number) row.get("caseload_theme_list_version_id");
        List<String> goals = jdbc.sql(
                        "select text from programme_goal where programme_version_id = ? order by position")
                .param(versionId)
                .query(String.class)
                .list();
        List<ProgrammeOutline.Slot> slots = jdbc.sql("""
                        select subgroup_no, day_offset, start_time, end_time from programme_session_slot
                        where programme_version_id = ? order by position""")
                .param(versionId)
                .query((rs, n) -> new ProgrammeOutline.Slot(
                        rs.getInt(1),
                        rs.getInt(2) + 1,
                        rs.getTime(3).toLocalTime(),
                        rs.getTime(4).toLocalTime()))
                .list();
        Map<Long, List<String>> agenda =
                jdbc
                        .sql("""
                        select a.meeting_id, a.text from programme_agenda_item a
                        join programme_meeting m on m.id = a.meeting_id
                        where m.programme_version_id = ? order by a.meeting_id, a.position""")
                        .param(versionId)
                        .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2)))
                        .list()
                        .stream()
                        .collect(Collectors.groupingBy(
                                Map.Entry::getKey,
                                java.util.LinkedHashMap::new,
                                Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        List<ProgrammeOutline.Meeting> meetings = jdbc.sql("""
                        select id, position, title, theme, preparation_title, preparation_instructions,
                               asks_caseload_themes
                        from programme_meeting where programme_version_id = ? order by position""")
                .param(versionId)
                .query((rs, n) -> new ProgrammeOutline.Meeting(
                        rs.getLong(1),
                        rs.getInt(2),
                        rs.getString(3),
                        nullToEmpty(rs.getString(4)),
                        rs.getString(5),
                        rs.getString(6),
                        agenda.getOrDefault(rs.getLong(1), List.of()),
                        rs.getBoolean(7)))
                .list();
        return Optional.of(new ProgrammeOutline(
                version.get(),
                nullToEmpty((String) row.get("summary")),
                goals,
                slots,
                meetings,
                framework(frameworkId),
                planTemplate(templateId),
                themeListId == null ? null : caseloadThemeList(themeListId.longValue())));
    }

    /**
     * The themes of one caseload theme list version, in order, in one query; empty when there is
     * no such version. Programme content holds no personal data and is the same for every team, so
     * every signed-in person may read it (e.g. a participant doing the homework that asks for it).
     */
    @PreAuthorize("isAuthenticated()")
    public List<ProgrammeOutline.CaseloadTheme> caseloadThemes(long themeListVersionId) {
        List<ProgrammeOutline.CaseloadTheme> known = caseloadThemes.get(themeListVersionId);
        if (known != null) {
            return known;
        }
        List<ProgrammeOutline.CaseloadTheme> themes = List.copyOf(jdbc.sql("""
                        select theme_key, label, description from caseload_theme
                        where theme_list_version_id = ? order by position""")
                .param(themeListVersionId)
                .query((rs, n) -> new ProgrammeOutline.CaseloadTheme(
                        rs.getString(1), rs.getString(2), nullToEmpty(rs.getString(3))))
                .list());
        // a version is stored with its themes at once, so none found means no such version (yet)
        if (!themes.isEmpty()) {
            caseloadThemes.putIfAbsent(themeListVersionId, themes);
        }
        return themes;
    }

    /**
     * The competence framework of a programme version: its scale and competences with their
     * indicators, in order. Content without personal data, so every signed-in person may read it
     * (a participant rating themselves on it).
     */
    @PreAuthorize("isAuthenticated()")
    public Optional<ProgrammeOutline.Framework> frameworkOf(long programmeVersionId) {
        ProgrammeOutline.Framework known = frameworks.get(programmeVersionId);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<ProgrammeOutline.Framework> framework = jdbc.sql(
                        "select framework_version_id from programme_version where id = ?")
                .param(programmeVersionId)
                .query(Long.class)
                .optional()
                .map(this::framework);
        framework.ifPresent(f -> frameworks.putIfAbsent(programmeVersionId, f));
        return framework;
    }

    /** The plan template of a programme version (content without personal data). */
    @PreAuthorize("isAuthenticated()")
    public Optional<ProgrammeOutline.PlanTemplate> planTemplateOf(long programmeVersionId) {
        return jdbc.sql("select plan_template_version_id from programme_version where id = ?")
                .param(programmeVersionId)
                .query(Long.class)
                .optional()
                .map(this::planTemplate);
    }

    /** One version of a plan template, e.g. the one a plan was started from. */
    @PreAuthorize("isAuthenticated()")
    public ProgrammeOutline.PlanTemplate planTemplateVersion(long templateVersionId) {
        return planTemplate(templateVersionId);
    }

    private ProgrammeOutline.CaseloadThemeList caseloadThemeList(long id) {
        List<ProgrammeOutline.CaseloadTheme> themes = caseloadThemes(id);
        return jdbc.sql("select list_key, version_no, title from caseload_theme_list_version where id = ?")
                .param(id)
                .query((rs, n) -> new ProgrammeOutline.CaseloadThemeList(
                        id, rs.getString(1), rs.getInt(2), rs.getString(3), themes))
                .single();
    }

    private ProgrammeOutline.Framework framework(long id) {
        List<ProgrammeOutline.Level> levels = jdbc.sql("""
                        select level_value, label, anchor from rating_level
                        where framework_version_id = ? order by level_value""")
                .param(id)
                .query((rs, n) ->
                        new ProgrammeOutline.Level(rs.getInt(1), rs.getString(2), nullToEmpty(rs.getString(3))))
                .list();
        Map<Long, List<ProgrammeOutline.Indicator>> indicators = jdbc
                .sql("""
                        select i.competence_id, i.id, i.code, i.text from indicator i
                        join competence c on c.id = i.competence_id
                        where c.framework_version_id = ? order by c.position, i.position""")
                .param(id)
                .query((rs, n) -> Map.entry(
                        rs.getLong(1), new ProgrammeOutline.Indicator(rs.getLong(2), rs.getString(3), rs.getString(4))))
                .list()
                .stream()
                .collect(Collectors.groupingBy(
                        Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        List<ProgrammeOutline.Competence> competences = jdbc.sql("""
                        select id, code, short_title, title, orientation from competence
                        where framework_version_id = ? order by position""")
                .param(id)
                .query((rs, n) -> new ProgrammeOutline.Competence(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        Orientation.valueOf(rs.getString(5)),
                        indicators.getOrDefault(rs.getLong(1), List.of())))
                .list();
        return jdbc.sql("select framework_key, version_no, title from competence_framework_version where id = ?")
                .param(id)
                .query((rs, n) -> new ProgrammeOutline.Framework(
                        id, rs.getString(1), rs.getInt(2), rs.getString(3), levels, competences))
                .single();
    }

    /** The template with its sections, in one statement (a plan page opens it every time). */
    private ProgrammeOutline.PlanTemplate planTemplate(long id) {
        record Line(String key, int versionNo, String title, ProgrammeOutline.@Nullable Section section) {}
        List<Line> lines = jdbc.sql("""
                        select v.template_key, v.version_no, v.title, s.section_key, s.title, s.guidance, s.required
                        from plan_template_version v
                        left join plan_template_section s on s.template_version_id = v.id
                        where v.id = ? order by s.position""")
                .param(id)
                .query((rs, n) -> new Line(
                        rs.getString(1),
                        rs.getInt(2),
                        rs.getString(3),
                        rs.getString(4) == null
                                ? null
                                : new ProgrammeOutline.Section(
                                        rs.getString(4),
                                        rs.getString(5),
                                        nullToEmpty(rs.getString(6)),
                                        rs.getBoolean(7))))
                .list();
        if (lines.isEmpty()) {
            throw new org.springframework.dao.EmptyResultDataAccessException(1);
        }
        Line first = lines.getFirst();
        List<ProgrammeOutline.Section> sections = lines.stream()
                .map(Line::section)
                .filter(java.util.Objects::nonNull)
                .toList();
        return new ProgrammeOutline.PlanTemplate(id, first.key(), first.versionNo(), first.title(), sections);
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

    private static String nullToEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }
}
