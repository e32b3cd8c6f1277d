package nl.pendel.assessment;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
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
import nl.pendel.shared.Texts;
import nl.pendel.shared.UserFacingException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
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

    private final JdbcClient jdbc;
    private final CourseService courses;
    private final ProgrammeService programmes;
    private final PersonalGrowth personalGrowth;
    private final CurrentUser currentUser;
    private final Clock clock;

    SelfAssessmentService(
            JdbcClient jdbc,
            CourseService courses,
            ProgrammeService programmes,
            PersonalGrowth personalGrowth,
            CurrentUser currentUser,
            Clock clock) {
        this.jdbc = jdbc;
        this.courses = courses;
        this.programmes = programmes;
        this.personalGrowth = personalGrowth;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * This service as of another time, with the same checks: for answers recorded as they were
     * given earlier (the demo courses) and for tests. Runs in the caller's transaction.
     */
    @PreAuthorize("permitAll()")
    public SelfAssessmentService at(Clock otherClock) {
        return new SelfAssessmentService(jdbc, courses, programmes, personalGrowth, currentUser, otherClock);
    }

    /**
     * The course's moments, in order. Their defaults were made with the course ({@code
     * DefaultMoments}), so reading them never writes.
     */
    public List<Moment> moments(long courseId) {
        courses.requireView(courseId);
        return stored(courseId);
    }

    /** A trainer moves a moment's period. */
    @Transactional
    public Moment changeMoment(
            long courseId, long momentId, @Nullable LocalDate opensOn, @Nullable LocalDate closesOn, long version) {
        courses.requireManage(courseId);
        if (opensOn == null || closesOn == null || closesOn.isBefore(opensOn)) {
            throw new UserFacingException("assessment.error.period");
        }
        int updated = jdbc.sql("""
                        update assessment_moment
                        set opens_on = ?, closes_on = ?, set_by_trainer = true, version = version + 1
                        where id = ? and course_id = ? and version = ?""")
                .params(opensOn, closesOn, momentId, courseId, version)
                .update();
        if (updated == 0) {
            throw new EditConflictException();
        }
        return moment(courseId, momentId);
    }

    /** The signed-in participant's self-assessment at this moment (empty before the first save). */
    public MySelfAssessment mine(long courseId, long momentId) {
        Context context = participantContext(courseId, momentId);
        Optional<Row> row = row(momentId, context.user().personId());
        AssessmentDraft answers = row.map(r -> answers(r.id(), r.mastered(), r.development()))
                .orElse(new AssessmentDraft(Map.of(), "", "", List.of()));
        boolean open = context.moment().isOpen(LocalDate.now(clock));
        boolean submitted = row.map(Row::submitted).orElse(false);
        return new MySelfAssessment(
                context.moment(),
                context.framework(),
                answers,
                submitted,
                row.map(Row::savedAt).orElse(null),
                row.map(Row::version).orElse(0L),
                open && !submitted,
                open && submitted,
                row.map(Row::sharedWithLead).orElse(false),
                earlier(courseId, context));
    }

    /**
     * Stores the answers as a draft, while the moment is open and not submitted; texts holding a
     * BSN or IBAN are refused and the stored draft stays as it was.
     */
    @Transactional
    public long saveDraft(long courseId, long momentId, AssessmentDraft draft, long expectedVersion) {
        Context context = participantContext(courseId, momentId);
        requireOpen(context);
        validate(context.framework(), draft);
        Optional<EarlierRow> earlier = earlierRow(courseId, context);
        validateProgress(draft, earlier.map(e -> e.answers().goals().size()).orElse(0));
        StorableText.checkAll(List.of(draft.mastered(), draft.development()));
        StorableText.checkAll(draft.goals());
        long id = ensure(momentId, context.user().personId());
        Row row = row(momentId, context.user().personId()).orElseThrow();
        if (row.submitted()) {
            throw new UserFacingException("assessment.error.submitted");
        }
        int updated = jdbc.sql("""
                        update self_assessment set mastered = ?, development = ?, saved_at = ?, version = version + 1
                        where id = ? and version = ?""")
                .params(
                        draft.mastered().strip(),
                        draft.development().strip(),
                        Timestamp.from(clock.instant()),
                        id,
                        expectedVersion)
                .update();
        if (updated == 0) {
            throw new EditConflictException();
        }
        jdbc.sql("delete from self_assessment_rating where assessment_id = ?")
                .params(id)
                .update();
        for (Map.Entry<Long, Integer> rating : draft.ratings().entrySet()) {
            jdbc.sql("insert into self_assessment_rating (assessment_id, indicator_id, level_value) values (?, ?, ?)")
                    .params(id, rating.getKey(), rating.getValue())
                    .update();
        }
        jdbc.sql("delete from development_goal where assessment_id = ?")
                .params(id)
                .update();
        int position = 0;
        for (String goal : draft.goals()) {
            if (!Texts.blank(goal)) {
                jdbc.sql("insert into development_goal (assessment_id, position, text) values (?, ?, ?)")
                        .params(id, position++, goal.strip())
                        .update();
            }
        }
        jdbc.sql("delete from goal_review where assessment_id = ?").params(id).update();
        for (Map.Entry<Integer, Integer> progress : draft.goalProgress().entrySet()) {
            jdbc.sql("""
                            insert into goal_review (assessment_id, goal_assessment_id, goal_position, progress)
                            values (?, ?, ?, ?)""")
                    .params(id, earlier.orElseThrow().id(), progress.getKey(), progress.getValue())
                    .update();
        }
        return expectedVersion + 1;
    }

    /**
     * Submits the stored answers: every indicator rated and at least one goal, else a message
     * naming what is missing and nothing changes.
     */
    @Transactional
    public void submit(long courseId, long momentId, long expectedVersion) {
        Context context = participantContext(courseId, momentId);
        requireOpen(context);
        Row row = row(momentId, context.user().personId())
                .orElseThrow(
                        () -> new UserFacingException("assessment.error.missing", missingCodes(context, Set.of())));
        if (row.version() != expectedVersion) {
            throw new EditConflictException();
        }
        AssessmentDraft answers = answers(row.id(), row.mastered(), row.development());
        String missing = missingCodes(context, answers.ratings().keySet());
        if (!missing.isEmpty()) {
            throw new UserFacingException("assessment.error.missing", missing);
        }
        if (answers.goals().isEmpty()) {
            throw new UserFacingException("assessment.error.no-goal");
        }
        int earlierGoals = earlierRow(courseId, context)
                .map(e -> e.answers().goals().size())
                .orElse(0);
        if (answers.goalProgress().size() < earlierGoals) {
            throw new UserFacingException("assessment.error.goal-progress");
        }
        jdbc.sql("""
                        update self_assessment set state = 'SUBMITTED', submitted_at = ?, version = version + 1
                        where id = ?""").params(Timestamp.from(clock.instant()), row.id()).update();
    }

    /** Opens a submitted self-assessment again, until the moment closes. */
    @Transactional
    public void reopen(long courseId, long momentId) {
        Context context = participantContext(courseId, momentId);
        requireOpen(context);
        int updated = jdbc.sql("""
                        update self_assessment set state = 'DRAFT', version = version + 1
                        where moment_id = ? and person_id = ? and state = 'SUBMITTED'""").params(momentId, context.user().personId()).update();
        if (updated == 0) {
            throw new UserFacingException("assessment.error.not-submitted");
        }
    }

    /**
     * The signed-in participant's self-assessments in every published, running or closed course
     * they take part in, newest course first: each moment with their state at it, and their growth.
     * A fixed number of statements however many courses and moments; reads only.
     */
    public List<MyCourseAssessments> myCourses() {
        PendelUser user = currentUser.require();
        List<CourseSummary> mine = courses.myParticipations();
        if (mine.isEmpty()) {
            return List.of();
        }
        Map<Long, List<MyCourseAssessments.MomentState>> moments = new HashMap<>();
        jdbc.sql("""
                        select m.*, a.state, a.version as answer_version
                        from assessment_moment m
                        left join self_assessment a on a.moment_id = m.id and a.person_id = :person
                        where m.course_id in (:courses)
                        order by m.course_id, m.position""")
                .param("person", user.personId())
                .param("courses", mine.stream().map(CourseSummary::id).toList())
                .query((rs, n) -> new MyCourseAssessments.MomentState(
                        momentOf(rs, n), "SUBMITTED".equals(rs.getString("state")), rs.getLong("answer_version")))
                .list()
                .forEach(m -> moments.computeIfAbsent(m.moment().courseId(), k -> new ArrayList<>())
                        .add(m));
        Map<Long, ProgrammeOutline.Framework> frameworks = new HashMap<>();
        mine.forEach(c -> frameworks.put(
                c.id(), programmes.frameworkOf(c.programmeVersionId()).orElseThrow()));
        Map<Long, Growth> growth = personalGrowth.of(frameworks, user.personId());
        return mine.stream()
                .map(c -> new MyCourseAssessments(
                        c.id(), c.title(), moments.getOrDefault(c.id(), List.of()), growth.get(c.id())))
                .toList();
    }

    /**
     * The signed-in participant's growth in one course: per competence the average level at each
     * moment they submitted (computed in the database), and per indicator the level.
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
        record Found(long courseId, long momentId) {}
        List<Found> found = jdbc.sql(
                        "select course_id, id from assessment_moment where opens_on <= ? and closes_on >= ?")
                .params(day, day)
                .query((rs, n) -> new Found(rs.getLong(1), rs.getLong(2)))
                .list();
        List<OpenMoment> result = new ArrayList<>();
        for (Found f : found) {
            CourseAccess access = courses.access(f.courseId()).orElse(null);
            if (access == null
                    || !access.status().visibleToTeam()
                    || !access.status().editable()) {
                continue;
            }
            Set<Long> submitted = new java.util.HashSet<>(
                    jdbc.sql("select person_id from self_assessment where moment_id = ? and state = 'SUBMITTED'")
                            .params(f.momentId())
                            .query(Long.class)
                            .list());
            Set<Long> waiting = new java.util.HashSet<>(access.participantIds());
            waiting.removeAll(submitted);
            result.add(new OpenMoment(
                    f.courseId(), courses.summary(f.courseId()).title(), moment(f.courseId(), f.momentId()), waiting));
        }
        return result;
    }

    /** The framework the course's participants rate themselves on. */
    public ProgrammeOutline.Framework framework(long courseId) {
        return programmes
                .frameworkOf(courses.summary(courseId).programmeVersionId())
                .orElseThrow();
    }

    // ---- helpers

    private static void validate(ProgrammeOutline.Framework framework, AssessmentDraft draft) {
        Set<Long> indicators = framework.competences().stream()
                .flatMap(c -> c.indicators().stream())
                .map(ProgrammeOutline.Indicator::id)
                .collect(Collectors.toSet());
        Set<Integer> levels =
                framework.scale().stream().map(ProgrammeOutline.Level::value).collect(Collectors.toSet());
        for (Map.Entry<Long, Integer> rating : draft.ratings().entrySet()) {
            if (!indicators.contains(rating.getKey()) || !levels.contains(rating.getValue())) {
                throw new UserFacingException("assessment.error.level");
            }
        }
        for (String text : List.of(draft.mastered(), draft.development())) {
            if (text.codePointCount(0, text.length()) > AssessmentDraft.TEXT_MAX) {
                throw new UserFacingException("assessment.error.text-too-long", AssessmentDraft.TEXT_MAX);
            }
        }
        if (draft.goals().stream().filter(g -> !Texts.blank(g)).count() > AssessmentDraft.GOALS_MAX) {
            throw new UserFacingException("assessment.error.too-many-goals", AssessmentDraft.GOALS_MAX);
        }
        for (String goal : draft.goals()) {
            nl.pendel.shared.OneLineText.check(goal);
            if (goal.strip().codePointCount(0, goal.strip().length()) > AssessmentDraft.GOAL_MAX) {
                throw new UserFacingException("assessment.error.goal-too-long", AssessmentDraft.GOAL_MAX);
            }
        }
    }

    private static String missingCodes(Context context, Set<Long> rated) {
        List<String> missing = new ArrayList<>();
        for (ProgrammeOutline.Competence competence : context.framework().competences()) {
            for (ProgrammeOutline.Indicator indicator : competence.indicators()) {
                if (!rated.contains(indicator.id())) {
                    missing.add(indicator.code());
                }
            }
        }
        return String.join(", ", missing);
    }

    private void requireOpen(Context context) {
        if (!context.moment().isOpen(LocalDate.now(clock))) {
            throw new UserFacingException("assessment.error.closed");
        }
        if (!context.access().status().editable()) {
            throw new UserFacingException("course.error.closed");
        }
    }

    private MySelfAssessment.@Nullable Earlier earlier(long courseId, Context context) {
        return earlierRow(courseId, context)
                .map(e -> new MySelfAssessment.Earlier(
                        e.kind(), e.answers().ratings(), e.answers().goals()))
                .orElse(null);
    }

    /** The participant's self-assessment submitted at the nearest earlier moment. */
    private Optional<EarlierRow> earlierRow(long courseId, Context context) {
        List<Moment> before = stored(courseId).stream()
                .filter(m -> m.kind().ordinal() < context.moment().kind().ordinal())
                .toList();
        for (int i = before.size() - 1; i >= 0; i--) {
            Optional<Row> row =
                    row(before.get(i).id(), context.user().personId()).filter(Row::submitted);
            if (row.isPresent()) {
                return Optional.of(new EarlierRow(
                        row.get().id(), before.get(i).kind(), answers(row.get().id(), "", "")));
            }
        }
        return Optional.empty();
    }

    private record EarlierRow(long id, MomentKind kind, AssessmentDraft answers) {}

    private static void validateProgress(AssessmentDraft draft, int earlierGoals) {
        for (Map.Entry<Integer, Integer> progress : draft.goalProgress().entrySet()) {
            if (progress.getKey() < 0
                    || progress.getKey() >= earlierGoals
                    || progress.getValue() < AssessmentDraft.PROGRESS_MIN
                    || progress.getValue() > AssessmentDraft.PROGRESS_MAX) {
                throw new UserFacingException("assessment.error.level");
            }
        }
    }

    private AssessmentDraft answers(long assessmentId, String mastered, String development) {
        Map<Long, Integer> ratings = new LinkedHashMap<>();
        jdbc.sql("select indicator_id, level_value from self_assessment_rating where assessment_id = ?")
                .params(assessmentId)
                .query(rs -> {
                    ratings.put(rs.getLong(1), rs.getInt(2));
                });
        List<String> goals = jdbc.sql("select text from development_goal where assessment_id = ? order by position")
                .params(assessmentId)
                .query(String.class)
                .list();
        Map<Integer, Integer> progress = new HashMap<>();
        jdbc.sql("select goal_position, progress from goal_review where assessment_id = ?")
                .params(assessmentId)
                .query(rs -> {
                    progress.put(rs.getInt(1), rs.getInt(2));
                });
        return new AssessmentDraft(ratings, mastered, development, goals, progress);
    }

    private long ensure(long momentId, long personId) {
        jdbc.sql("""
                        insert into self_assessment (moment_id, person_id, mastered, development)
                        values (?, ?, '', '') on duplicate key update id = id""").params(momentId, personId).update();
        return row(momentId, personId).orElseThrow().id();
    }

    private record Row(
            long id,
            boolean submitted,
            String mastered,
            String development,
            @Nullable Instant savedAt,
            long version,
            boolean sharedWithLead) {}

    private Optional<Row> row(long momentId, long personId) {
        return jdbc.sql("""
                        select id, state, mastered, development, saved_at, version, shared_with_lead from self_assessment
                        where moment_id = ? and person_id = ?""")
                .params(momentId, personId)
                .query((rs, n) -> {
                    Timestamp saved = rs.getTimestamp(5);
                    return new Row(
                            rs.getLong(1),
                            "SUBMITTED".equals(rs.getString(2)),
                            rs.getString(3),
                            rs.getString(4),
                            saved == null ? null : saved.toInstant(),
                            rs.getLong(6),
                            rs.getBoolean(7));
                })
                .optional();
    }

    private Context participantContext(long courseId, long momentId) {
        PendelUser user = currentUser.require();
        CourseAccess access =
                courses.access(courseId).orElseThrow(() -> new UserFacingException("assessment.error.not-found"));
        if (!access.status().visibleToTeam() || !access.participantIds().contains(user.personId())) {
            throw new AccessDeniedException("Self-assessment is the participant's own");
        }
        return new Context(user, access, moment(courseId, momentId), framework(courseId));
    }

    private Moment moment(long courseId, long momentId) {
        return stored(courseId).stream()
                .filter(m -> m.id() == momentId)
                .findFirst()
                .orElseThrow(() -> new UserFacingException("assessment.error.not-found"));
    }

    private List<Moment> stored(long courseId) {
        return jdbc.sql("select * from assessment_moment where course_id = ? order by position")
                .params(courseId)
                .query(SelfAssessmentService::momentOf)
                .list();
    }

    private static Moment momentOf(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Moment(
                rs.getLong("id"),
                rs.getLong("course_id"),
                MomentKind.valueOf(rs.getString("kind")),
                rs.getDate("opens_on").toLocalDate(),
                rs.getDate("closes_on").toLocalDate(),
                rs.getLong("version"));
    }

    private record Context(PendelUser user, CourseAccess access, Moment moment, ProgrammeOutline.Framework framework) {}
}
