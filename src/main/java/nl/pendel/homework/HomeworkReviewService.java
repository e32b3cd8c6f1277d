package nl.pendel.homework;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.pendel.account.PersonProfile;
import nl.pendel.course.CourseDetails;
import nl.pendel.homework.TrainerCourses.Course;
import nl.pendel.homework.internal.AssignmentSettingStore;
import nl.pendel.homework.internal.Deadlines;
import nl.pendel.homework.internal.HomeworkReads;
import nl.pendel.homework.internal.HomeworkReads.Version;
import nl.pendel.homework.internal.HomeworkStore;
import nl.pendel.homework.internal.HomeworkStore.Row;
import nl.pendel.homework.internal.HomeworkStore.SubmissionRow;
import nl.pendel.homework.internal.OutcomeStore;
import nl.pendel.security.PendelUser;
import nl.pendel.shared.EditConflictException;
import nl.pendel.shared.Texts;
import nl.pendel.shared.UserFacingException;
import nl.pendel.subgroup.CourseSubgroup;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Homework as the course's trainers review it: who handed in, reading every version, and
 * feedback. The deadlines are {@link AssignmentSettingsService}'s, the printable briefing {@link
 * HomeworkBriefingService}'s, the common needs {@link NeedsBoardService}'s.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class HomeworkReviewService {

    private final HomeworkStore store;
    private final HomeworkReads reads;
    private final OutcomeStore outcomes;
    private final TrainerCourses trainerCourses;
    private final Submissions submissions;
    private final NeedsBoards boards;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    HomeworkReviewService(
            HomeworkStore store,
            HomeworkReads reads,
            OutcomeStore outcomes,
            TrainerCourses trainerCourses,
            Submissions submissions,
            NeedsBoards boards,
            ApplicationEventPublisher events,
            Clock clock) {
        this.store = store;
        this.reads = reads;
        this.outcomes = outcomes;
        this.trainerCourses = trainerCourses;
        this.submissions = submissions;
        this.boards = boards;
        this.events = events;
        this.clock = clock;
    }

    /** Every participant's homework for one meeting: handed in, late, open or missing. */
    public List<HomeworkRow> overview(long courseId, long meetingId) {
        Course course = trainerCourses.trainerCourse(courseId);
        course.meeting(meetingId);
        return rows(
                course, meetingId, trainerCourses.subgroups(courseId), trainerCourses.settingRows(course.meetings()));
    }

    /**
     * The trainer's homework tab for one meeting, with the course checked once: everyone's
     * homework ({@link #overview}), the assignment's settings and the common needs board.
     */
    public MeetingReview meetingReview(long courseId, long meetingId) {
        return meetingReview(trainerCourses.trainerCourse(courseId), meetingId);
    }

    /**
     * As {@link #meetingReview(long, long)}, for a course the caller already checked for its
     * trainers ({@link TrainerCourses#trainerCourse}); the course's subgroups and assignment
     * settings are read once for the rows, the settings and the board.
     */
    MeetingReview meetingReview(Course course, long meetingId) {
        CourseDetails.Meeting meeting = course.meeting(meetingId);
        List<CourseSubgroup> groups = trainerCourses.subgroups(course.id());
        Map<Long, AssignmentSettingStore.SettingRow> settingRows = trainerCourses.settingRows(course.meetings());
        return new MeetingReview(
                rows(course, meetingId, groups, settingRows),
                TrainerCourses.settings(meetingId, settingRows.get(meetingId)),
                boards.board(course.access(), meeting, groups));
    }

    private List<HomeworkRow> rows(
            Course course,
            long meetingId,
            List<CourseSubgroup> groups,
            Map<Long, AssignmentSettingStore.SettingRow> settingRows) {
        Deadlines deadlines = trainerCourses.deadlines(course.id(), course.meetings(), groups, settingRows);
        Map<Long, Long> placements = TrainerCourses.placements(groups);
        Map<Long, Integer> numbers = TrainerCourses.numbers(groups);
        // versions, the newest one and the feedback are counted in the database, per homework row
        Map<Long, HomeworkReads.Progress> progress = reads.progress(meetingId).stream()
                .collect(Collectors.toMap(HomeworkReads.Progress::personId, Function.identity()));
        LocalDateTime now = LocalDateTime.now(clock);
        List<HomeworkRow> result = new ArrayList<>();
        for (PersonProfile person :
                trainerCourses.profiles(course.access().participantIds()).values()) {
            Long subgroupId = placements.get(person.id());
            HomeworkReads.Progress row = progress.get(person.id());
            // homework judged "nog niet" is a draft again, but was handed in: its badge says what is next
            boolean handedIn = row != null
                    && row.versions() > 0
                    && (row.state() == HomeworkState.SUBMITTED || row.outcome() == Outcome.NOG_NIET);
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
                    row == null ? 0 : row.feedback(),
                    row == null ? null : row.outcome()));
        }
        result.sort(Comparator.comparing((HomeworkRow r) -> r.subgroupNumber() == null ? 99 : r.subgroupNumber())
                .thenComparing(HomeworkRow::name));
        return result;
    }

    /** One participant's homework as handed in (every version, with feedback); never the draft. */
    public HomeworkReading read(long courseId, long homeworkId) {
        Course course = trainerCourses.trainerCourse(courseId);
        Row row = store.byId(homeworkId).filter(r -> r.courseId() == courseId).orElseThrow(TrainerCourses::notFound);
        List<Version> versions = reads.versions(List.of(row.id())).getOrDefault(row.id(), List.of());
        Map<Long, PersonProfile> named = trainerCourses.profiles(course.namedWith(List.of(row.personId())));
        String name =
                named.containsKey(row.personId()) ? named.get(row.personId()).displayName() : "?";
        Integer subgroupNumber = trainerCourses.subgroups(courseId).stream()
                .filter(s -> s.members().contains(row.personId()))
                .map(CourseSubgroup::number)
                .findFirst()
                .orElse(null);
        List<ThemeAnswer> themes = row.state() == HomeworkState.SUBMITTED
                ? store.themes(List.of(row.id())).getOrDefault(row.id(), List.of())
                : List.of();
        List<Submission> read = submissions.of(versions, named);
        return new HomeworkReading(
                row.id(),
                name,
                subgroupNumber,
                row.state(),
                row.version(),
                Outcome.current(read),
                read,
                NeedLines.of(Map.of(row.id(), themes), trainerCourses.labels(courseId)));
    }

    /** Written feedback on one version handed in, without a judgement; the participant is notified. */
    @Transactional
    public Feedback giveFeedback(long courseId, long submissionId, String text) {
        return giveFeedback(courseId, submissionId, text, null, 0);
    }

    /**
     * Written feedback on one version handed in, with a judgement or without ({@code outcome}
     * null); the participant is notified. {@link Outcome#NOG_NIET} needs a written reply and
     * re-opens the homework so the participant can hand in a new version; {@link Outcome#VOLDAAN}
     * may come without words and stands until a trainer judges again. A judgement is only given on
     * the newest version while it is handed in, and only when nobody changed the homework since
     * the trainer read it ({@code expectedVersion}, {@link HomeworkReading#version()}); otherwise
     * nothing is stored.
     */
    @Transactional
    public Feedback giveFeedback(
            long courseId, long submissionId, String text, @Nullable Outcome outcome, long expectedVersion) {
        Course course = trainerCourses.trainerCourse(courseId);
        if (!course.access().status().editable()) {
            throw new UserFacingException("course.error.closed");
        }
        String body = text == null ? "" : text.strip();
        if (Texts.blank(body) && outcome != Outcome.VOLDAAN) {
            throw new UserFacingException(
                    outcome == Outcome.NOG_NIET
                            ? "homework.error.outcome-needs-text"
                            : "homework.error.feedback-empty");
        }
        if (body.codePointCount(0, body.length()) > Feedback.MAX) {
            throw new UserFacingException("homework.error.feedback-too-long", Feedback.MAX);
        }
        SubmissionRow submission = store.submission(submissionId).orElseThrow(TrainerCourses::notFound);
        Row row = store.byId(submission.homeworkId())
                .filter(r -> r.courseId() == courseId)
                .orElseThrow(TrainerCourses::notFound);
        if (outcome != null) {
            judge(row, submission, outcome, expectedVersion);
        }
        PendelUser user = trainerCourses.user();
        long id = store.addFeedback(submissionId, user.personId(), body, outcome, clock.instant());
        events.publishEvent(new HomeworkFeedbackGiven(courseId, row.meetingId(), row.personId(), id));
        return new Feedback(id, user.displayName(), clock.instant(), body, outcome);
    }

    /** Checks that the judged version is the current one, unchanged since it was read, and marks it judged. */
    private void judge(Row row, SubmissionRow submission, Outcome outcome, long expectedVersion) {
        if (row.version() != expectedVersion) {
            throw new EditConflictException();
        }
        int newest =
                store.submissions(List.of(row.id())).get(row.id()).getFirst().number();
        if (row.state() != HomeworkState.SUBMITTED
                || submission.number() != newest
                || submission.withdrawnAt() != null) {
            throw new UserFacingException("homework.error.outcome-not-current");
        }
        outcomes.judge(row.id(), expectedVersion, outcome);
    }
}
