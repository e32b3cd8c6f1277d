package nl.pendel.programme.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Writes content versions. A version is found by its key and content hash; only content not
 * stored before becomes a new version with the next number.
 */
@Repository
class ContentStore {

    private final JdbcClient jdbc;

    ContentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Stored(long id, int versionNo, boolean created) {}

    Stored storeFramework(ContentModel.Framework framework, Instant now) {
        String hash = hash(ContentModel.canonical(framework));
        Optional<Stored> existing = find("competence_framework_version", "framework_key", framework.key(), hash);
        if (existing.isPresent()) {
            return existing.get();
        }
        int versionNo = nextVersion("competence_framework_version", "framework_key", framework.key());
        long id = insert(jdbc.sql("""
                        insert into competence_framework_version
                          (framework_key, version_no, content_hash, title, description, source_file, loaded_at)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        framework.key(),
                        versionNo,
                        hash,
                        framework.title(),
                        framework.description(),
                        framework.file(),
                        now));
        for (ContentModel.Level level : framework.scale()) {
            jdbc.sql("insert into rating_level (framework_version_id, level_value, label, anchor) values (?, ?, ?, ?)")
                    .params(id, level.value(), level.label(), level.anchor())
                    .update();
        }
        storeCompetences(id, framework.competences());
        return new Stored(id, versionNo, true);
    }

    Stored storePlanTemplate(ContentModel.PlanTemplate template, Instant now) {
        String hash = hash(ContentModel.canonical(template));
        Optional<Stored> existing = find("plan_template_version", "template_key", template.key(), hash);
        if (existing.isPresent()) {
            return existing.get();
        }
        int versionNo = nextVersion("plan_template_version", "template_key", template.key());
        long id = insert(jdbc.sql("""
                        insert into plan_template_version
                          (template_key, version_no, content_hash, title, description, source_file, loaded_at)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        template.key(),
                        versionNo,
                        hash,
                        template.title(),
                        template.description(),
                        template.file(),
                        now));
        int position = 0;
        for (ContentModel.Section section : template.sections()) {
            jdbc.sql("""
                            insert into plan_template_section
                              (template_version_id, position, section_key, title, guidance, required)
                            values (?, ?, ?, ?, ?, ?)""")
                    .params(id, ++position, section.key(), section.title(), section.guidance(), section.required())
                    .update();
        }
        return new Stored(id, versionNo, true);
    }

    Stored storeCaseloadThemes(ContentModel.CaseloadThemeList list, Instant now) {
        String hash = hash(ContentModel.canonical(list));
        Optional<Stored> existing = find("caseload_theme_list_version", "list_key", list.key(), hash);
        if (existing.isPresent()) {
            return existing.get();
        }
        int versionNo = nextVersion("caseload_theme_list_version", "list_key", list.key());
        long id = insert(
                jdbc.sql("""
                        insert into caseload_theme_list_version
                          (list_key, version_no, content_hash, title, description, source_file, loaded_at)
                        values (?, ?, ?, ?, ?, ?, ?)""").params(list.key(), versionNo, hash, list.title(), list.description(), list.file(), now));
        int position = 0;
        for (ContentModel.Theme theme : list.themes()) {
            jdbc.sql("""
                            insert into caseload_theme
                              (theme_list_version_id, position, theme_key, label, description)
                            values (?, ?, ?, ?, ?)""")
                    .params(id, ++position, theme.key(), theme.label(), theme.description())
                    .update();
        }
        return new Stored(id, versionNo, true);
    }

    /**
     * Stores a programme that refers to the given framework and template versions, and to the
     * given caseload theme list version (null when it has none).
     */
    Stored storeProgramme(
            ContentModel.Programme programme,
            long frameworkVersionId,
            long templateVersionId,
            @Nullable Long themeListVersionId,
            Instant now) {
        String hash = hash(ContentModel.canonical(programme) + "|framework=" + frameworkVersionId + "|template="
                + templateVersionId + (themeListVersionId == null ? "" : "|caseload-themes=" + themeListVersionId));
        Optional<Stored> existing = find("programme_version", "programme_key", programme.key(), hash);
        if (existing.isPresent()) {
            return existing.get();
        }
        int versionNo = nextVersion("programme_version", "programme_key", programme.key());
        long id = insert(jdbc.sql("""
                        insert into programme_version
                          (programme_key, version_no, content_hash, title, summary, framework_version_id,
                           plan_template_version_id, caseload_theme_list_version_id, subgroup_count, source_file,
                           loaded_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        programme.key(),
                        versionNo,
                        hash,
                        programme.title(),
                        programme.summary(),
                        frameworkVersionId,
                        templateVersionId,
                        themeListVersionId,
                        programme.subgroups(),
                        programme.file(),
                        now));
        storeGoalsAndSlots(id, programme);
        storeMeetings(id, programme.meetings());
        return new Stored(id, versionNo, true);
    }

    private void storeCompetences(long id, List<ContentModel.Competence> competences) {
        int position = 0;
        for (ContentModel.Competence competence : competences) {
            long competenceId = insert(jdbc.sql("""
                            insert into competence (framework_version_id, position, code, title, short_title, orientation)
                            values (?, ?, ?, ?, ?, ?)""")
                    .params(
                            id,
                            ++position,
                            competence.code(),
                            competence.title(),
                            competence.shortTitle(),
                            competence.orientation().name()));
            int indicatorPosition = 0;
            for (ContentModel.Indicator indicator : competence.indicators()) {
                jdbc.sql("insert into indicator (competence_id, position, code, text) values (?, ?, ?, ?)")
                        .params(competenceId, ++indicatorPosition, indicator.code(), indicator.text())
                        .update();
            }
        }
    }

    private void storeGoalsAndSlots(long id, ContentModel.Programme programme) {
        int position = 0;
        for (String goal : programme.goals()) {
            jdbc.sql("insert into programme_goal (programme_version_id, position, text) values (?, ?, ?)")
                    .params(id, ++position, goal)
                    .update();
        }
        position = 0;
        for (ContentModel.Slot slot : programme.slots()) {
            jdbc.sql("""
                            insert into programme_session_slot
                              (programme_version_id, position, day_offset, start_time, end_time, subgroup_no)
                            values (?, ?, ?, ?, ?, ?)""")
                    .params(id, ++position, slot.day() - 1, slot.start(), slot.end(), slot.subgroup())
                    .update();
        }
    }

    private void storeMeetings(long id, List<ContentModel.Meeting> meetings) {
        int position = 0;
        for (ContentModel.Meeting meeting : meetings) {
            long meetingId = insert(jdbc.sql("""
                            insert into programme_meeting
                              (programme_version_id, position, title, theme, preparation_title, preparation_instructions,
                               asks_caseload_themes)
                            values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            id,
                            ++position,
                            meeting.title(),
                            meeting.theme(),
                            meeting.preparationTitle(),
                            meeting.preparationInstructions(),
                            meeting.asksCaseloadThemes()));
            int itemPosition = 0;
            for (ContentModel.AgendaItem item : meeting.agenda()) {
                jdbc.sql("""
                                insert into programme_agenda_item (meeting_id, position, text, minutes, lead, needs)
                                values (?, ?, ?, ?, ?, ?)""")
                        .params(
                                meetingId,
                                ++itemPosition,
                                item.title(),
                                item.minutes(),
                                item.lead() == null ? null : item.lead().name(),
                                item.needs().isEmpty() ? null : item.needs())
                        .update();
            }
        }
    }

    private Optional<Stored> find(String table, String keyColumn, String key, String hash) {
        return jdbc.sql("select id, version_no from " + table + " where " + keyColumn + " = ? and content_hash = ?")
                .params(key, hash)
                .query((rs, row) -> new Stored(rs.getLong("id"), rs.getInt("version_no"), false))
                .optional();
    }

    private int nextVersion(String table, String keyColumn, String key) {
        return jdbc.sql("select coalesce(max(version_no), 0) + 1 from " + table + " where " + keyColumn + " = ?")
                .param(key)
                .query(Integer.class)
                .single();
    }

    private static long insert(JdbcClient.StatementSpec statement) {
        KeyHolder keys = new GeneratedKeyHolder();
        statement.update(keys, "id");
        return keys.getKey().longValue();
    }

    static String hash(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
