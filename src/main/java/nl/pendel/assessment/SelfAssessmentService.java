package nl.pendel.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.pendel.assessment.internal.AnswerStore;
import nl.pendel.assessment.internal.AssessmentReads;
import nl.pendel.assessment.internal.MomentStore;
import nl.pendel.assessment.internal.PersonalGrowth;
import nl.pendel.course.CourseAccess;
import nl.pendel.course.CourseService;
import nl.pendel.course.CourseSummary;
import nl.pendel.programme.ProgrammeOutline;
import nl.pendel.programme.ProgrammeService;
import nl.pendel.security.CurrentUser;
import nl.pendel.security.PendelUser;
import nl.pendel.shared.EditConflictException;
import nl.pendel.shared.StorableText;
import nl.pendel.shared.UserFacingException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Self-assessment moments of a course and each participant's own self-assessments. A participant
 * reads and writes only their own; the moments are set by the course's trainers. Half-filled
 * answers stay a draft; submitting needs every indicator rated and at least one goal.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class SelfAssessmentService {

    private final MomentStore moments;
    private final AnswerStore answers;
    private final AssessmentReads reads;
    private final PersonalGrowth personalGrowth;
    private final ScoreViewLog scoreViews;
    private final AssessmentParticipants contexts;
    private final CourseService courses;
    private final ProgrammeService programmes;
    private final CurrentUser currentUser;
    private final Clock clock;

    SelfAssessmentService(
            MomentStore moments,
            AnswerStore answers,
            AssessmentReads reads,
            PersonalGrowth personalGrowth,
            ScoreViewLog scoreViews,
            AssessmentParticipants contexts,
            CourseService courses,
            ProgrammeService programmes,
            CurrentUser currentUser,
            Clock clock) {
        this.moments = moments;
        this.answers = answers;
        this.reads = reads;
        this.personalGrowth = personalGrowth;
        this.scoreViews = scoreViews;
        this.contexts = contexts;
        this.courses = courses;
        this.programmes = programmes;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * This service as of another time, with the same checks: for answers recorded as they were
     * given earlier (the demo courses) and for tests. Runs in the caller's transaction.
     */
    @PreAuthorize("permitAll()")
    public SelfAssessmentService at(Clock otherClock) {
        return new SelfAssessmentService(
                moments,
                answers,
                reads,
                personalGrowth,
                scoreViews,
                contexts,
                courses,
                programmes,
                currentUser,
                otherClock);
    }

    /**
     * The course's moments, in order. Their defaults were made with the course ({@code
     * DefaultMoments}), so reading them never writes.
     */
    public List<Moment> moments(long courseId) {
        courses.requireView(courseId);
        return moments.ofCourse(courseId);
    }

    /** A trainer moves a moment's period. */
    @Transactional
    public Moment changeMoment(
            long courseId, long momentId, @Nullable LocalDate opensOn, @Nullable LocalDate closesOn, long version) {
        courses.requireManage(courseId);
        if (opensOn == null || closesOn == null || closesOn.isBefore(opensOn)) {
            throw new UserFacingException("assessment.error.period");
        }
        if (!moments.change(courseId, momentId, opensOn, closesOn, version)) {
            throw new EditConflictException();
        }
        return contexts.moment(courseId, momentId);
    }

    /** The signed-in participant's self-assessment at this moment (empty before the first save). */
    public MySelfAssessment mine(long courseId, long momentId) {
        AssessmentParticipants.Context context = contexts.of(courseId, momentId);
        Optional<AnswerStore.Row> row = answers.row(momentId, context.user().personId());
        AssessmentDraft given = row.map(r -> answers.answers(r.id(), r.mastered(), r.development()))
                .orElse(new AssessmentDraft(Map.of(), "", "", List.of()));
        boolean open = context.moment().isOpen(LocalDate.now(clock));
        boolean submitted = row.map(AnswerStore.Row::submitted).orElse(false);
        return new MySelfAssessment(
                context.moment(),
                context.framework(),
                given,
                submitted,
                row.map(AnswerStore.Row::savedAt).orElse(null),
                row.map(AnswerStore.Row::version).orElse(0L),
                open && !submitted,
                open && submitted,
                row.map(AnswerStore.Row::sharedWithLead).orElse(false),
                contexts.earlier(context)
                        .map(e -> new MySelfAssessment.Earlier(
                                e.kind(), e.answers().ratings(), e.answers().goals()))
                        .orElse(null));
    }

    /**
     * Stores the answers as a draft, while the moment is open and not submitted; texts holding a
     * BSN or IBAN are refused and the stored draft stays as it was.
     */
    @Transactional
    public long saveDraft(long courseId, long momentId, AssessmentDraft draft, long expectedVersion) {
        AssessmentParticipants.Context context = contexts.of(courseId, momentId);
        context.requireOpen(LocalDate.now(clock));
        AnswerRules.validate(context.framework(), draft);
        Optional<AssessmentParticipants.Earlier> earlier = contexts.earlier(context);
        AnswerRules.validateProgress(
                draft, earlier.map(e -> e.answers().goals().size()).orElse(0));
        StorableText.checkAll(List.of(draft.mastered(), draft.development()));
        StorableText.checkAll(draft.goals());
        long id = answers.ensure(momentId, context.user().personId());
        if (answers.row(momentId, context.user().personId()).orElseThrow().submitted()) {
            throw new UserFacingException("assessment.error.submitted");
        }
        if (!answers.saveTexts(id, draft, clock.instant(), expectedVersion)) {
            throw new EditConflictException();
        }
        answers.replaceAnswers(
                id, draft, earlier.map(AssessmentParticipants.Earlier::id).orElse(null));
        return expectedVersion + 1;
    }

    /**
     * Submits the stored answers: every indicator rated and at least one goal, else a message
     * naming what is missing and nothing changes.
     */
    @Transactional
    public void submit(long courseId, long momentId, long expectedVersion) {
        AssessmentParticipants.Context context = contexts.of(courseId, momentId);
        context.requireOpen(LocalDate.now(clock));
        AnswerStore.Row row = answers.row(momentId, context.user().personId())
                .orElseThrow(() -> new UserFacingException(
                        "assessment.error.missing", AnswerRules.missingCodes(context.framework(), Set.of())));
        if (row.version() != expectedVersion) {
            throw new EditConflictException();
        }
        AssessmentDraft given = answers.answers(row.id(), row.mastered(), row.development());
        String missing =
                AnswerRules.missingCodes(context.framework(), given.ratings().keySet());
        if (!missing.isEmpty()) {
            throw new UserFacingException("assessment.error.missing", missing);
        }
        if (given.goals().isEmpty()) {
            throw new UserFacingException("assessment.error.no-goal");
        }
        int earlierGoals =
                contexts.earlier(context).map(e -> e.answers().goals().size()).orElse(0);
        if (given.goalProgress().size() < earlierGoals) {
            throw new UserFacingException("assessment.error.goal-progress");
        }
        answers.submit(row.id(), clock.instant());
    }

    /** Opens a submitted self-assessment again, until the moment closes. */
    @Transactional
    public void reopen(long courseId, long momentId) {
        AssessmentParticipants.Context context = contexts.of(courseId, momentId);
        context.requireOpen(LocalDate.now(clock));
        if (!answers.reopen(momentId, context.user().personId())) {
            throw new UserFacingException("assessment.error.not-submitted");
        }
    }

    /**
     * The signed-in participant's self-assessment page: {@link #myCourses()} and who opened their
     * scores, in one read-only transaction and a fixed number of statements.
     */
    public MyAssessments myPage() {
        PendelUser user = currentUser.require();
        List<CourseSummary> mine = courses.myParticipations();
        return new MyAssessments(myCourses(user, mine), scoreViews.of(user.personId(), mine));
    }

    /**
     * The signed-in participant's self-assessments in every published, running or closed course
     * they take part in, newest course first: each moment with their state at it, and their growth.
     * A fixed number of statements however many courses and moments; reads only.
     */
    public List<MyCourseAssessments> myCourses() {
        return myCourses(currentUser.require(), courses.myParticipations());
    }

    private List<MyCourseAssessments> myCourses(PendelUser user, List<CourseSummary> mine) {
        if (mine.isEmpty()) {
            return List.of();
        }
        Map<Long, List<MyCourseAssessments.MomentState>> states = reads.momentStates(
                user.personId(), mine.stream().map(CourseSummary::id).toList());
        Map<Long, ProgrammeOutline.Framework> frameworks = new HashMap<>();
        mine.forEach(c -> frameworks.put(
                c.id(), programmes.frameworkOf(c.programmeVersionId()).orElseThrow()));
        Map<Long, Growth> growth = personalGrowth.of(frameworks, user.personId());
        return mine.stream()
                .map(c -> new MyCourseAssessments(
                        c.id(), c.title(), states.getOrDefault(c.id(), List.of()), growth.get(c.id())))
                .toList();
    }

    /**
     * The signed-in participant's growth in one course: per competence the average level at each
     * moment they submitted, and per indicator the level.
     */
    public Growth myGrowth(long courseId) {
        PendelUser user = currentUser.require();
        CourseAccess access = courses.requireView(courseId);
        if (!access.participantIds().contains(user.personId())) {
            throw new AccessDeniedException("Growth is the participant's own");
        }
        return personalGrowth.of(courseId, user.personId(), framework(courseId));
    }

    /**
     * Every moment open on this day in a published or running course, with who has not submitted:
     * for the notification that a moment is open (the system only).
     */
    @PreAuthorize("hasRole('" + nl.pendel.security.Roles.ADMIN + "')")
    public List<OpenMoment> openOn(LocalDate day) {
        List<Moment> open = moments.openOn(day);
        Map<Long, Set<Long>> submitted =
                reads.submittedAt(open.stream().map(Moment::id).toList());
        List<OpenMoment> result = new ArrayList<>();
        for (Moment moment : open) {
            CourseAccess access = courses.access(moment.courseId()).orElse(null);
            if (access == null
                    || !access.status().visibleToTeam()
                    || !access.status().editable()) {
                continue;
            }
            Set<Long> waiting = new java.util.HashSet<>(access.participantIds());
            waiting.removeAll(submitted.getOrDefault(moment.id(), Set.of()));
            result.add(new OpenMoment(
                    moment.courseId(), courses.summary(moment.courseId()).title(), moment, waiting));
        }
        return result;
    }

    /** The framework the course's participants rate themselves on. */
    public ProgrammeOutline.Framework framework(long courseId) {
        return contexts.framework(courseId);
    }
}
