package nl.pendel.assessment;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.pendel.account.PersonProfile;
import nl.pendel.account.PersonService;
import nl.pendel.assessment.internal.PersonalGrowth;
import nl.pendel.course.CourseAccess;
import nl.pendel.course.CourseService;
import nl.pendel.security.CurrentUser;
import nl.pendel.security.PendelUser;
import nl.pendel.security.Role;
import nl.pendel.shared.UserFacingException;
import nl.pendel.subgroup.SubgroupService;
import org.springframework.jdbc.core.simple.JdbcClient;
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

    private final JdbcClient jdbc;
    private final CourseService courses;
    private final SelfAssessmentService assessments;
    private final SubgroupService subgroups;
    private final PersonService people;
    private final PersonalGrowth personalGrowth;
    private final CurrentUser currentUser;
    private final Clock clock;

    MemberScoresService(
            JdbcClient jdbc,
            CourseService courses,
            SelfAssessmentService assessments,
            SubgroupService subgroups,
            PersonService people,
            PersonalGrowth personalGrowth,
            CurrentUser currentUser,
            Clock clock) {
        this.jdbc = jdbc;
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
        Map<Long, Integer> placement = subgroups.subgroupNumberOfEach(courseId);
        Map<Long, Integer> submitted = new HashMap<>();
        jdbc.sql("""
                        select a.person_id, count(*) from self_assessment a
                        join assessment_moment m on m.id = a.moment_id
                        where m.course_id = ? and a.state = 'SUBMITTED'
                        group by a.person_id""").params(courseId).query(rs -> {
            submitted.put(rs.getLong(1), rs.getInt(2));
        });
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
        jdbc.sql("insert into score_view (course_id, person_id, viewer_id, viewed_at) values (?, ?, ?, ?)")
                .params(courseId, personId, lead.personId(), Timestamp.from(clock.instant()))
                .update();
        List<MemberScores.SharedReflection> reflections = jdbc.sql("""
                        select m.kind, a.mastered, a.development from self_assessment a
                        join assessment_moment m on m.id = a.moment_id
                        where m.course_id = ? and a.person_id = ? and a.state = 'SUBMITTED'
                          and a.shared_with_lead
                        order by m.position""")
                .params(courseId, personId)
                .query((rs, n) -> new MemberScores.SharedReflection(
                        MomentKind.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3)))
                .list();
        Set<MomentKind> shared = EnumSet.noneOf(MomentKind.class);
        reflections.forEach(r -> shared.add(r.moment()));
        Growth growth = personalGrowth
                .of(courseId, personId, assessments.framework(courseId))
                .withGoalsSetAt(shared);
        return new MemberScores(personId, member.displayName(), growth, reflections);
    }

    /** Who opened the signed-in person's scores, newest first. */
    public List<MemberScores.View> viewsOfMyScores() {
        PendelUser me = currentUser.require();
        record Entry(long courseId, long viewerId, java.time.Instant at) {}
        List<Entry> entries = jdbc.sql(
                        "select course_id, viewer_id, viewed_at from score_view where person_id = ? order by viewed_at desc, id desc")
                .params(me.personId())
                .query((rs, n) -> new Entry(
                        rs.getLong(1), rs.getLong(2), rs.getTimestamp(3).toInstant()))
                .list();
        if (entries.isEmpty()) {
            return List.of();
        }
        Map<Long, String> viewers =
                people.profiles(entries.stream().map(Entry::viewerId).collect(Collectors.toSet())).stream()
                        .collect(Collectors.toMap(PersonProfile::id, PersonProfile::displayName));
        Map<Long, String> titles = entries.stream()
                .map(Entry::courseId)
                .distinct()
                .collect(Collectors.toMap(
                        Function.identity(), id -> courses.summary(id).title()));
        List<MemberScores.View> views = new ArrayList<>();
        for (Entry entry : entries) {
            views.add(new MemberScores.View(
                    entry.at(), viewers.getOrDefault(entry.viewerId(), "?"), titles.get(entry.courseId())));
        }
        return views;
    }

    /**
     * The log of every opening of someone's scores, newest first, for the administrators' audit:
     * all of it, or only where this person is the member or the one who opened them.
     */
    @PreAuthorize("hasRole('" + nl.pendel.security.Roles.ADMIN + "')")
    public List<MemberScores.LoggedView> scoreViewLog(
            @org.jspecify.annotations.Nullable Long personId, int offset, int limit) {
        record Entry(long courseId, long personId, long viewerId, java.time.Instant at) {}
        List<Entry> entries = jdbc.sql("""
                        select course_id, person_id, viewer_id, viewed_at from score_view
                        where ? is null or person_id = ? or viewer_id = ?
                        order by viewed_at desc, id desc limit ? offset ?""")
                .params(personId, personId, personId, limit, offset)
                .query((rs, n) -> new Entry(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getLong(3),
                        rs.getTimestamp(4).toInstant()))
                .list();
        if (entries.isEmpty()) {
            return List.of();
        }
        Set<Long> ids = new java.util.HashSet<>();
        entries.forEach(e -> {
            ids.add(e.personId());
            ids.add(e.viewerId());
        });
        Map<Long, String> names =
                people.profiles(ids).stream().collect(Collectors.toMap(PersonProfile::id, PersonProfile::displayName));
        Map<Long, String> titles = new HashMap<>();
        return entries.stream()
                .map(e -> new MemberScores.LoggedView(
                        e.at(),
                        e.personId(),
                        names.getOrDefault(e.personId(), "?"),
                        e.viewerId(),
                        names.getOrDefault(e.viewerId(), "?"),
                        titles.computeIfAbsent(
                                e.courseId(),
                                id -> courses.details(id).summary().title())))
                .toList();
    }

    /** How many entries {@link #scoreViewLog} has for this filter. */
    @PreAuthorize("hasRole('" + nl.pendel.security.Roles.ADMIN + "')")
    public long countScoreViewLog(@org.jspecify.annotations.Nullable Long personId) {
        return jdbc.sql("select count(*) from score_view where ? is null or person_id = ? or viewer_id = ?")
                .params(personId, personId, personId)
                .query(Long.class)
                .single();
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
        int updated =
                jdbc.sql("""
                        update self_assessment a join assessment_moment m on m.id = a.moment_id
                        set a.shared_with_lead = ?
                        where a.moment_id = ? and m.course_id = ? and a.person_id = ?""").params(share, momentId, courseId, me.personId()).update();
        if (updated == 0) {
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
