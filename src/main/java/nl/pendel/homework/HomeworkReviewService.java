package nl.pendel.homework;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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
import nl.pendel.homework.internal.Deadlines;
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
    private final CourseService courses;
    private final ScheduleService schedule;
    private final SubgroupService subgroups;
    private final PersonService people;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    HomeworkReviewService(
            HomeworkStore store,
            CourseService courses,
            ScheduleService schedule,
            SubgroupService subgroups,
            PersonService people,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            Clock clock) {
        this.store = store;
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
        Map<Long, Row> rows =
                store.ofMeeting(meetingId).stream().collect(Collectors.toMap(Row::personId, Function.identity()));
        Map<Long, List<SubmissionRow>> submissions =
                store.submissions(rows.values().stream().map(Row::id).toList());
        Map<Long, List<FeedbackRow>> feedback = store.feedback(submissions.values().stream()
                .flatMap(List::stream)
                .map(SubmissionRow::id)
                .toList());
        LocalDateTime now = LocalDateTime.now(clock);
        List<HomeworkRow> result = new ArrayList<>();
        for (PersonProfile person : people.profiles(course.access().participantIds())) {
            Long subgroupId = course.placements().get(person.id());
            Row row = rows.get(person.id());
            List<SubmissionRow> versions = row == null ? List.of() : submissions.getOrDefault(row.id(), List.of());
            LocalDateTime due = course.deadlines().dueAt(meetingId, subgroupId);
            result.add(new HomeworkRow(
                    person.id(),
                    person.displayName(),
                    subgroupId == null ? null : course.numbers().get(subgroupId),
                    row == null ? null : row.id(),
                    completion(row, versions, course.deadlines().passed(meetingId, subgroupId, now)),
                    due,
                    row != null && row.state() == HomeworkState.SUBMITTED && !versions.isEmpty()
                            ? versions.getFirst().submittedAt()
                            : null,
                    versions.size(),
                    versions.stream()
                            .mapToInt(s ->
                                    feedback.getOrDefault(s.id(), List.of()).size())
                            .sum()));
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
        List<SubmissionRow> versions = store.submissions(List.of(row.id())).getOrDefault(row.id(), List.of());
        List<Submission> submissions = submissions(versions);
        String name = people.profiles(List.of(row.personId())).stream()
                .map(PersonProfile::displayName)
                .findFirst()
                .orElse("?");
        Long subgroupId = course.placements().get(row.personId());
        List<ThemeAnswer> themes = row.state() == HomeworkState.SUBMITTED
                ? store.themes(List.of(row.id())).getOrDefault(row.id(), List.of())
                : List.of();
        return new HomeworkReading(
                row.id(),
                name,
                subgroupId == null ? null : course.numbers().get(subgroupId),
                row.state(),
                submissions,
                lines(Map.of(row.id(), themes), labels(courseId)));
    }

    /** Written feedback on one version handed in; the participant is notified. */
    @Transactional
    public Feedback giveFeedback(long courseId, long submissionId, String text) {
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
        HomeworkStore.SettingRow row = course.deadlines().setting(meetingId);
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
            CourseDetails details = course.details();
            if (due.toLocalDate().isBefore(details.summary().startsOn().minusMonths(1))
                    || due.toLocalDate().isAfter(details.summary().endsOn())) {
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
        long subgroupId = course.numbers().entrySet().stream()
                .filter(e -> e.getValue() == subgroupNumber)
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow(HomeworkReviewService::notFound);
        Set<Long> members = course.placements().entrySet().stream()
                .filter(e -> e.getValue() == subgroupId)
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        Map<Long, PersonProfile> profiles = people.profiles(members).stream()
                .collect(Collectors.toMap(PersonProfile::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        Map<Long, Row> handedIn = store.ofMeeting(meetingId).stream()
                .filter(r -> r.state() == HomeworkState.SUBMITTED && members.contains(r.personId()))
                .collect(Collectors.toMap(Row::personId, Function.identity()));
        Map<Long, List<SubmissionRow>> versions =
                store.submissions(handedIn.values().stream().map(Row::id).toList());
        Map<Long, Submission> current = new HashMap<>();
        List<SubmissionRow> currentRows =
                versions.values().stream().map(List::getFirst).toList();
        submissions(currentRows).forEach(s -> current.put(s.id(), s));
        Map<Long, List<ThemeAnswer>> themes =
                store.themes(handedIn.values().stream().map(Row::id).toList());
        Map<String, String> labels = labels(courseId);
        List<Briefing.Entry> entries = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (PersonProfile person : profiles.values()) {
            Row row = handedIn.get(person.id());
            if (row == null || !versions.containsKey(row.id())) {
                missing.add(person.displayName());
                continue;
            }
            Submission submission =
                    current.get(versions.get(row.id()).getFirst().id());
            entries.add(new Briefing.Entry(
                    person.displayName(),
                    person.discipline(),
                    submission,
                    lines(Map.of(row.id(), themes.getOrDefault(row.id(), List.of())), labels)));
        }
        SessionView session = course.deadlines().session(meetingId, subgroupId);
        return new Briefing(
                course.details().summary().title(),
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
        PendelUser user = currentUser.require();
        CourseDetails details = courses.details(courseId);
        CourseDetails.Meeting meeting = details.meetings().stream()
                .filter(m -> m.id() == meetingId)
                .findFirst()
                .orElseThrow(HomeworkReviewService::notFound);
        Map<Long, Long> placements = placements(courseId);
        Map<Long, Integer> numbers = subgroups.subgroupNumbers(courseId);
        boolean everyone = access.canManage(user) || isLead(access, user);
        Long ownSubgroup = everyone ? null : placements.get(user.personId());
        List<Row> handedIn = store.ofMeeting(meetingId).stream()
                .filter(r -> r.state() == HomeworkState.SUBMITTED)
                .toList();
        Map<Long, List<ThemeAnswer>> themes =
                store.themes(handedIn.stream().map(Row::id).toList());
        Map<String, String> labels = labels(courseId);
        Map<Integer, Map<Long, List<ThemeAnswer>>> perSubgroup = new TreeMap<>();
        for (Row row : handedIn) {
            Long subgroupId = placements.get(row.personId());
            if (subgroupId == null || (!everyone && !subgroupId.equals(ownSubgroup))) {
                continue;
            }
            perSubgroup
                    .computeIfAbsent(numbers.get(subgroupId), n -> new HashMap<>())
                    .put(row.id(), themes.getOrDefault(row.id(), List.of()));
        }
        Map<Integer, List<NeedLine>> bySubgroup = new TreeMap<>();
        perSubgroup.forEach((number, answers) -> bySubgroup.put(number, lines(answers, labels)));
        Map<Long, List<ThemeAnswer>> all = new HashMap<>();
        handedIn.forEach(r -> all.put(r.id(), themes.getOrDefault(r.id(), List.of())));
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

    private List<Submission> submissions(List<SubmissionRow> versions) {
        List<Long> ids = versions.stream().map(SubmissionRow::id).toList();
        Map<Long, List<FeedbackRow>> feedback = store.feedback(ids);
        Map<Long, List<HomeworkFile>> files = store.submittedFiles(ids);
        Map<Long, String> trainers = people
                .profiles(feedback.values().stream()
                        .flatMap(List::stream)
                        .map(FeedbackRow::trainerId)
                        .collect(Collectors.toSet()))
                .stream()
                .collect(Collectors.toMap(PersonProfile::id, PersonProfile::displayName));
        return versions.stream()
                .map(s -> new Submission(
                        s.id(),
                        s.number(),
                        s.submittedAt(),
                        s.late(),
                        s.withdrawnAt(),
                        s.body(),
                        files.getOrDefault(s.id(), List.of()),
                        feedback.getOrDefault(s.id(), List.of()).stream()
                                .map(f -> new Feedback(
                                        f.id(), trainers.getOrDefault(f.trainerId(), "?"), f.givenAt(), f.body()))
                                .toList()))
                .toList();
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

    private Course trainerCourse(long courseId) {
        CourseAccess access = courses.requireView(courseId);
        if (!access.canManage(currentUser.require())) {
            throw new AccessDeniedException("Homework is read by the course's trainers");
        }
        CourseDetails details = courses.details(courseId);
        return new Course(
                access,
                details,
                deadlines(courseId, details),
                placements(courseId),
                subgroups.subgroupNumbers(courseId));
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
        return new Deadlines(
                schedule.sessions(courseId),
                store.settings(details.meetings().stream()
                        .map(CourseDetails.Meeting::id)
                        .toList()));
    }

    private static UserFacingException notFound() {
        return new UserFacingException("homework.error.not-found");
    }

    private record Course(
            CourseAccess access,
            CourseDetails details,
            Deadlines deadlines,
            Map<Long, Long> placements,
            Map<Long, Integer> numbers) {

        CourseDetails.Meeting meeting(long meetingId) {
            return details.meetings().stream()
                    .filter(m -> m.id() == meetingId)
                    .findFirst()
                    .orElseThrow(HomeworkReviewService::notFound);
        }
    }
}
