package nl.pendel.assessment;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.pendel.account.PersonProfile;
import nl.pendel.account.PersonService;
import nl.pendel.assessment.internal.AssessmentReads;
import nl.pendel.assessment.internal.ObservationStore;
import nl.pendel.assessment.internal.PersonalGrowth;
import nl.pendel.course.CourseAccess;
import nl.pendel.course.CourseService;
import nl.pendel.programme.ProgrammeOutline;
import nl.pendel.security.CurrentUser;
import nl.pendel.security.PendelUser;
import nl.pendel.shared.EditConflictException;
import nl.pendel.shared.StorableText;
import nl.pendel.shared.UserFacingException;
import nl.pendel.subgroup.SubgroupService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Self-assessments as a course's trainers see them: who did which moment, each participant's
 * self-ratings per competence, and the trainer's own observation per participant and competence,
 * stored apart and never averaged with the self-rating. Only the course's trainers and
 * administrators; the ratings over the team also for the lead of the course's team.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class SelfAssessmentReviewService {

    /** The longest observation, in characters. */
    public static final int OBSERVATION_MAX = 2000;

    private final AssessmentReads reads;
    private final ObservationStore observations;
    private final CourseService courses;
    private final SelfAssessmentService assessments;
    private final MemberScoresService memberScores;
    private final SubgroupService subgroups;
    private final PersonService people;
    private final PersonalGrowth personalGrowth;
    private final CurrentUser currentUser;
    private final Clock clock;

    SelfAssessmentReviewService(
            AssessmentReads reads,
            ObservationStore observations,
            CourseService courses,
            SelfAssessmentService assessments,
            MemberScoresService memberScores,
            SubgroupService subgroups,
            PersonService people,
            PersonalGrowth personalGrowth,
            CurrentUser currentUser,
            Clock clock) {
        this.reads = reads;
        this.observations = observations;
        this.courses = courses;
        this.assessments = assessments;
        this.memberScores = memberScores;
        this.subgroups = subgroups;
        this.people = people;
        this.personalGrowth = personalGrowth;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * The self-assessment tab of a course for the signed-in person, in one read-only transaction:
     * the overview for the course's trainers, the members for the lead of its team, nothing more
     * for a participant; denied to anyone who may not see the course.
     */
    public CourseAssessmentPage page(long courseId) {
        CourseAccess access = courses.requireView(courseId);
        PendelUser user = currentUser.require();
        String title = courses.summary(courseId).title();
        if (access.canManage(user)) {
            return new CourseAssessmentPage(
                    courseId,
                    title,
                    CourseAssessmentPage.Audience.TRAINER,
                    access.status().editable(),
                    overview(courseId),
                    List.of());
        }
        if (access.isLead(user)) {
            return new CourseAssessmentPage(
                    courseId,
                    title,
                    CourseAssessmentPage.Audience.LEAD,
                    false,
                    List.of(),
                    memberScores.members(courseId));
        }
        return new CourseAssessmentPage(
                courseId, title, CourseAssessmentPage.Audience.PARTICIPANT, false, List.of(), List.of());
    }

    /** Every participant with the state of their self-assessment at each moment, by subgroup. */
    public List<ParticipantProgress> overview(long courseId) {
        CourseAccess access = requireTrainer(courseId);
        Map<Long, Integer> placement = new HashMap<>();
        subgroups.ofCourse(courseId).forEach(s -> s.members().forEach(p -> placement.put(p, s.number())));
        Map<Long, Map<MomentKind, ParticipantProgress.State>> states = reads.states(courseId);
        List<ParticipantProgress> result = new ArrayList<>();
        for (PersonProfile person : people.profiles(access.participantIds())) {
            Map<MomentKind, ParticipantProgress.State> moments = new EnumMap<>(MomentKind.class);
            for (MomentKind kind : MomentKind.values()) {
                moments.put(
                        kind,
                        states.getOrDefault(person.id(), Map.of()).getOrDefault(kind, ParticipantProgress.State.NONE));
            }
            result.add(new ParticipantProgress(person.id(), person.displayName(), placement.get(person.id()), moments));
        }
        result.sort(
                Comparator.comparing((ParticipantProgress p) -> p.subgroupNumber() == null ? 99 : p.subgroupNumber())
                        .thenComparing(ParticipantProgress::name));
        return result;
    }

    /**
     * Per participant, the moments at which they submitted a self-assessment, for completion: the
     * course's trainers, administrators and the lead of its team get every participant, a
     * participant only themselves; one statement. States only, never answers.
     *
     * @param access the course's access facts the caller read ({@code CourseService.accessOf})
     */
    public Map<Long, java.util.Set<MomentKind>> submitted(CourseAccess access) {
        java.util.Set<Long> whom = access.participantsWhoseFiguresMayBeRead(currentUser.require());
        Map<Long, Map<MomentKind, ParticipantProgress.State>> states = reads.states(access.courseId());
        Map<Long, java.util.Set<MomentKind>> result = new HashMap<>();
        for (long person : whom) {
            java.util.Set<MomentKind> done = java.util.EnumSet.noneOf(MomentKind.class);
            states.getOrDefault(person, Map.of()).forEach((kind, state) -> {
                if (state == ParticipantProgress.State.SUBMITTED) {
                    done.add(kind);
                }
            });
            result.put(person, done);
        }
        return result;
    }

    /** One participant's submitted self-ratings with the trainers' observations beside them. */
    public ParticipantReview participant(long courseId, long personId) {
        CourseAccess access = requireTrainer(courseId);
        if (!access.participantIds().contains(personId)) {
            throw new UserFacingException("assessment.error.not-found");
        }
        ProgrammeOutline.Framework framework = assessments.framework(courseId);
        Map<String, Map<MomentKind, Double>> averages = personalGrowth.averages(courseId, personId, framework);
        Map<Long, ObservationStore.Observation> observed = observations.of(courseId, personId);
        List<ParticipantReview.CompetenceReview> competences = framework.competences().stream()
                .map(c -> {
                    ObservationStore.Observation observation = observed.get(c.id());
                    return new ParticipantReview.CompetenceReview(
                            c.code(),
                            c.shortTitle(),
                            averages.getOrDefault(c.code(), Map.of()),
                            observation == null ? null : observation.text(),
                            observation == null ? 0 : observation.version());
                })
                .toList();
        Optional<AssessmentReads.Latest> latest = reads.latestSubmitted(courseId, personId);
        String name = people.profiles(List.of(personId)).stream()
                .map(PersonProfile::displayName)
                .findFirst()
                .orElse("?");
        return new ParticipantReview(
                personId,
                name,
                competences,
                latest.map(AssessmentReads.Latest::mastered).orElse(""),
                latest.map(AssessmentReads.Latest::development).orElse(""),
                latest.map(AssessmentReads.Latest::goals).orElse(List.of()));
    }

    /** Stores a trainer's observation on one competence of one participant (empty text removes it). */
    @Transactional
    public long observe(long courseId, long personId, String competenceCode, String text, long expectedVersion) {
        CourseAccess access = requireTrainer(courseId);
        if (!access.status().editable()) {
            throw new UserFacingException("course.error.closed");
        }
        if (!access.participantIds().contains(personId)) {
            throw new UserFacingException("assessment.error.not-found");
        }
        String body = text == null ? "" : text.strip();
        if (body.codePointCount(0, body.length()) > OBSERVATION_MAX) {
            throw new UserFacingException("assessment.error.text-too-long", OBSERVATION_MAX);
        }
        StorableText.check(body);
        long competenceId = assessments.framework(courseId).competences().stream()
                .filter(c -> c.code().equals(competenceCode))
                .findFirst()
                .orElseThrow(() -> new UserFacingException("assessment.error.not-found"))
                .id();
        PendelUser user = currentUser.require();
        boolean stored = expectedVersion == 0
                ? observations.insert(courseId, personId, competenceId, body, user.personId(), clock.instant())
                : observations.update(
                        courseId, personId, competenceId, body, user.personId(), clock.instant(), expectedVersion);
        if (!stored) {
            throw new EditConflictException();
        }
        return expectedVersion + 1;
    }

    /**
     * Every rating of every submitted self-assessment in the course, with its moments, in one
     * statement: for the team's figures (the team dashboard), which show only aggregates over
     * enough people. For the course's trainers, administrators and the lead of the course's team
     * once the course is published.
     */
    public CourseRatings courseRatings(long courseId) {
        CourseAccess access = courses.requireView(courseId);
        PendelUser user = currentUser.require();
        boolean lead = access.isLead(user) && access.status().visibleToTeam();
        if (!access.canManage(user) && !lead) {
            throw new AccessDeniedException("The team's figures are for its lead and the course's trainers");
        }
        return reads.courseRatings(courseId);
    }

    private CourseAccess requireTrainer(long courseId) {
        CourseAccess access = courses.requireView(courseId);
        if (!access.canManage(currentUser.require())) {
            throw new AccessDeniedException("Self-assessments are read by the course's trainers");
        }
        return access;
    }
}
