package nl.pendel.plan;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.pendel.account.PersonProfile;
import nl.pendel.account.PersonService;
import nl.pendel.plan.internal.PlanAccess;
import nl.pendel.plan.internal.PlanCommentNotices;
import nl.pendel.plan.internal.PlanCommentStore;
import nl.pendel.plan.internal.PlanReads;
import nl.pendel.plan.internal.PlanStore;
import nl.pendel.privacy.PrivacyGuard;
import nl.pendel.privacy.PrivacyNotice;
import nl.pendel.programme.ProgrammeOutline;
import nl.pendel.programme.ProgrammeService;
import nl.pendel.shared.StorableText;
import nl.pendel.shared.Texts;
import nl.pendel.shared.UserFacingException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
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

    private final PlanStore store;
    private final PlanReads reads;
    private final PlanCommentStore commentStore;
    private final PlanCommentNotices notices;
    private final PlanAccess access;
    private final ProgrammeService programmes;
    private final PersonService people;
    private final PrivacyGuard privacy;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PlanSectionService(
            PlanStore store,
            PlanReads reads,
            PlanCommentStore commentStore,
            PlanCommentNotices notices,
            PlanAccess access,
            ProgrammeService programmes,
            PersonService people,
            PrivacyGuard privacy,
            ApplicationEventPublisher events,
            Clock clock) {
        this.store = store;
        this.reads = reads;
        this.commentStore = commentStore;
        this.notices = notices;
        this.access = access;
        this.programmes = programmes;
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
        PlanStore.StoredSection before = current(planId, sectionKey);
        if (before.content().equals(content)) {
            // the text as saved (by anyone): nothing to store, and the draft is no longer needed
            store.deleteDraft(planId, sectionKey, personId);
            return new SectionSave(SectionSave.Result.UNCHANGED, before.version(), notices, null);
        }
        // the BLOCKED outcome above shows where; this is the rule at the write (also for a restore)
        StorableText.check(content);
        Instant now = clock.instant();
        if (!store.saveSection(planId, sectionKey, content, personId, now, expectedVersion)) {
            return conflict(planId, sectionKey, content, expectedVersion, notices);
        }
        long version = expectedVersion + 1;
        store.deleteDraft(planId, sectionKey, personId);
        if (isTitleSection(context, sectionKey)) {
            store.setTitle(planId, titleOf(content));
        }
        events.publishEvent(new PlanSectionSaved(
                planId, sectionKey, version, personId, context.user().displayName(), content, now));
        return new SectionSave(SectionSave.Result.SAVED, version, notices, null);
    }

    /** The outcome of a save on a version someone else saved over: their text beside the writer's. */
    private SectionSave conflict(
            long planId, String sectionKey, String mine, long expectedVersion, List<PrivacyNotice> notices) {
        PlanStore.StoredSection current = current(planId, sectionKey);
        String author = current.updatedBy() == null ? "?" : name(current.updatedBy());
        return new SectionSave(
                SectionSave.Result.CONFLICT,
                expectedVersion,
                notices,
                new SectionSave.Conflict(
                        current.content(),
                        current.version(),
                        author,
                        current.updatedAt() == null ? clock.instant() : current.updatedAt(),
                        mine));
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
        store.keepDraft(planId, sectionKey, context.user().personId(), content, baseVersion, clock.instant());
    }

    /** Throws away the writer's unsaved text of a section. */
    @Transactional
    public void discardDraft(long planId, String sectionKey) {
        PlanAccess.Context context = access.edit(planId);
        store.deleteDraft(planId, sectionKey, context.user().personId());
    }

    /** Every saved version of a section, newest first. */
    public List<SectionVersion> history(long planId, String sectionKey) {
        access.read(planId);
        List<PlanReads.VersionRow> rows = reads.history(planId, sectionKey);
        Map<Long, String> names =
                names(rows.stream().map(PlanReads.VersionRow::savedBy).collect(Collectors.toSet()));
        return rows.stream()
                .map(r -> new SectionVersion(
                        r.id(),
                        r.version(),
                        r.content(),
                        names.getOrDefault(r.savedBy(), "?"),
                        r.savedAt(),
                        r.restoredFrom()))
                .toList();
    }

    /** Makes an earlier version the current text again, as a new version (nothing is lost). */
    @Transactional
    public SectionSave restore(long planId, String sectionKey, long versionId, long expectedVersion) {
        writable(planId, sectionKey);
        String content = store.versionContent(versionId, planId, sectionKey)
                .orElseThrow(() -> new UserFacingException("plan.error.not-found"));
        SectionSave outcome = save(planId, sectionKey, content, expectedVersion, true);
        if (outcome.result() == SectionSave.Result.SAVED) {
            store.markRestored(planId, sectionKey, outcome.version(), versionId);
        }
        return outcome;
    }

    /** The comments on the plan's sections, oldest first. */
    public List<PlanComment> comments(long planId) {
        access.read(planId);
        List<PlanCommentStore.CommentRow> rows = commentStore.ofPlan(planId);
        Map<Long, String> names =
                names(rows.stream().map(PlanCommentStore.CommentRow::authorId).collect(Collectors.toSet()));
        return rows.stream()
                .map(r -> new PlanComment(
                        r.id(), r.sectionKey(), names.getOrDefault(r.authorId(), "?"), r.text(), r.createdAt()))
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
        long id = commentStore.insert(planId, sectionKey, context.user().personId(), body, clock.instant());
        events.publishEvent(new PlanCommented(planId, id));
        return id;
    }

    /** What the notification of a comment says and to whom (the system only). */
    @PreAuthorize("hasRole('" + nl.pendel.security.Roles.ADMIN + "')")
    public PlanCommentNotice commentNotice(long planId, long commentId) {
        return notices.notice(planId, commentId);
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
        if (store.section(context.plan().id(), sectionKey).isEmpty()) {
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

    private PlanStore.StoredSection current(long planId, String sectionKey) {
        return store.section(planId, sectionKey).orElseThrow(() -> new UserFacingException("plan.error.not-found"));
    }

    private String name(long personId) {
        return names(Set.of(personId)).getOrDefault(personId, "?");
    }

    private Map<Long, String> names(Set<Long> ids) {
        return people.profiles(ids).stream().collect(Collectors.toMap(PersonProfile::id, PersonProfile::displayName));
    }
}
