package nl.pendel.plan;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.pendel.account.PersonProfile;
import nl.pendel.account.PersonService;
import nl.pendel.plan.internal.PlanAccess;
import nl.pendel.privacy.PrivacyGuard;
import nl.pendel.privacy.PrivacyNotice;
import nl.pendel.programme.ProgrammeOutline;
import nl.pendel.programme.ProgrammeService;
import nl.pendel.shared.StorableText;
import nl.pendel.shared.Texts;
import nl.pendel.shared.UserFacingException;
import nl.pendel.subgroup.SubgroupService;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sections of a plan: saving one (never over someone else's save: a conflict returns both
 * texts), the writer's unsaved draft, every saved version with restore, and comments per section.
 * The privacy guard checks every section and comment.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class PlanSectionService {

    /** The longest section, in characters. */
    public static final int SECTION_MAX = 10_000;
    /** The longest comment, in characters. */
    public static final int COMMENT_MAX = 2_000;

    private final JdbcClient jdbc;
    private final PlanAccess access;
    private final ProgrammeService programmes;
    private final SubgroupService subgroups;
    private final PersonService people;
    private final PrivacyGuard privacy;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PlanSectionService(
            JdbcClient jdbc,
            PlanAccess access,
            ProgrammeService programmes,
            SubgroupService subgroups,
            PersonService people,
            PrivacyGuard privacy,
            ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.programmes = programmes;
        this.subgroups = subgroups;
        this.people = people;
        this.privacy = privacy;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Saves a section when nobody saved it since {@code expectedVersion}; otherwise nothing is
     * stored and the outcome carries the other text to choose or merge. Personal data that may
     * never be stored blocks; possible personal data needs {@code confirmWarnings}.
     */
    @Transactional
    public SectionSave save(
            long planId, String sectionKey, String text, long expectedVersion, boolean confirmWarnings) {
        PlanAccess.Context context = writable(planId, sectionKey);
        String content = checked(text, SECTION_MAX, "plan.error.section-too-long");
        List<PrivacyNotice> notices = privacy.notices(content, null);
        if (notices.stream().anyMatch(PrivacyNotice::blocks)) {
            return new SectionSave(
                    SectionSave.Result.BLOCKED,
                    expectedVersion,
                    notices.stream().filter(PrivacyNotice::blocks).toList(),
                    null);
        }
        if (!notices.isEmpty() && !confirmWarnings) {
            return new SectionSave(SectionSave.Result.NEEDS_CONFIRMATION, expectedVersion, notices, null);
        }
        long personId = context.user().personId();
        Current before = current(planId, sectionKey);
        if (before.content().equals(content)) {
            // the text as saved (by anyone): nothing to store, and the draft is no longer needed
            deleteDraft(planId, sectionKey, personId);
            return new SectionSave(SectionSave.Result.UNCHANGED, before.version(), notices, null);
        }
        // the BLOCKED outcome above shows where; this is the rule at the write (also for a restore)
        StorableText.check(content);
        Timestamp now = Timestamp.from(clock.instant());
        int updated = jdbc.sql("""
                        update plan_section set content = ?, version = version + 1, updated_by = ?, updated_at = ?
                        where plan_id = ? and section_key = ? and version = ?""")
                .params(content, personId, now, planId, sectionKey, expectedVersion)
                .update();
        if (updated == 0) {
            Current current = current(planId, sectionKey);
            String author = current.by() == null ? "?" : name(current.by());
            return new SectionSave(
                    SectionSave.Result.CONFLICT,
                    expectedVersion,
                    notices,
                    new SectionSave.Conflict(
                            current.content(),
                            current.version(),
                            author,
                            current.at() == null
                                    ? clock.instant()
                                    : current.at().toInstant(),
                            content));
        }
        long version = expectedVersion + 1;
        jdbc.sql("""
                        insert into plan_section_version (plan_id, section_key, version, content, saved_by, saved_at)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(planId, sectionKey, version, content, personId, now)
                .update();
        deleteDraft(planId, sectionKey, personId);
        if (isTitleSection(context, sectionKey)) {
            jdbc.sql("update activity_plan set title = ? where id = ?")
                    .params(titleOf(content), planId)
                    .update();
        }
        events.publishEvent(new PlanSectionSaved(
                planId, sectionKey, version, personId, context.user().displayName(), content, now.toInstant()));
        return new SectionSave(SectionSave.Result.SAVED, version, notices, null);
    }

    /**
     * Keeps what the writer typed and has not saved yet (only for them), on the version they
     * started from. A text holding a BSN or IBAN is refused and the kept draft stays as it was.
     */
    @Transactional
    public void saveDraft(long planId, String sectionKey, String text, long baseVersion) {
        PlanAccess.Context context = writable(planId, sectionKey);
        String content = checked(text, SECTION_MAX, "plan.error.section-too-long");
        StorableText.check(content);
        jdbc.sql("""
                        insert into plan_section_draft (plan_id, section_key, person_id, content, base_version, updated_at)
                        values (?, ?, ?, ?, ?, ?)
                        on duplicate key update content = values(content), base_version = values(base_version),
                                                updated_at = values(updated_at)""")
                .params(
                        planId,
                        sectionKey,
                        context.user().personId(),
                        content,
                        baseVersion,
                        Timestamp.from(clock.instant()))
                .update();
    }

    /** Throws away the writer's unsaved text of a section. */
    @Transactional
    public void discardDraft(long planId, String sectionKey) {
        PlanAccess.Context context = access.edit(planId);
        deleteDraft(planId, sectionKey, context.user().personId());
    }

    /** Every saved version of a section, newest first. */
    public List<SectionVersion> history(long planId, String sectionKey) {
        access.read(planId);
        record Row(
                long id,
                long version,
                String content,
                long by,
                java.time.Instant at,
                @Nullable Long from) {}
        List<Row> rows = jdbc.sql("""
                        select id, version, content, saved_by, saved_at, restored_from from plan_section_version
                        where plan_id = ? and section_key = ? order by version desc""")
                .params(planId, sectionKey)
                .query((rs, n) -> {
                    long from = rs.getLong(6);
                    Long restoredFrom = rs.wasNull() ? null : from;
                    return new Row(
                            rs.getLong(1),
                            rs.getLong(2),
                            rs.getString(3),
                            rs.getLong(4),
                            rs.getTimestamp(5).toInstant(),
                            restoredFrom);
                })
                .list();
        Map<Long, String> names = names(rows.stream().map(Row::by).collect(Collectors.toSet()));
        return rows.stream()
                .map(r -> new SectionVersion(
                        r.id(), r.version(), r.content(), names.getOrDefault(r.by(), "?"), r.at(), r.from()))
                .toList();
    }

    /** Makes an earlier version the current text again, as a new version (nothing is lost). */
    @Transactional
    public SectionSave restore(long planId, String sectionKey, long versionId, long expectedVersion) {
        writable(planId, sectionKey);
        String content = jdbc.sql(
                        "select content from plan_section_version where id = ? and plan_id = ? and section_key = ?")
                .params(versionId, planId, sectionKey)
                .query(String.class)
                .optional()
                .orElseThrow(() -> new UserFacingException("plan.error.not-found"));
        SectionSave outcome = save(planId, sectionKey, content, expectedVersion, true);
        if (outcome.result() == SectionSave.Result.SAVED) {
            jdbc.sql(
                            "update plan_section_version set restored_from = ? where plan_id = ? and section_key = ? and version = ?")
                    .params(versionId, planId, sectionKey, outcome.version())
                    .update();
        }
        return outcome;
    }

    /** The comments on the plan's sections, oldest first. */
    public List<PlanComment> comments(long planId) {
        access.read(planId);
        record Row(long id, String key, long author, String text, java.time.Instant at) {}
        List<Row> rows = jdbc.sql("""
                        select id, section_key, author_id, text, created_at from plan_comment
                        where plan_id = ? order by created_at, id""")
                .param(planId)
                .query((rs, n) -> new Row(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getLong(3),
                        rs.getString(4),
                        rs.getTimestamp(5).toInstant()))
                .list();
        Map<Long, String> names = names(rows.stream().map(Row::author).collect(Collectors.toSet()));
        return rows.stream()
                .map(r -> new PlanComment(r.id(), r.key(), names.getOrDefault(r.author(), "?"), r.text(), r.at()))
                .toList();
    }

    /**
     * Adds a comment to a section (members and trainers); the others involved are told. Data that
     * may never be stored (BSN, IBAN) is refused.
     */
    @Transactional
    public long comment(long planId, String sectionKey, String text) {
        PlanAccess.Context context = access.edit(planId);
        requireSection(context, sectionKey);
        String body = checked(text, COMMENT_MAX, "plan.error.comment-too-long").strip();
        if (Texts.blank(body)) {
            throw new UserFacingException("plan.error.comment-empty");
        }
        StorableText.check(body);
        jdbc.sql("insert into plan_comment (plan_id, section_key, author_id, text, created_at) values (?, ?, ?, ?, ?)")
                .params(planId, sectionKey, context.user().personId(), body, Timestamp.from(clock.instant()))
                .update();
        long id = jdbc.sql("select last_insert_id()").query(Long.class).single();
        events.publishEvent(new PlanCommented(planId, id));
        return id;
    }

    /** What the notification of a comment says and to whom (the system only). */
    @PreAuthorize("hasRole('" + nl.pendel.security.Roles.ADMIN + "')")
    public PlanCommentNotice commentNotice(long planId, long commentId) {
        PlanAccess.PlanRow plan = access.row(planId);
        record Row(String key, long author, String text) {}
        Row row = jdbc.sql("select section_key, author_id, text from plan_comment where id = ? and plan_id = ?")
                .params(commentId, planId)
                .query((rs, n) -> new Row(rs.getString(1), rs.getLong(2), rs.getString(3)))
                .single();
        ProgrammeOutline.PlanTemplate template = programmes.planTemplateVersion(plan.templateVersionId());
        String sectionTitle = template.sections().stream()
                .filter(s -> s.key().equals(row.key()))
                .map(ProgrammeOutline.Section::title)
                .findFirst()
                .orElse(row.key());
        var course = access.courseAccess(plan.courseId());
        Set<Long> recipients = new TreeSet<>(
                subgroups.membersBySubgroup(List.of(plan.subgroupId())).getOrDefault(plan.subgroupId(), Set.of()));
        recipients.retainAll(course.participantIds());
        recipients.add(course.trainerId());
        if (course.coTrainerId() != null) {
            recipients.add(course.coTrainerId());
        }
        recipients.remove(row.author());
        return new PlanCommentNotice(
                planId,
                plan.title(),
                subgroups.subgroupNumbers(plan.courseId()).getOrDefault(plan.subgroupId(), 0),
                access.courseTitle(plan.courseId()),
                sectionTitle,
                name(row.author()),
                row.text(),
                recipients);
    }

    // ---- helpers

    private PlanAccess.Context writable(long planId, String sectionKey) {
        PlanAccess.Context context = access.edit(planId);
        requireSection(context, sectionKey);
        if (!context.canWrite(sectionKey)) {
            throw new UserFacingException("course.error.closed");
        }
        return context;
    }

    private void requireSection(PlanAccess.Context context, String sectionKey) {
        boolean known = jdbc.sql("select count(*) from plan_section where plan_id = ? and section_key = ?")
                        .params(context.plan().id(), sectionKey)
                        .query(Integer.class)
                        .single()
                > 0;
        if (!known) {
            throw new UserFacingException("plan.error.not-found");
        }
    }

    private boolean isTitleSection(PlanAccess.Context context, String sectionKey) {
        List<ProgrammeOutline.Section> sections = programmes
                .planTemplateVersion(context.plan().templateVersionId())
                .sections();
        return !sections.isEmpty() && sections.getFirst().key().equals(sectionKey);
    }

    static String titleOf(String content) {
        // a title is one line: the first of the section, without control characters
        String first = content.strip()
                .lines()
                .findFirst()
                .orElse("")
                .replaceAll("[\\p{Cc}\\u2028\\u2029]", "")
                .strip();
        return first.codePointCount(0, first.length()) > PlanService.TITLE_MAX
                ? first.substring(0, first.offsetByCodePoints(0, PlanService.TITLE_MAX))
                : first;
    }

    private static String checked(@Nullable String text, int max, String key) {
        String body = text == null ? "" : text;
        if (body.codePointCount(0, body.length()) > max) {
            throw new UserFacingException(key, max);
        }
        return body;
    }

    private record Current(
            String content, long version, @Nullable Long by, java.sql.@Nullable Timestamp at) {}

    private Current current(long planId, String sectionKey) {
        return jdbc.sql(
                        "select content, version, updated_by, updated_at from plan_section where plan_id = ? and section_key = ?")
                .params(planId, sectionKey)
                .query((rs, n) -> {
                    long by = rs.getLong(3);
                    Long updatedBy = rs.wasNull() ? null : by;
                    return new Current(rs.getString(1), rs.getLong(2), updatedBy, rs.getTimestamp(4));
                })
                .single();
    }

    private void deleteDraft(long planId, String sectionKey, long personId) {
        jdbc.sql("delete from plan_section_draft where plan_id = ? and section_key = ? and person_id = ?")
                .params(planId, sectionKey, personId)
                .update();
    }

    private String name(long personId) {
        return names(Set.of(personId)).getOrDefault(personId, "?");
    }

    private Map<Long, String> names(Set<Long> ids) {
        return people.profiles(ids).stream().collect(Collectors.toMap(PersonProfile::id, PersonProfile::displayName));
    }
}
