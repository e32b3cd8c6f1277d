package nl.pendel.homework;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
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
import nl.pendel.homework.internal.HomeworkStore.FeedbackRow;
import nl.pendel.homework.internal.HomeworkStore.Row;
import nl.pendel.homework.internal.HomeworkStore.SubmissionRow;
import nl.pendel.schedule.ScheduleService;
import nl.pendel.schedule.SessionView;
import nl.pendel.security.CurrentUser;
import nl.pendel.security.PendelUser;
import nl.pendel.security.Role;
import nl.pendel.security.Roles;
import nl.pendel.shared.Texts;
import nl.pendel.shared.UserFacingException;
import nl.pendel.subgroup.SubgroupService;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Homework as the course's trainers see it: who handed in, reading, feedback, the deadline and
 * reminder of each assignment, the session briefing and the common needs board. The lead of the
 * course's team sees completion figures and the (anonymous) board, never the texts; participants
 * see the board of their own subgroup.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class HomeworkReviewService {

    private final HomeworkStore store;
    private final HomeworkReads reads;
    private final CourseService courses;
    private final ScheduleService schedule;
    private final SubgroupService subgroups;
    private final PersonService people;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    HomeworkReviewService(
            HomeworkStore store,
            HomeworkReads reads,
            CourseService courses,
            ScheduleService schedule,
            SubgroupService subgroups,
            PersonService people,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            Clock clock) {
        this.store = store;
        this.reads = reads;
        this.courses = courses;
        this.schedule = schedule;
        this.subgroups = subgroups;
        this.people = people;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** Every participant's homework for one meeting: handed in, late, open or missing. */
    public List<HomeworkRow> overview(long courseId, long meetingId) {
        Course course = trainerCourse(courseId);
        course.meeting(meetingId);
        return rows(course, meetingId);
    }

    /**
     * The trainer's homework tab for one meeting, with the course checked once: everyone's
     * homework ({@link #overview}), the assignment's settings ({@link #settings}) and the common
     * needs board ({@link #needsBoard}).
     */
    public MeetingReview meetingReview(long courseId, long meetingId) {
        Course course = trainerCourse(courseId);
        CourseDetails.Meeting meeting = course.meeting(meetingId);
        return new MeetingReview(rows(course, meetingId), settings(course, meetingId), board(course.access(), meeting));
    }

    private List<HomeworkRow> rows(Course course, long meetingId) {
        long courseId = course.access().courseId();
        Deadlines deadlines = deadlines(courseId, course.meetings());
        Map<Long, Long> placements = placements(courseId);
        Map<Long, Integer> numbers = subgroups.subgroupNumbers(courseId);
        // versions, the newest one and the feedback are counted in the database, per homework row
        Map<Long, HomeworkReads.Progress> progress = reads.progress(meetingId).stream()
                .collect(Collectors.toMap(HomeworkReads.Progress::personId, Function.identity()));
        LocalDateTime now = LocalDateTime.now(clock);
        List<HomeworkRow> result = new ArrayList<>();
        for (PersonProfile person : people.profiles(course.access().participantIds())) {
            Long subgroupId = placements.get(person.id());
            HomeworkReads.Progress row = progress.get(person.id());
            boolean handedIn = row != null && row.state() == HomeworkState.SUBMITTED && row.versions() > 0;
            Completion completion = handedIn
                    ? (row.lastLate() ? Completion.LATE : Completion.ON_TIME)
                    : deadlines.passed(meetingId, subgroupId, now) ? Completion.MISSING : Completion.OPEN;
            result.add(new HomeworkRow(
                    person.id(),
                    person.displayName(),
                    subgroupId == null ? null : numbers.get(subgroupId),
                    row == null ? null : row.homeworkId(),
                    completion,
                    deadlines.dueAt(meetingId, subgroupId),
                    handedIn ? row.lastSubmittedAt() : null,
                    row == null ? 0 : row.versions(),
                    row == null ? 0 : row.feedback()));
        }
        result.sort(Comparator.comparing((HomeworkRow r) -> r.subgroupNumber() == null ? 99 : r.subgroupNumber())
                .thenComparing(HomeworkRow::name));
        return result;
    }

    /** One participant's homework as handed in (every version, with feedback); never the draft. */
    public HomeworkReading read(long courseId, long homeworkId) {
        Course course = trainerCourse(courseId);
        Row row = store.byId(homeworkId)
                .filter(r -> r.courseId() == courseId)
                .orElseThrow(HomeworkReviewService::notFound);
        List<Version> versions = reads.versions(List.of(row.id())).getOrDefault(row.id(), List.of());
        Map<Long, PersonProfile> named = profiles(course.namedWith(List.of(row.personId())));
        List<Submission> submissions = submissions(versions, named);
        String name =
                named.containsKey(row.personId()) ? named.get(row.personId()).displayName() : "?";
        Long subgroupId = placements(courseId).get(row.personId());
        List<ThemeAnswer> themes = row.state() == HomeworkState.SUBMITTED
                ? store.themes(List.of(row.id())).getOrDefault(row.id(), List.of())
                : List.of();
        return new HomeworkReading(
                row.id(),
                name,
                subgroupId == null ? null : subgroups.subgroupNumbers(courseId).get(subgroupId),
                row.state(),
                submissions,
                lines(Map.of(row.id(), themes), labels(courseId)));
    }

    /** Written feedback on one version handed in; the participant is notified. */
    @Transactional
    public Feedback giveFeedback(long courseId, long submissionId, @Nullable String text) {
        Course course = trainerCourse(courseId);
        if (!course.access().status().editable()) {
            throw new UserFacingException("course.error.closed");
        }
        String body = text == null ? "" : text.strip();
        if (Texts.blank(body)) {
            throw new UserFacingException("homework.error.feedback-empty");
        }
        if (body.codePointCount(0, body.length()) > Feedback.MAX) {
            throw new UserFacingException("homework.error.feedback-too-long", Feedback.MAX);
        }
        SubmissionRow submission = store.submission(submissionId).orElseThrow(HomeworkReviewService::notFound);
        Row row = store.byId(submission.homeworkId())
                .filter(r -> r.courseId() == courseId)
                .orElseThrow(HomeworkReviewService::notFound);
        PendelUser user = currentUser.require();
        long id = store.addFeedback(submissionId, user.personId(), body, clock.instant());
        events.publishEvent(new HomeworkFeedbackGiven(courseId, row.meetingId(), row.personId(), id));
        return new Feedback(id, user.displayName(), clock.instant(), body);
    }

    public AssignmentSettings settings(long courseId, long meetingId) {
        Course course = trainerCourse(courseId);
        course.meeting(meetingId);
        return settings(course, meetingId);
    }

    private AssignmentSettings settings(Course course, long meetingId) {
        HomeworkStore.SettingRow row = store.settings(course.meetings().stream()
                        .map(CourseDetails.Meeting::id)
                        .toList())
                .get(meetingId);
        return row == null
                ? new AssignmentSettings(meetingId, null, null, 0)
                : new AssignmentSettings(meetingId, row.dueAt(), row.reminderDays(), row.version());
    }

    /** Sets one deadline for the meeting (or back to each subgroup's session) and the reminder. */
    @Transactional
    public AssignmentSettings saveSettings(long courseId, AssignmentSettings settings) {
        Course course = trainerCourse(courseId);
        course.meeting(settings.meetingId());
        if (!course.access().status().editable()) {
            throw new UserFacingException("course.error.closed");
        }
        Integer days = settings.reminderDays();
        if (days != null && (days < 1 || days > AssignmentSettings.REMINDER_DAYS_MAX)) {
            throw new UserFacingException("homework.error.reminder-days", AssignmentSettings.REMINDER_DAYS_MAX);
        }
        LocalDateTime due = settings.dueAt();
        if (due != null) {
            CourseSummary summary = course.summary();
            if (due.toLocalDate().isBefore(summary.startsOn().minusMonths(1))
                    || due.toLocalDate().isAfter(summary.endsOn())) {
                throw new UserFacingException("homework.error.due-outside-course");
            }
        }
        store.saveSetting(courseId, settings.meetingId(), due, days, settings.version());
        return new AssignmentSettings(settings.meetingId(), due, days, settings.version() + 1);
    }

    /** All of one subgroup's homework for one meeting, with its common needs, for the trainer. */
    public Briefing briefing(long courseId, long meetingId, int subgroupNumber) {
        Course course = trainerCourse(courseId);
        CourseDetails.Meeting meeting = course.meeting(meetingId);
        long subgroupId = subgroups.subgroupNumbers(courseId).entrySet().stream()
                .filter(e -> e.getValue() == subgroupNumber)
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow(HomeworkReviewService::notFound);
        Set<Long> members = subgroups.membersBySubgroup(List.of(subgroupId)).getOrDefault(subgroupId, Set.of());
        // the people a briefing names: the members, and the course's trainers, who give the feedback
        Map<Long, PersonProfile> profiles = profiles(course.namedWith(members));
        Map<Long, HomeworkReads.HandedIn> handedIn = reads.handedIn(meetingId, members).stream()
                .collect(Collectors.toMap(HomeworkReads.HandedIn::personId, Function.identity()));
        Map<Long, Submission> current =
                submissions(
                                handedIn.values().stream()
                                        .map(HomeworkReads.HandedIn::current)
                                        .toList(),
                                profiles)
                        .stream()
                        .collect(Collectors.toMap(Submission::id, Function.identity()));
        Map<Long, List<ThemeAnswer>> themes = store.themes(handedIn.values().stream()
                .map(HomeworkReads.HandedIn::homeworkId)
                .toList());
        Map<String, String> labels = labels(courseId);
        List<Briefing.Entry> entries = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (PersonProfile person : profiles.values()) {
            if (!members.contains(person.id())) {
                continue;
            }
            HomeworkReads.HandedIn work = handedIn.get(person.id());
            if (work == null) {
                missing.add(person.displayName());
                continue;
            }
            entries.add(new Briefing.Entry(
                    person.displayName(),
                    person.discipline(),
                    current.get(work.current().submission().id()),
                    lines(Map.of(work.homeworkId(), themes.getOrDefault(work.homeworkId(), List.of())), labels)));
        }
        // only the subgroup's session is needed here, not the deadlines
        SessionView session = new Deadlines(schedule.sessions(courseId), Map.of()).session(meetingId, subgroupId);
        return new Briefing(
                course.summary().title(),
                meeting.position(),
                meeting.title(),
                meeting.preparationTitle(),
                subgroupNumber,
                session == null ? null : session.date().atTime(session.start()),
                session == null ? "" : String.join(", ", nonBlank(session.location(), session.room())),
                entries,
                missing,
                lines(themes, labels));
    }

    /**
     * The common needs board of a meeting: themes of the homework handed in, anonymous counts per
     * subgroup and for the team. Trainers and the team lead see every subgroup; a participant
     * sees the team figures and their own subgroup.
     */
    public NeedsBoard needsBoard(long courseId, long meetingId) {
        CourseAccess access = courses.requireView(courseId);
        CourseDetails.Meeting meeting = courses.meetingsOf(courseId).stream()
                .filter(m -> m.id() == meetingId)
                .findFirst()
                .orElseThrow(HomeworkReviewService::notFound);
        return board(access, meeting);
    }

    /** The needs board of one meeting of a course the caller checked the signed-in person may see. */
    private NeedsBoard board(CourseAccess access, CourseDetails.Meeting meeting) {
        long courseId = access.courseId();
        PendelUser user = currentUser.require();
        Map<Long, Long> placements = placements(courseId);
        Map<Long, Integer> numbers = subgroups.subgroupNumbers(courseId);
        boolean everyone = access.canManage(user) || isLead(access, user);
        Long ownSubgroup = everyone ? null : placements.get(user.personId());
        List<HomeworkReads.HandedInThemes> handedIn = reads.handedInThemes(meeting.id());
        Map<String, String> labels = labels(courseId);
        Map<Integer, Map<Long, List<ThemeAnswer>>> perSubgroup = new TreeMap<>();
        for (HomeworkReads.HandedInThemes row : handedIn) {
            Long subgroupId = placements.get(row.personId());
            if (subgroupId == null || (!everyone && !subgroupId.equals(ownSubgroup))) {
                continue;
            }
            perSubgroup
                    .computeIfAbsent(numbers.get(subgroupId), n -> new HashMap<>())
                    .put(row.homeworkId(), row.themes());
        }
        Map<Integer, List<NeedLine>> bySubgroup = new TreeMap<>();
        perSubgroup.forEach((number, answers) -> bySubgroup.put(number, lines(answers, labels)));
        Map<Long, List<ThemeAnswer>> all = new HashMap<>();
        handedIn.forEach(r -> all.put(r.homeworkId(), r.themes()));
        int contributions =
                (int) all.values().stream().filter(l -> !l.isEmpty()).count();
        return new NeedsBoard(
                meeting.id(), meeting.position(), meeting.title(), contributions, lines(all, labels), bySubgroup);
    }

    /** Per meeting: how many handed in on time, late, not yet, or not at all. Figures only. */
    public List<MeetingCompletion> completion(long courseId) {
        CourseAccess access = courses.requireView(courseId);
        PendelUser user = currentUser.require();
        if (!access.canManage(user) && !isLead(access, user)) {
            throw new AccessDeniedException("Completion figures are for the trainers and the team lead");
        }
        return store.completion(courseId, LocalDateTime.now(clock));
    }

    /**
     * Who should get a homework reminder today: participants of published or running courses
     * who have not handed in, whose deadline is the meeting's reminder days from today. For the
     * notification module's daily job (the system).
     */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public List<HomeworkReminder> remindersDue(LocalDate today) {
        List<HomeworkReminder> result = new ArrayList<>();
        for (long courseId : store.coursesWithReminders()) {
            CourseAccess access = courses.access(courseId).orElse(null);
            if (access == null
                    || !access.status().visibleToTeam()
                    || !access.status().editable()) {
                continue;
            }
            CourseDetails details = courses.details(courseId);
            Deadlines deadlines = deadlines(courseId, details);
            Map<Long, Long> placements = placements(courseId);
            Map<Long, Map<Long, Row>> rows = store.ofCourse(courseId).stream()
                    .collect(Collectors.groupingBy(
                            Row::meetingId, Collectors.toMap(Row::personId, Function.identity())));
            for (CourseDetails.Meeting meeting : details.meetings()) {
                HomeworkStore.SettingRow setting = deadlines.setting(meeting.id());
                if (setting == null || setting.reminderDays() == null) {
                    continue;
                }
                for (long person : access.participantIds()) {
                    LocalDateTime due = deadlines.dueAt(meeting.id(), placements.get(person));
                    Row row = rows.getOrDefault(meeting.id(), Map.of()).get(person);
                    boolean handedIn = row != null && row.state() == HomeworkState.SUBMITTED;
                    if (due != null
                            && !handedIn
                            && due.toLocalDate()
                                    .minusDays(setting.reminderDays())
                                    .equals(today)) {
                        result.add(new HomeworkReminder(
                                courseId,
                                details.summary().title(),
                                meeting.id(),
                                meeting.position(),
                                meeting.title(),
                                meeting.preparationTitle(),
                                person,
                                due));
                    }
                }
            }
        }
        return result;
    }

    /** The feedback with its meeting, for the notification about it (the system). */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public FeedbackNotice feedbackNotice(long courseId, long meetingId, long feedbackId) {
        CourseDetails details = courses.details(courseId);
        CourseDetails.Meeting meeting = details.meetings().stream()
                .filter(m -> m.id() == meetingId)
                .findFirst()
                .orElseThrow(HomeworkReviewService::notFound);
        FeedbackRow row = store.feedbackById(feedbackId).orElseThrow(HomeworkReviewService::notFound);
        String trainer = people.profiles(List.of(row.trainerId())).stream()
                .map(PersonProfile::displayName)
                .findFirst()
                .orElse("");
        return new FeedbackNotice(
                courseId,
                details.summary().title(),
                meetingId,
                meeting.position(),
                meeting.title(),
                meeting.preparationTitle(),
                trainer,
                row.body());
    }

    // ---- helpers

    private static Completion completion(@Nullable Row row, List<SubmissionRow> versions, boolean deadlinePassed) {
        if (row != null && row.state() == HomeworkState.SUBMITTED && !versions.isEmpty()) {
            return versions.getFirst().late() ? Completion.LATE : Completion.ON_TIME;
        }
        return deadlinePassed ? Completion.MISSING : Completion.OPEN;
    }

    /**
     * These versions with their files and feedback; the trainers' names from {@code known} (the
     * people read already) or, for anyone else, read now.
     */
    private List<Submission> submissions(List<Version> versions, Map<Long, PersonProfile> known) {
        Map<Long, List<HomeworkFile>> files = store.submittedFiles(
                versions.stream().map(v -> v.submission().id()).toList());
        Set<Long> trainerIds = versions.stream()
                .flatMap(v -> v.feedback().stream())
                .map(FeedbackRow::trainerId)
                .collect(Collectors.toCollection(HashSet::new));
        Map<Long, PersonProfile> trainers = new HashMap<>(known);
        trainerIds.removeAll(known.keySet());
        trainers.putAll(profiles(trainerIds));
        return versions.stream()
                .map(v -> {
                    SubmissionRow s = v.submission();
                    return new Submission(
                            s.id(),
                            s.number(),
                            s.submittedAt(),
                            s.late(),
                            s.withdrawnAt(),
                            s.body(),
                            files.getOrDefault(s.id(), List.of()),
                            v.feedback().stream()
                                    .map(f -> new Feedback(
                                            f.id(),
                                            trainers.containsKey(f.trainerId())
                                                    ? trainers.get(f.trainerId())
                                                            .displayName()
                                                    : "?",
                                            f.givenAt(),
                                            f.body()))
                                    .toList());
                })
                .toList();
    }

    /** These people's profiles by id, sorted by name (none read for no one). */
    private Map<Long, PersonProfile> profiles(Set<Long> personIds) {
        return people.profiles(personIds).stream()
                .collect(Collectors.toMap(PersonProfile::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    /** Adds up themes of several homeworks: participants and cases per theme, most frequent first. */
    static List<NeedLine> lines(Map<Long, List<ThemeAnswer>> answers, Map<String, String> labels) {
        record Key(String label, boolean own) {}
        Map<Key, int[]> totals = new LinkedHashMap<>();
        for (List<ThemeAnswer> list : answers.values()) {
            for (ThemeAnswer answer : list) {
                Key key = answer.themeKey() != null
                        ? new Key(labels.getOrDefault(answer.themeKey(), answer.themeKey()), false)
                        : new Key(normalise(answer.ownLabel()), true);
                int[] total = totals.computeIfAbsent(key, k -> new int[2]);
                total[0]++;
                total[1] += answer.cases();
            }
        }
        return totals.entrySet().stream()
                .map(e -> new NeedLine(e.getKey().label(), e.getKey().own(), e.getValue()[0], e.getValue()[1]))
                .sorted(Comparator.comparingInt(NeedLine::participants)
                        .thenComparingInt(NeedLine::cases)
                        .reversed()
                        .thenComparing(NeedLine::label))
                .toList();
    }

    private static String normalise(@Nullable String label) {
        String text = label == null ? "" : label.strip().replaceAll("\\s+", " ");
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private Map<String, String> labels(long courseId) {
        return courses.caseloadThemes(courseId).stream()
                .collect(Collectors.toMap(CaseloadTheme::key, CaseloadTheme::label, (a, b) -> a));
    }

    private static List<String> nonBlank(String... parts) {
        List<String> result = new ArrayList<>();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                result.add(part);
            }
        }
        return result;
    }

    private static boolean isLead(CourseAccess access, PendelUser user) {
        return user.hasRole(Role.TEAM_LEAD) && Long.valueOf(access.teamId()).equals(user.teamId());
    }

    /**
     * The course for its trainers (and administrators): access checked for the signed-in person,
     * with its summary and meetings; not its session pattern, which nothing here needs.
     */
    private Course trainerCourse(long courseId) {
        CourseAccess access = courses.requireView(courseId);
        if (!access.canManage(currentUser.require())) {
            throw new AccessDeniedException("Homework is read by the course's trainers");
        }
        return new Course(access, courses.summary(courseId), courses.meetingsOf(courseId));
    }

    private Map<Long, Long> placements(long courseId) {
        Map<Long, Integer> numbers = subgroups.subgroupNumbers(courseId);
        Map<Long, Long> placements = new HashMap<>();
        subgroups
                .membersBySubgroup(numbers.keySet())
                .forEach((subgroup, members) -> members.forEach(person -> placements.put(person, subgroup)));
        return placements;
    }

    private Deadlines deadlines(long courseId, CourseDetails details) {
        return deadlines(courseId, details.meetings());
    }

    private Deadlines deadlines(long courseId, List<CourseDetails.Meeting> meetings) {
        return new Deadlines(
                schedule.sessions(courseId),
                store.settings(meetings.stream().map(CourseDetails.Meeting::id).toList()));
    }

    private static UserFacingException notFound() {
        return new UserFacingException("homework.error.not-found");
    }

    /** A course the signed-in person was checked to manage ({@link #trainerCourse}). */
    private record Course(CourseAccess access, CourseSummary summary, List<CourseDetails.Meeting> meetings) {

        /** These people and the course's trainers (who give the feedback a page shows beside their work). */
        Set<Long> namedWith(java.util.Collection<Long> people) {
            Set<Long> named = new HashSet<>(people);
            named.add(access.trainerId());
            if (access.coTrainerId() != null) {
                named.add(access.coTrainerId());
            }
            return named;
        }

        CourseDetails.Meeting meeting(long meetingId) {
            return meetings.stream()
                    .filter(m -> m.id() == meetingId)
                    .findFirst()
                    .orElseThrow(HomeworkReviewService::notFound);
        }
    }
}
