package nl.pendel.homework;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.pendel.course.CaseloadTheme;
import nl.pendel.course.CourseService;
import nl.pendel.homework.HomeworkParticipants.Context;
import nl.pendel.homework.internal.HomeworkFileStore;
import nl.pendel.homework.internal.HomeworkStore;
import nl.pendel.homework.internal.HomeworkStore.Row;
import nl.pendel.homework.internal.HomeworkStore.SubmissionRow;
import nl.pendel.homework.internal.OutcomeStore;
import nl.pendel.privacy.PrivacyGuard;
import nl.pendel.privacy.PrivacyNotice;
import nl.pendel.security.Roles;
import nl.pendel.shared.Texts;
import nl.pendel.shared.UserFacingException;
import nl.pendel.shared.Versions;
import nl.pendel.shared.files.AttachmentText;
import nl.pendel.shared.files.InspectedFile;
import nl.pendel.shared.files.UploadedFileInspector;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A participant writing their homework: the draft saved while typing, attachments, caseload
 * themes, handing in (after the privacy guard) and withdrawing until their session starts. What
 * the participant reads is {@link MyHomeworkService}'s, the attachments' download {@link
 * HomeworkDownloadService}'s. Everything is checked for the object: one's own homework only, in a course
 * one takes part in.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class HomeworkService {

    /** The longest homework text, in characters. */
    public static final int TEXT_MAX = 20_000;

    /** The most caseload themes in one homework. */
    public static final int THEMES_MAX = 30;

    private final HomeworkStore store;
    private final HomeworkFileStore files;
    private final OutcomeStore outcomes;
    private final HomeworkParticipants contexts;
    private final CourseService courses;
    private final PrivacyGuard privacy;
    private final TransactionTemplate writes;
    private final Clock clock;

    HomeworkService(
            HomeworkStore store,
            HomeworkFileStore files,
            OutcomeStore outcomes,
            HomeworkParticipants contexts,
            CourseService courses,
            PrivacyGuard privacy,
            TransactionTemplate writes,
            Clock clock) {
        this.store = store;
        this.files = files;
        this.outcomes = outcomes;
        this.contexts = contexts;
        this.courses = courses;
        this.privacy = privacy;
        this.writes = writes;
        this.clock = clock;
    }

    /**
     * Stores the draft, when nobody (another tab of the same person) saved in between; returns
     * the new version and what the privacy guard finds so far (nothing is refused for that here).
     */
    @Transactional
    public DraftSaved saveDraft(long courseId, long meetingId, String text, long expectedVersion) {
        return saveDraft(contexts.mine(courseId, meetingId), text, expectedVersion, clock.instant());
    }

    private DraftSaved saveDraft(Context context, String text, long expectedVersion, Instant now) {
        context.requireWritable();
        String body = checkedText(text);
        Row row = draft(context);
        long version = store.saveDraft(row.id(), expectedVersion, body, now);
        return new DraftSaved(version, now, notices(body, null));
    }

    /** Replaces the caseload themes of the draft. */
    @Transactional
    public void saveThemes(long courseId, long meetingId, List<ThemeAnswer> themes) {
        Context context = contexts.mine(courseId, meetingId);
        context.requireWritable();
        if (!context.meeting().asksCaseloadThemes()) {
            throw new UserFacingException("homework.error.no-themes");
        }
        Set<String> known = courses.caseloadThemes(courseId).stream()
                .map(CaseloadTheme::key)
                .collect(Collectors.toSet());
        List<ThemeAnswer> clean = ThemeChoices.clean(themes, known);
        store.replaceThemes(draft(context).id(), clean);
    }

    /**
     * Adds an attachment to the draft, after checking its size, its actual bytes and the text in it (a citizen
     * service number or IBAN refuses it). The text is read first, outside any transaction, since that may take
     * seconds (within the limits of {@link AttachmentText}); then the file is stored in a short transaction. Call it
     * outside the UI lock and outside a transaction (a caller's transaction, e.g. a test's, is joined, not suspended:
     * its own uncommitted course must stay visible).
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public HomeworkFile addFile(long courseId, long meetingId, String fileName, byte[] bytes) {
        // who may add is checked before anything is read
        contexts.mine(courseId, meetingId).requireWritable();
        InspectedFile inspected = UploadedFileInspector.inspect(fileName, bytes);
        String text = AttachmentText.extract(inspected.kind(), bytes);
        return writes.execute(status -> {
            Context context = contexts.mine(courseId, meetingId);
            context.requireWritable();
            Row row = draft(context);
            int existing = files.activeFiles(List.of(row.id()))
                    .getOrDefault(row.id(), List.of())
                    .size();
            UploadedFileInspector.checkCount(existing, 1);
            long id = files.addFile(
                    row.id(),
                    inspected.safeFileName(),
                    inspected.kind(),
                    inspected.size(),
                    inspected.sha256Hex(),
                    bytes,
                    text,
                    clock.instant());
            return new HomeworkFile(id, inspected.safeFileName(), inspected.kind(), inspected.size());
        });
    }

    /**
     * Takes an attachment off the draft. A file no version handed in has is deleted at once; versions handed in with
     * it keep it.
     */
    @Transactional
    public void removeFile(long courseId, long meetingId, long fileId) {
        Context context = contexts.mine(courseId, meetingId);
        context.requireWritable();
        Row row = store.findForUpdate(meetingId, context.personId()).orElseThrow(TrainerCourses::notFound);
        if (row.state() == HomeworkState.SUBMITTED) {
            throw new UserFacingException("homework.error.submitted");
        }
        if (!files.removeFile(row.id(), fileId, clock.instant())) {
            throw TrainerCourses.notFound();
        }
    }

    /**
     * Hands the draft in as a new version. A citizen service number or IBAN in the text, an
     * attachment or an own theme refuses it; other findings need {@code confirmWarnings}. After
     * the deadline it is still accepted, marked late.
     */
    @Transactional
    public SubmitOutcome submit(long courseId, long meetingId, long expectedVersion, boolean confirmWarnings) {
        return submit(contexts.mine(courseId, meetingId), expectedVersion, confirmWarnings, clock.instant());
    }

    /**
     * Hands in work a participant wrote earlier, as it happened at {@code at} (late or not by that
     * moment), warnings confirmed: for the demo course's history. The system only; the person
     * must take part in the course, and the privacy guard still refuses what it always refuses.
     */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public SubmitOutcome handInAsOf(long courseId, long meetingId, long personId, String text, Instant at) {
        Context context = contexts.of(courseId, meetingId, personId);
        DraftSaved saved = saveDraft(context, text, 0, at);
        return submit(context, saved.version(), true, at);
    }

    private SubmitOutcome submit(Context context, long expectedVersion, boolean confirmWarnings, Instant now) {
        context.requireWritable();
        Row row = store.findForUpdate(context.meeting().id(), context.personId())
                .orElseThrow(() -> new UserFacingException("homework.error.empty"));
        if (row.state() == HomeworkState.SUBMITTED) {
            throw new UserFacingException("homework.error.submitted");
        }
        Versions.requireUnchanged(row.version(), expectedVersion);
        List<PrivacyNotice> findings = findings(context, row);
        if (findings.stream().anyMatch(PrivacyNotice::blocks)) {
            return new SubmitOutcome(
                    SubmitOutcome.Result.BLOCKED,
                    findings.stream().filter(PrivacyNotice::blocks).toList(),
                    null,
                    false);
        }
        if (!findings.isEmpty() && !confirmWarnings) {
            return new SubmitOutcome(SubmitOutcome.Result.NEEDS_CONFIRMATION, findings, null, false);
        }
        boolean late = context.deadlinePassed(LocalDateTime.ofInstant(now, clock.getZone()));
        SubmissionRow submission = store.submit(row.id(), row.draft(), late, findings.size(), now);
        store.changeState(row.id(), HomeworkState.SUBMITTED);
        return new SubmitOutcome(SubmitOutcome.Result.SUBMITTED, findings, submission.number(), late);
    }

    /**
     * What the privacy guard finds in the draft, its attachments and own themes; refused when
     * there is nothing to hand in or the themes asked for are missing.
     */
    private List<PrivacyNotice> findings(Context context, Row row) {
        List<ThemeAnswer> themes = store.themes(List.of(row.id())).getOrDefault(row.id(), List.of());
        Map<String, String> fileTexts = files.activeFileTexts(row.id());
        if (Texts.blank(row.draft()) && fileTexts.isEmpty()) {
            throw new UserFacingException("homework.error.empty");
        }
        if (context.meeting().asksCaseloadThemes() && themes.isEmpty()) {
            throw new UserFacingException("homework.error.themes-missing");
        }
        List<PrivacyNotice> findings = new ArrayList<>(notices(row.draft(), null));
        fileTexts.forEach((name, text) -> findings.addAll(notices(text, name)));
        for (ThemeAnswer theme : themes) {
            if (theme.ownLabel() != null) {
                findings.addAll(notices(theme.ownLabel(), theme.ownLabel()));
            }
        }
        return findings;
    }

    /** Takes the homework back into a draft, until the participant's own session starts. */
    @Transactional
    public void withdraw(long courseId, long meetingId) {
        Context context = contexts.mine(courseId, meetingId);
        context.requireWritable();
        Row row = store.findForUpdate(meetingId, context.personId()).orElseThrow(TrainerCourses::notFound);
        if (row.state() != HomeworkState.SUBMITTED) {
            throw new UserFacingException("homework.error.not-submitted");
        }
        if (!context.canWithdraw(LocalDateTime.now(clock))) {
            throw new UserFacingException("homework.error.session-started");
        }
        if (outcomes.current(row.id()) == Outcome.VOLDAAN) {
            throw new UserFacingException("homework.error.outcome-final");
        }
        store.withdraw(row.id(), clock.instant());
        store.changeState(row.id(), HomeworkState.DRAFT);
    }

    /** What the privacy guard finds in a text, with its surroundings (for a live warning). */
    public List<PrivacyNotice> check(@Nullable String text) {
        return notices(text == null ? "" : text, null);
    }

    /** The participant's homework row, created when missing; refused once handed in. */
    private Row draft(Context context) {
        Row row = store.ensure(context.summary().id(), context.meeting().id(), context.personId());
        if (row.state() == HomeworkState.SUBMITTED) {
            throw new UserFacingException("homework.error.submitted");
        }
        return row;
    }

    private List<PrivacyNotice> notices(String text, @Nullable String where) {
        return privacy.notices(text, where);
    }

    private static String checkedText(@Nullable String text) {
        String body = text == null ? "" : text;
        if (body.codePointCount(0, body.length()) > TEXT_MAX) {
            throw new UserFacingException("homework.error.too-long", TEXT_MAX);
        }
        return body;
    }
}
