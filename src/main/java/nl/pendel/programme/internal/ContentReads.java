package nl.pendel.programme.internal;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.pendel.programme.ProgrammeOutline;
import nl.pendel.programme.ProgrammeOutline.Orientation;
import org.jspecify.annotations.Nullable;
import org.springframework.cache.annotation.CacheEvict;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The versioned content a programme version refers to: its competence framework, plan template and
 * caseload theme list. Stored content never changes (changed content becomes a new version), so
 * the framework of a programme version and the themes of a theme list version are cached (Spring's
 * cache abstraction, {@link ProgrammeCaches}): one entry per version id, so the caches hold at most
 * as many entries as there are versions loaded — a few dozen in a municipality's lifetime — and
 * they are emptied whenever content is loaded.
 */
@Component
public class ContentReads {

    /** Programme version id → its competence framework (five statements to read, on most course screens). */
    public static final String FRAMEWORKS = "programme-frameworks";

    /** Caseload theme list version id → its themes (the homework screens label the themes). */
    public static final String CASELOAD_THEMES = "programme-caseload-themes";

    private final JdbcClient jdbc;

    ContentReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The competence framework of a programme version; empty (and not cached) when there is no such version. */
    @Cacheable(cacheNames = FRAMEWORKS, unless = "#result == null")
    public Optional<ProgrammeOutline.Framework> frameworkOf(long programmeVersionId) {
        return jdbc.sql("select framework_version_id from programme_version where id = ?")
                .param(programmeVersionId)
                .query(Long.class)
                .optional()
                .map(this::framework);
    }

    /**
     * The themes of a caseload theme list version, in order; empty (and not cached) when there is
     * no such version: a version is stored with its themes at once.
     */
    @Cacheable(cacheNames = CASELOAD_THEMES, unless = "#result.isEmpty()")
    public List<ProgrammeOutline.CaseloadTheme> caseloadThemes(long themeListVersionId) {
        return List.copyOf(jdbc.sql("""
                        select theme_key, label, description from caseload_theme
                        where theme_list_version_id = ? order by position""")
                .param(themeListVersionId)
                .query((rs, n) -> new ProgrammeOutline.CaseloadTheme(
                        rs.getString("theme_key"), rs.getString("label"), nullToEmpty(rs.getString("description"))))
                .list());
    }

    /** Forgets what the caches hold, after content was loaded. */
    @CacheEvict(
            cacheNames = {FRAMEWORKS, CASELOAD_THEMES},
            allEntries = true)
    public void forgetCached() {}

    /** A caseload theme list version with the given themes. */
    public ProgrammeOutline.CaseloadThemeList caseloadThemeList(long id, List<ProgrammeOutline.CaseloadTheme> themes) {
        return jdbc.sql("select list_key, version_no, title from caseload_theme_list_version where id = ?")
                .param(id)
                .query((rs, n) -> new ProgrammeOutline.CaseloadThemeList(
                        id, rs.getString("list_key"), rs.getInt("version_no"), rs.getString("title"), themes))
                .single();
    }

    /** The plan template version of a programme version. */
    public Optional<Long> planTemplateIdOf(long programmeVersionId) {
        return jdbc.sql("select plan_template_version_id from programme_version where id = ?")
                .param(programmeVersionId)
                .query(Long.class)
                .optional();
    }

    /** One competence framework version: its scale and competences with their indicators, in order. */
    /** Every loaded competence framework version, oldest first. */
    public List<ProgrammeOutline.Framework> frameworks() {
        return jdbc.sql("select id from competence_framework_version order by id").query(Long.class).list().stream()
                .map(this::framework)
                .toList();
    }

    public ProgrammeOutline.Framework framework(long id) {
        List<ProgrammeOutline.Level> levels = jdbc.sql("""
                        select level_value, label, anchor from rating_level
                        where framework_version_id = ? order by level_value""")
                .param(id)
                .query((rs, n) -> new ProgrammeOutline.Level(
                        rs.getInt("level_value"), rs.getString("label"), nullToEmpty(rs.getString("anchor"))))
                .list();
        Map<Long, List<ProgrammeOutline.Indicator>> indicators = indicators(id);
        List<ProgrammeOutline.Competence> competences = jdbc.sql("""
                        select id, code, short_title, title, orientation from competence
                        where framework_version_id = ? order by position""")
                .param(id)
                .query((rs, n) -> new ProgrammeOutline.Competence(
                        rs.getLong("id"),
                        rs.getString("code"),
                        rs.getString("short_title"),
                        rs.getString("title"),
                        Orientation.valueOf(rs.getString("orientation")),
                        indicators.getOrDefault(rs.getLong("id"), List.of())))
                .list();
        return jdbc.sql("select framework_key, version_no, title from competence_framework_version where id = ?")
                .param(id)
                .query((rs, n) -> new ProgrammeOutline.Framework(
                        id,
                        rs.getString("framework_key"),
                        rs.getInt("version_no"),
                        rs.getString("title"),
                        levels,
                        competences))
                .single();
    }

    /** The framework's indicators by competence id, in order. */
    private Map<Long, List<ProgrammeOutline.Indicator>> indicators(long frameworkId) {
        return jdbc
                .sql("""
                        select i.competence_id, i.id, i.code, i.text from indicator i
                        join competence c on c.id = i.competence_id
                        where c.framework_version_id = ? order by c.position, i.position""")
                .param(frameworkId)
                .query((rs, n) -> Map.entry(
                        rs.getLong("competence_id"),
                        new ProgrammeOutline.Indicator(rs.getLong("id"), rs.getString("code"), rs.getString("text"))))
                .list()
                .stream()
                .collect(Collectors.groupingBy(
                        Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    /** A plan template version with its sections, in one statement (a plan page opens it every time). */
    public ProgrammeOutline.PlanTemplate planTemplate(long id) {
        record Line(String key, int versionNo, String title, ProgrammeOutline.@Nullable Section section) {}
        List<Line> lines = jdbc.sql("""
                        select v.template_key, v.version_no, v.title, s.section_key, s.title as section_title,
                               s.guidance, s.required
                        from plan_template_version v
                        left join plan_template_section s on s.template_version_id = v.id
                        where v.id = ? order by s.position""")
                .param(id)
                .query((rs, n) -> new Line(
                        rs.getString("template_key"),
                        rs.getInt("version_no"),
                        rs.getString("title"),
                        rs.getString("section_key") == null
                                ? null
                                : new ProgrammeOutline.Section(
                                        rs.getString("section_key"),
                                        rs.getString("section_title"),
                                        nullToEmpty(rs.getString("guidance")),
                                        rs.getBoolean("required"))))
                .list();
        if (lines.isEmpty()) {
            throw new EmptyResultDataAccessException(1);
        }
        Line first = lines.getFirst();
        List<ProgrammeOutline.Section> sections =
                lines.stream().map(Line::section).filter(Objects::nonNull).toList();
        return new ProgrammeOutline.PlanTemplate(id, first.key(), first.versionNo(), first.title(), sections);
    }

    static String nullToEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }
}
