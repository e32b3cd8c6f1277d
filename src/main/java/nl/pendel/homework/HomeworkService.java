package nl.pendel.homework;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.pendel.account.PersonProfile;
import nl.pendel.account.PersonService;
import nl.pendel.course.CaseloadTheme;
import nl.pendel.course.CourseAccess;
import nl.pendel.course.CourseDetails;
import nl.pendel.course.CourseService;
import nl.pendel.course.CourseSummary;
import nl.pendel.homework.internal.Deadlines;
import nl.pendel.homework.internal.HomeworkReads;
import nl.pendel.homework.internal.HomeworkReads.Version;
import nl.pendel.homework.internal.HomeworkStore;
import nl.pendel.homework.internal.HomeworkStore.FileContent;
import nl.pendel.homework.internal.HomeworkStore.Row;
import nl.pendel.homework.internal.HomeworkStore.SubmissionRow;
import nl.pendel.privacy.PrivacyGuard;
import nl.pendel.privacy.PrivacyNotice;
import nl.pendel.schedule.ScheduleService;
import nl.pendel.schedule.SessionView;
import nl.pendel.security.CurrentUser;
import nl.pendel.security.PendelUser;
import nl.pendel.shared.Texts;
import nl.pendel.shared.UserFacingException;
import nl.pendel.shared.files.AttachmentText;
import nl.pendel.shared.files.InspectedFile;
import nl.pendel.shared.files.UploadedFileInspector;
import nl.pendel.subgroup.SubgroupService;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A participant's own homework: the assignments of their courses with their own deadlines, the
 * draft saved while typing, attachments, caseload themes, handing in (after the privacy guard)
 * and withdrawing until their session starts. After the deadline the members of a subgroup read
 * each other's work. Everything is checked for the object: one's own homework only, in a course
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
    private final HomeworkReads reads;
    private final CourseService courses;
    private final ScheduleService schedule;
    private final SubgroupService subgroups;
    private final PersonService people;
    private final PrivacyGuard privacy;
    private final CurrentUser currentUser;
    private final TransactionTemplate writes;
    private final Clock clock;

    HomeworkService(
            HomeworkStore store,
            HomeworkReads reads,
            CourseService courses,
            ScheduleService schedule,
            SubgroupService subgroups,
            PersonService people,
            PrivacyGuard privacy,
            CurrentUser currentUser,
            TransactionTemplate writes,
            Clock clock) {
        this.store = store;
        this.reads = reads;
        this.courses = courses;
        this.schedule = schedule;
        this.subgroups = subgroups;
        this.people = people;
        this.privacy = privacy;
        this.currentUser = currentUser;
        this.writes = writes;
        this.clock = clock;
    }

    /**
     * This service as of another time, with the same checks: for work recorded as it happened
     * earlier (the demo course's homework of last week) and for tests. Runs in the caller's
     * transaction. Hands out nothing itself, so anyone may ask; every use checks as usual.
     */
    @PreAuthorize("permitAll()")
    public HomeworkService at(Clock otherClock) {
        return new HomeworkService(
                store, reads, courses, schedule, subgroups, people, privacy, currentUser, writes, otherClock);
    }

    /** The assignments of every published or running course the signed-in person takes part in. */
    public List<Assignment> myAssignments() {
        PendelUser user = currentUser.require();
        Map<Long, Long> placements = subgroups.myPlacements();
        Map<Long, Row> mine =
                store.ofPerson(user.personId()).stream().collect(Collectors.toMap(Row::meetingId, r -> r));
        Map<Long, List<SubmissionRow>> submissions =
                store.submissions(mine.values().stream().map(Row::id).toList());
        Map<Long, List<HomeworkStore.FeedbackRow>> feedback = store.feedback(submissions.values().stream()
                .flatMap(List::stream)
                .map(SubmissionRow::id)
                .toList());
        Set<Long> courseIds = new LinkedHashSet<>(placements.keySet());
        Map<Long, CourseDetails> courseDetails = courses.detailsOf(courseIds);
        courseDetails
                .values()
                .removeIf(d -> !d.summary().status().visibleToTeam()
                        || !d.participantIds().contains(user.personId()));
        // every course's sessions and assignment settings at once, not per course
        Map<Long, List<SessionView>> sessions = schedule.sessionsOf(courseDetails);
        Map<Long, HomeworkStore.SettingRow> settings = store.settings(courseDetails.values().stream()
                .flatMap(d -> d.meetings().stream())
                .map(CourseDetails.Meeting::id)
                .toList());
        List<Assignment> result = new ArrayList<>();
        for (CourseDetails details : courseDetails.values()) {
            long courseId = details.summary().id();
            Deadlines deadlines = new Deadlines(sessions.getOrDefault(courseId, List.of()), settings);
            Long subgroupId = placements.get(courseId);
            for (CourseDetails.Meeting meeting : details.meetings()) {
                Row row = mine.get(meeting.id());
                List<SubmissionRow> versions = row == null ? List.of() : submissions.getOrDefault(row.id(), List.of());
                int feedbackCount = versions.stream()
                        .mapToInt(s -> feedback.getOrDefault(s.id(), List.of()).size())
                        .sum();
                result.add(assignment(details.summary(), meeting, deadlines, subgroupId, row, versions, feedbackCount));
            }
        }
        result.sort(Comparator.comparing((Assignment a) -> a.dueAt() == null ? LocalDateTime.MAX : a.dueAt())
                .thenComparing(Assignment::meetingPosition));
        return result;
    }

    /** The signed-in participant's work on one meeting's assignment. */
    public MyHomework mine(long courseId, long meetingId) {
        return read(participantContext(courseId, meetingId), false).mine();
    }

    /**
     * Everything the participant's page of one assignment shows, with the course and the person
     * checked once: their own work, the caseload themes to choose from (when the assignment asks
     * for them or the work has some) and, after the deadline, their subgroup's work.
     */
    public HomeworkPage page(long courseId, long meetingId) {
        return read(participantContext(courseId, meetingId), true);
    }

    /**
     * The participant's own work; for the {@code wholePage} also the caseload themes and the
     * subgroup's work. The people named (trainers of the feedback, subgroup members) are read at
     * once.
     */
    private HomeworkPage read(Context context, boolean wholePage) {
        Optional<HomeworkReads.Own> own =
                reads.own(context.meeting().id(), context.user().personId());
        Row row = own.map(HomeworkReads.Own::row).orElse(null);
        List<Version> versions =
                row == null ? List.of() : reads.versions(List.of(row.id())).getOrDefault(row.id(), List.of());
        HomeworkReads.Files files = row == null ? new HomeworkReads.Files(List.of(), Map.of()) : reads.files(row.id());
        List<HomeworkReads.SharedWork> peers = wholePage ? sharedWithMe(context) : List.of();
        Set<Long> named = versions.stream()
                .flatMap(v -> v.feedback().stream())
                .map(HomeworkStore.FeedbackRow::trainerId)
                .collect(Collectors.toCollection(HashSet::new));
        peers.forEach(p -> named.add(p.personId()));
        Map<Long, String> names = names(named);
        List<Submission> submissions = versions.stream()
                .map(v -> submission(v, files.bySubmission(), names))
                .toList();
        int feedbackCount =
                submissions.stream().mapToInt(s -> s.feedback().size()).sum();
        Assignment assignment = assignment(
                context.summary(),
                context.meeting(),
                context.deadlines(),
                context.subgroupId(),
                row,
                versions.stream().map(Version::submission).toList(),
                feedbackCount);
        HomeworkState state = assignment.state();
        List<ThemeAnswer> themes = own.map(HomeworkReads.Own::themes).orElse(List.of());
        MyHomework mine = new MyHomework(
                assignment,
                row == null ? "" : row.draft(),
                row == null ? null : row.draftSavedAt(),
                row == null ? 0L : row.version(),
                files.attached(),
                themes,
                submissions,
                state != HomeworkState.SUBMITTED && context.access().status().editable(),
                state == HomeworkState.SUBMITTED && canWithdraw(context));
        boolean asksThemes = context.meeting().asksCaseloadThemes() || !themes.isEmpty();
        return new HomeworkPage(
                mine,
                wholePage && asksThemes
                        ? courses.caseloadThemes(context.summary().id())
                        : List.of(),
                peerWork(peers, names));
    }

    /** The themes participants choose from for this course's caseload questions. */
    public List<CaseloadTheme> caseloadThemes(long courseId) {
        return courses.caseloadThemes(courseId);
    }

    /**
     * Stores the draft, when nobody (another tab of the same person) saved in between; returns
     * the new version and what the privacy guard finds so far (nothing is refused for that here).
     */
    @Transactional
    public DraftSaved saveDraft(long courseId, long meetingId, String text, long expectedVersion) {
        Context context = participantContext(courseId, meetingId);
        requireWritable(context);
        String body = checkedText(text);
        Row row = store.ensure(courseId, meetingId, context.user().personId());
        if (row.state() == HomeworkState.SUBMITTED) {
            throw new UserFacingException("homework.error.submitted");
        }
        long version = store.saveDraft(row.id(), expectedVersion, body, clock.instant());
        return new DraftSaved(version, clock.instant(), notices(body, null));
    }

    /** Replaces the caseload themes of the draft. */
    @Transactional
    public void saveThemes(long courseId, long meetingId, List<ThemeAnswer> themes) {
        Context context = participantContext(courseId, meetingId);
        requireWritable(context);
        if (!context.meeting().asksCaseloadThemes()) {
            throw new UserFacingException("homework.error.no-themes");
        }
        if (themes.size() > THEMES_MAX) {
            throw new UserFacingException("homework.error.too-many-themes", THEMES_MAX);
        }
        Set<String> known = courses.caseloadThemes(courseId).stream()
                .map(CaseloadTheme::key)
                .collect(Collectors.toSet());
        Set<String> seen = new HashSet<>();
        List<ThemeAnswer> clean = new ArrayList<>();
        for (ThemeAnswer theme : themes) {
            String own = theme.ownLabel() == null ? null : theme.ownLabel().strip();
            if (theme.themeKey() == null && Texts.blank(own)) {
                throw new UserFacingException("homework.error.theme-empty");
            }
            if (theme.themeKey() != null && !known.contains(theme.themeKey())) {
                throw new UserFacingException("homework.error.theme-unknown");
            }
            nl.pendel.shared.OneLineText.check(own);
            if (own != null && own.codePointCount(0, own.length()) > ThemeAnswer.OWN_LABEL_MAX) {
                throw new UserFacingException("homework.error.theme-too-long", ThemeAnswer.OWN_LABEL_MAX);
            }
            if (theme.cases() < 1 || theme.cases() > ThemeAnswer.MAX_CASES) {
                throw new UserFacingException("homework.error.cases", ThemeAnswer.MAX_CASES);
            }
            String identity = theme.themeKey() != null ? "k:" + theme.themeKey() : "o:" + own.toLowerCase();
            if (!seen.add(identity)) {
                throw new UserFacingException("homework.error.theme-twice");
            }
            clean.add(new ThemeAnswer(theme.themeKey(), theme.themeKey() != null ? null : own, theme.cases()));
        }
        Row row = store.ensure(courseId, meetingId, context.user().personId());
        if (row.state() == HomeworkState.SUBMITTED) {
            throw new UserFacingException("homework.error.submitted");
        }
        store.replaceThemes(row.id(), clean);
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
        requireWritable(participantContext(courseId, meetingId));
        InspectedFile inspected = UploadedFileInspector.inspect(fileName, bytes);
        String text = AttachmentText.extract(inspected.kind(), bytes);
        return writes.execute(status -> {
            Context context = participantContext(courseId, meetingId);
            requireWritable(context);
            Row row = store.ensure(courseId, meetingId, context.user().personId());
            if (row.state() == HomeworkState.SUBMITTED) {
                throw new UserFacingException("homework.error.submitted");
            }
            int existing = store.activeFiles(List.of(row.id()))
                    .getOrDefault(row.id(), List.of())
                    .size();
            UploadedFileInspector.checkCount(existing, 1);
            long id = store.addFile(
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
        Context context = participantContext(courseId, meetingId);
        requireWritable(context);
        Row row = store.findForUpdate(meetingId, context.user().personId()).orElseThrow(HomeworkService::notFound);
        if (row.state() == HomeworkState.SUBMITTED) {
            throw new UserFacingException("homework.error.submitted");
        }
        if (!store.removeFile(row.id(), fileId, clock.instant())) {
            throw notFound();
        }
    }

    /**
     * Hands the draft in as a new version. A citizen service number or IBAN in the text, an
     * attachment or an own theme refuses it; other findings need {@code confirmWarnings}. After
     * the deadline it is still accepted, marked late.
     */
    @Transactional
    public SubmitOutcome submit(long courseId, long meetingId, long expectedVersion, boolean confirmWarnings) {
        Context context = participantContext(courseId, meetingId);
        requireWritable(context);
        Row row = store.findForUpdate(meetingId, context.user().personId())
                .orElseThrow(() -> new UserFacingException("homework.error.empty"));
        if (row.state() == HomeworkState.SUBMITTED) {
            throw new UserFacingException("homework.error.submitted");
        }
        nl.pendel.shared.Versions.requireUnchanged(row.version(), expectedVersion);
        List<ThemeAnswer> themes = store.themes(List.of(row.id())).getOrDefault(row.id(), List.of());
        Map<String, String> fileTexts = store.activeFileTexts(row.id());
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
        LocalDateTime now = LocalDateTime.now(clock);
        boolean late = context.deadlines().passed(meetingId, context.subgroupId(), now);
        SubmissionRow submission = store.submit(row.id(), row.draft(), late, findings.size(), clock.instant());
        store.changeState(row.id(), HomeworkState.SUBMITTED);
        return new SubmitOutcome(SubmitOutcome.Result.SUBMITTED, findings, submission.number(), late);
    }

    /** Takes the homework back into a draft, until the participant's own session starts. */
    @Transactional
    public void withdraw(long courseId, long meetingId) {
        Context context = participantContext(courseId, meetingId);
        requireWritable(context);
        Row row = store.findForUpdate(meetingId, context.user().personId()).orElseThrow(HomeworkService::notFound);
        if (row.state() != HomeworkState.SUBMITTED) {
            throw new UserFacingException("homework.error.not-submitted");
        }
        if (!canWithdraw(context)) {
            throw new UserFacingException("homework.error.session-started");
        }
        store.withdraw(row.id(), clock.instant());
        store.changeState(row.id(), HomeworkState.DRAFT);
    }

    /**
     * The homework the other members of one's subgroup handed in for this meeting, once the
     * subgroup's deadline has passed ({@code delen met elkaar}); empty before.
     */
    public List<PeerWork> subgroupWork(long courseId, long meetingId) {
        List<HomeworkReads.SharedWork> peers = sharedWithMe(participantContext(courseId, meetingId));
        return peerWork(
                peers,
                names(peers.stream().map(HomeworkReads.SharedWork::personId).collect(Collectors.toSet())));
    }

    /**
     * What the other members of one's subgroup handed in (current versions with their files),
     * once the deadline passed; nothing before.
     */
    private List<HomeworkReads.SharedWork> sharedWithMe(Context context) {
        Long subgroupId = context.subgroupId();
        if (subgroupId == null
                || !context.deadlines().passed(context.meeting().id(), subgroupId, LocalDateTime.now(clock))) {
            return List.of();
        }
        Set<Long> others = new HashSet<>(subgroups
                .mySubgroup(context.summary().id())
                .map(nl.pendel.subgroup.MySubgroup::members)
                .orElse(Set.of()));
        others.remove(context.user().personId());
        return reads.sharedWork(context.meeting().id(), others);
    }

    private static List<PeerWork> peerWork(List<HomeworkReads.SharedWork> peers, Map<Long, String> names) {
        return peers.stream()
                .map(p -> new PeerWork(
                        names.getOrDefault(p.personId(), "?"),
                        p.current().submittedAt(),
                        p.current().body(),
                        p.files()))
                .sorted(Comparator.comparing(PeerWork::name))
                .toList();
    }

    /**
     * An attachment's content, for whoever may see it: its writer, the course's trainers and
     * administrators, and members of the writer's subgroup once it was handed in and the
     * deadline passed. Everyone else gets "not found".
     */
    public FileDownload download(long fileId) {
        FileContent file = store.fileContent(fileId).orElseThrow(HomeworkService::notFound);
        Row row = store.byId(file.homeworkId()).orElseThrow(HomeworkService::notFound);
        PendelUser user = currentUser.require();
        CourseAccess access = courses.access(row.courseId()).orElseThrow(HomeworkService::notFound);
        boolean allowed = row.personId() == user.personId() || access.canManage(user);
        if (!allowed
                && row.state() == HomeworkState.SUBMITTED
                && access.status().visibleToTeam()
                && access.participantIds().contains(user.personId())
                && store.fileSubmitted(fileId)) {
            Optional<Long> mine = subgroups.subgroupOf(row.courseId(), user.personId());
            Optional<Long> theirs = subgroups.subgroupOf(row.courseId(), row.personId());
            if (mine.isPresent() && mine.equals(theirs)) {
                Deadlines deadlines = deadlines(row.courseId(), courses.meetingsOf(row.courseId()));
                allowed = deadlines.passed(row.meetingId(), mine.get(), LocalDateTime.now(clock));
            }
        }
        if (!allowed) {
            throw new AccessDeniedException("File " + fileId + " is not visible to this person");
        }
        return new FileDownload(file.fileName(), file.kind().contentType(), file.content());
    }

    /** What the privacy guard finds in a text, with its surroundings (for a live warning). */
    public List<PrivacyNotice> check(@Nullable String text) {
        return notices(text == null ? "" : text, null);
    }

    // ---- helpers

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

    private boolean canWithdraw(Context context) {
        LocalDateTime start = context.deadlines().sessionStart(context.meeting().id(), context.subgroupId());
        return start == null || LocalDateTime.now(clock).isBefore(start);
    }

    private static void requireWritable(Context context) {
        if (!context.access().status().editable()) {
            throw new UserFacingException("course.error.closed");
        }
    }

    private Context participantContext(long courseId, long meetingId) {
        PendelUser user = currentUser.require();
        CourseAccess access = courses.access(courseId).orElseThrow(HomeworkService::notFound);
        if (!access.status().visibleToTeam() || !access.participantIds().contains(user.personId())) {
            throw new AccessDeniedException("Homework is for the course's participants");
        }
        // the course's summary and meetings, not its session pattern: nothing here needs it
        CourseSummary summary = courses.summary(courseId);
        List<CourseDetails.Meeting> meetings = courses.meetingsOf(courseId);
        CourseDetails.Meeting meeting =
                meetings.stream().filter(m -> m.id() == meetingId).findFirst().orElseThrow(HomeworkService::notFound);
        // one's own subgroup is read with the course's others, which the deadlines' sessions need
        Long subgroupId = subgroups
                .mySubgroup(courseId)
                .map(nl.pendel.subgroup.MySubgroup::id)
                .orElse(null);
        return new Context(user, access, summary, meeting, subgroupId, deadlines(courseId, meetings));
    }

    /** The deadlines of a course's meetings. */
    private Deadlines deadlines(long courseId, List<CourseDetails.Meeting> meetings) {
        return new Deadlines(
                schedule.sessions(courseId),
                store.settings(meetings.stream().map(CourseDetails.Meeting::id).toList()));
    }

    private Assignment assignment(
            CourseSummary course,
            CourseDetails.Meeting meeting,
            Deadlines deadlines,
            @Nullable Long subgroupId,
            @Nullable Row row,
            List<SubmissionRow> versions,
            int feedbackCount) {
        HomeworkState state = row == null ? HomeworkState.NOT_STARTED : row.state();
        if (state == HomeworkState.DRAFT && row.draftSavedAt() == null && versions.isEmpty()) {
            state = HomeworkState.NOT_STARTED;
        }
        boolean late = state == HomeworkState.SUBMITTED
                && !versions.isEmpty()
                && versions.getFirst().late();
        return new Assignment(
                course.id(),
                course.title(),
                meeting.id(),
                meeting.position(),
                meeting.title(),
                meeting.preparationTitle(),
                meeting.preparationInstructions(),
                meeting.asksCaseloadThemes(),
                deadlines.dueAt(meeting.id(), subgroupId),
                deadlines.sessionStart(meeting.id(), subgroupId),
                state,
                late,
                feedbackCount);
    }

    private static Submission submission(
            Version version, Map<Long, List<HomeworkFile>> files, Map<Long, String> trainerNames) {
        SubmissionRow row = version.submission();
        return new Submission(
                row.id(),
                row.number(),
                row.submittedAt(),
                row.late(),
                row.withdrawnAt(),
                row.body(),
                files.getOrDefault(row.id(), List.of()),
                version.feedback().stream()
                        .map(f -> new Feedback(
                                f.id(), trainerNames.getOrDefault(f.trainerId(), "?"), f.givenAt(), f.body()))
                        .toList());
    }

    private Map<Long, String> names(Set<Long> personIds) {
        return people.profiles(personIds).stream()
                .collect(Collectors.toMap(PersonProfile::id, PersonProfile::displayName));
    }

    private static UserFacingException notFound() {
        return new UserFacingException("homework.error.not-found");
    }

    private record Context(
            PendelUser user,
            CourseAccess access,
            CourseSummary summary,
            CourseDetails.Meeting meeting,
            @Nullable Long subgroupId,
            Deadlines deadlines) {}
}
