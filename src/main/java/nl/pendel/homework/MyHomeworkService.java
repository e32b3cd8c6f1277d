package nl.pendel.homework;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.pendel.account.PersonProfile;
import nl.pendel.account.PersonService;
import nl.pendel.course.CaseloadTheme;
import nl.pendel.course.CourseDetails;
import nl.pendel.course.CourseService;
import nl.pendel.homework.HomeworkParticipants.Context;
import nl.pendel.homework.internal.HomeworkReads;
import nl.pendel.homework.internal.HomeworkReads.Version;
import nl.pendel.homework.internal.HomeworkStore;
import nl.pendel.homework.internal.HomeworkStore.Row;
import nl.pendel.schedule.MyCourses;
import nl.pendel.schedule.ScheduleService;
import nl.pendel.security.CurrentUser;
import nl.pendel.subgroup.CourseSubgroup;
import nl.pendel.subgroup.SubgroupService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a participant reads of their own homework: their assignments across courses and the page
 * of one assignment (their work, the caseload themes to choose from and, after the deadline,
 * their subgroup's work). Writing and handing in is {@link HomeworkService}'s. One's own homework
 * only, in a course one takes part in.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class MyHomeworkService {

    private final HomeworkReads reads;
    private final MyAssignments assignments;
    private final HomeworkParticipants contexts;
    private final CourseService courses;
    private final ScheduleService schedule;
    private final SubgroupService subgroups;
    private final PersonService people;
    private final CurrentUser currentUser;
    private final Clock clock;

    MyHomeworkService(
            HomeworkReads reads,
            MyAssignments assignments,
            HomeworkParticipants contexts,
            CourseService courses,
            ScheduleService schedule,
            SubgroupService subgroups,
            PersonService people,
            CurrentUser currentUser,
            Clock clock) {
        this.reads = reads;
        this.assignments = assignments;
        this.contexts = contexts;
        this.courses = courses;
        this.schedule = schedule;
        this.subgroups = subgroups;
        this.people = people;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The assignments of every published or running course the signed-in person takes part in. */
    public List<Assignment> myAssignments() {
        long me = currentUser.require().personId();
        Map<Long, Long> placements = subgroups.myPlacements();
        Map<Long, CourseDetails> courseDetails = courses.detailsOf(new LinkedHashSet<>(placements.keySet()));
        courseDetails
                .values()
                .removeIf(d -> !d.summary().status().visibleToTeam()
                        || !d.participantIds().contains(me));
        // every course's sessions and assignment settings at once, not per course
        return assignments.of(me, placements, courseDetails, schedule.sessionsOf(courseDetails));
    }

    /**
     * As {@link #myAssignments()}, from the signed-in person's courses and sessions the schedule
     * already read ({@link nl.pendel.schedule.ScheduleReads#myCourses()}), so they are not read again; only what
     * belongs to the signed-in person and the courses they take part in is used.
     */
    public List<Assignment> myAssignments(MyCourses mine) {
        long me = currentUser.require().personId();
        if (mine.personId() != me) {
            throw new AccessDeniedException("not the signed-in person's courses");
        }
        Map<Long, CourseDetails> courseDetails = new LinkedHashMap<>(mine.details());
        courseDetails
                .values()
                .removeIf(d -> !d.summary().status().visibleToTeam()
                        || !d.participantIds().contains(me));
        return assignments.of(me, mine.placements(), courseDetails, mine.sessionsByCourse());
    }

    /** The signed-in participant's work on one meeting's assignment. */
    public MyHomework mine(long courseId, long meetingId) {
        return read(contexts.mine(courseId, meetingId), false).mine();
    }

    /**
     * Everything the participant's page of one assignment shows, with the course and the person
     * checked once: their own work, the caseload themes to choose from (when the assignment asks
     * for them or the work has some) and, after the deadline, their subgroup's work.
     */
    public HomeworkPage page(long courseId, long meetingId) {
        return read(contexts.mine(courseId, meetingId), true);
    }

    /** The themes participants choose from for this course's caseload questions. */
    public List<CaseloadTheme> caseloadThemes(long courseId) {
        return courses.caseloadThemes(courseId);
    }

    /**
     * The homework the other members of one's subgroup handed in for this meeting, once the
     * subgroup's deadline has passed ({@code delen met elkaar}); empty before.
     */
    public List<PeerWork> subgroupWork(long courseId, long meetingId) {
        List<HomeworkReads.SharedWork> peers = sharedWithMe(contexts.mine(courseId, meetingId));
        return peerWork(
                peers,
                names(peers.stream().map(HomeworkReads.SharedWork::personId).collect(Collectors.toSet())));
    }

    /**
     * The participant's own work; for the {@code wholePage} also the caseload themes and the
     * subgroup's work. The people named (trainers of the feedback, subgroup members) are read at
     * once.
     */
    private HomeworkPage read(Context context, boolean wholePage) {
        Optional<HomeworkReads.Own> own = reads.own(context.meeting().id(), context.personId());
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
        List<ThemeAnswer> themes = own.map(HomeworkReads.Own::themes).orElse(List.of());
        MyHomework mine = mine(context, row, versions, files, themes, names);
        boolean asksThemes = context.meeting().asksCaseloadThemes() || !themes.isEmpty();
        return new HomeworkPage(
                mine,
                wholePage && asksThemes
                        ? courses.caseloadThemes(context.summary().id())
                        : List.of(),
                peerWork(peers, names));
    }

    private MyHomework mine(
            Context context,
            Row row,
            List<Version> versions,
            HomeworkReads.Files files,
            List<ThemeAnswer> themes,
            Map<Long, String> names) {
        List<Submission> submissions = versions.stream()
                .map(v -> submission(v, files.bySubmission(), names))
                .toList();
        int feedbackCount =
                submissions.stream().mapToInt(s -> s.feedback().size()).sum();
        Assignment assignment = HomeworkParticipants.assignment(
                context.summary(),
                context.meeting(),
                context.deadlines(),
                context.subgroupId(),
                row,
                versions.stream().map(Version::submission).toList(),
                feedbackCount);
        HomeworkState state = assignment.state();
        return new MyHomework(
                assignment,
                row == null ? "" : row.draft(),
                row == null ? null : row.draftSavedAt(),
                row == null ? 0L : row.version(),
                files.attached(),
                themes,
                submissions,
                state != HomeworkState.SUBMITTED && context.access().status().editable(),
                // a "voldaan" stands until a trainer judges again
                state == HomeworkState.SUBMITTED
                        && Outcome.current(submissions) != Outcome.VOLDAAN
                        && context.canWithdraw(LocalDateTime.now(clock)));
    }

    /**
     * What the other members of one's subgroup handed in (current versions with their files),
     * once the deadline passed; nothing before.
     */
    private List<HomeworkReads.SharedWork> sharedWithMe(Context context) {
        CourseSubgroup subgroup = context.subgroup();
        if (subgroup == null || !context.deadlinePassed(LocalDateTime.now(clock))) {
            return List.of();
        }
        Set<Long> others = new HashSet<>(subgroup.members());
        others.remove(context.personId());
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

    private static Submission submission(
            Version version, Map<Long, List<HomeworkFile>> files, Map<Long, String> trainerNames) {
        HomeworkStore.SubmissionRow row = version.submission();
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
                                f.id(),
                                trainerNames.getOrDefault(f.trainerId(), "?"),
                                f.givenAt(),
                                f.body(),
                                f.outcome()))
                        .toList());
    }

    private Map<Long, String> names(Set<Long> personIds) {
        return people.profiles(personIds).stream()
                .collect(Collectors.toMap(PersonProfile::id, PersonProfile::displayName));
    }
}
