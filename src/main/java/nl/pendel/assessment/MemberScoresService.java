package nl.pendel.assessment;

import java.time.Clock;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.pendel.account.PersonProfile;
import nl.pendel.account.PersonService;
import nl.pendel.assessment.internal.AnswerStore;
import nl.pendel.assessment.internal.AssessmentReads;
import nl.pendel.assessment.internal.PersonalGrowth;
import nl.pendel.assessment.internal.ScoreViewStore;
import nl.pendel.course.CourseAccess;
import nl.pendel.course.CourseService;
import nl.pendel.security.CurrentUser;
import nl.pendel.security.PendelUser;
import nl.pendel.security.Role;
import nl.pendel.shared.UserFacingException;
import nl.pendel.subgroup.SubgroupService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A team lead's view of one member's individual scores, and the member's control over it. Only the
 * lead of the course's own team opens a member's scores; every opening is written to a log the
 * member reads. The free text stays with the participant and the trainers unless the participant
 * shares a moment's text with the lead (and they can take that back at any time).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class MemberScoresService {

    private final AssessmentReads reads;
    private final AnswerStore answers;
    private final ScoreViewStore scoreViewStore;
    private final ScoreViewLog scoreViews;
    private final CourseService courses;
    private final SelfAssessmentService assessments;
    private final SubgroupService subgroups;
    private final PersonService people;
    private final PersonalGrowth personalGrowth;
    private final CurrentUser currentUser;
    private final Clock clock;

    MemberScoresService(
            AssessmentReads reads,
            AnswerStore answers,
            ScoreViewStore scoreViewStore,
            ScoreViewLog scoreViews,
            CourseService courses,
            SelfAssessmentService assessments,
            SubgroupService subgroups,
            PersonService people,
            PersonalGrowth personalGrowth,
            CurrentUser currentUser,
            Clock clock) {
        this.reads = reads;
        this.answers = answers;
        this.scoreViewStore = scoreViewStore;
        this.scoreViews = scoreViews;
        this.courses = courses;
        this.assessments = assessments;
        this.subgroups = subgroups;
        this.people = people;
        this.personalGrowth = personalGrowth;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The course's participants from the lead's own team, with how many moments each submitted. */
    public List<MemberScores.Member> members(long courseId) {
        PendelUser lead = currentUser.require();
        CourseAccess access = requireLead(courseId, lead);
        Map<Long, Integer> placement = new HashMap<>();
        subgroups.ofCourse(courseId).forEach(s -> s.members().forEach(p -> placement.put(p, s.number())));
        Map<Long, Integer> submitted = reads.submittedCounts(courseId);
        return people.profiles(access.participantIds()).stream()
                .filter(p -> lead.teamId().equals(p.teamId()))
                .map(p -> new MemberScores.Member(
                        p.id(), p.displayName(), placement.get(p.id()), submitted.getOrDefault(p.id(), 0)))
                .sorted(Comparator.comparing(
                                (MemberScores.Member m) -> m.subgroupNumber() == null ? 99 : m.subgroupNumber())
                        .thenComparing(MemberScores.Member::name))
                .toList();
    }

    /**
     * Opens one member's scores for the lead of their team, and writes that to the log the member
     * reads, in the same transaction.
     */
    @Transactional
    public MemberScores open(long courseId, long personId) {
        PendelUser lead = currentUser.require();
        CourseAccess access = requireLead(courseId, lead);
        PersonProfile member = people.profiles(List.of(personId)).stream()
                .findFirst()
                .filter(p -> access.participantIds().contains(p.id()))
                .filter(p -> lead.teamId().equals(p.teamId()))
                .orElseThrow(() -> new AccessDeniedException("Not a member of the lead's team in this course"));
        scoreViewStore.log(courseId, personId, lead.personId(), clock.instant());
        List<MemberScores.SharedReflection> reflections = reads.sharedReflections(courseId, personId);
        Set<MomentKind> shared = EnumSet.noneOf(MomentKind.class);
        reflections.forEach(r -> shared.add(r.moment()));
        Growth growth = personalGrowth
                .of(courseId, personId, assessments.framework(courseId))
                .withGoalsSetAt(shared);
        return new MemberScores(personId, member.displayName(), growth, reflections);
    }

    /** Who opened the signed-in person's scores, newest first. */
    public List<MemberScores.View> viewsOfMyScores() {
        return scoreViews.of(currentUser.require().personId(), courses.myParticipations());
    }

    /**
     * The log of every opening of someone's scores, newest first, for the administrators' audit:
     * all of it, or only where this person is the member or the one who opened them.
     */
    @PreAuthorize("hasRole('" + nl.pendel.security.Roles.ADMIN + "')")
    public List<MemberScores.LoggedView> scoreViewLog(
            @org.jspecify.annotations.Nullable Long personId, int offset, int limit) {
        return scoreViews.page(personId, offset, limit);
    }

    /** How many entries {@link #scoreViewLog} has for this filter. */
    @PreAuthorize("hasRole('" + nl.pendel.security.Roles.ADMIN + "')")
    public long countScoreViewLog(@org.jspecify.annotations.Nullable Long personId) {
        return scoreViews.count(personId);
    }

    /**
     * The participant lets the lead read the free text of their self-assessment at this moment, or
     * takes that back; possible at any time, also after the moment closed.
     */
    @Transactional
    public void shareWithLead(long courseId, long momentId, boolean share) {
        PendelUser me = currentUser.require();
        CourseAccess access = courses.requireView(courseId);
        if (!access.participantIds().contains(me.personId())) {
            throw new AccessDeniedException("Sharing is the participant's own choice");
        }
        if (!answers.shareWithLead(courseId, momentId, me.personId(), share)) {
            throw new UserFacingException("assessment.error.share-nothing");
        }
    }

    private CourseAccess requireLead(long courseId, PendelUser user) {
        CourseAccess access = courses.requireView(courseId);
        boolean lead = user.hasRole(Role.TEAM_LEAD)
                && user.teamId() != null
                && user.teamId() == access.teamId()
                && access.status().visibleToTeam();
        if (!lead) {
            throw new AccessDeniedException("Individual scores are for the lead of the course's team");
        }
        return access;
    }
}
