package nl.pendel.assessment;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.pendel.account.PersonProfile;
import nl.pendel.account.PersonService;
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
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Self-assessments as a course's trainers see them: who did which moment, each participant's
 * self-ratings per competence, and the trainer's own observation per participant and competence,
 * stored apart and never averaged with the self-rating. Only the course's trainers and
 * administrators.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class SelfAssessmentReviewService {

    /** The longest observation, in characters. */
    public static final int OBSERVATION_MAX = 2000;

    private final JdbcClient jdbc;
    private final CourseService courses;
    private final SelfAssessmentService assessments;
    private final SubgroupService subgroups;
    private final PersonService people;
    private final PersonalGrowth personalGrowth;
    private final CurrentUser currentUser;
    private final Clock clock;

    SelfAssessmentReviewService(
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

    /** Every participant with the state of their self-assessment at each moment, by subgroup. */
    public List<ParticipantProgress> overview(long courseId) {
        CourseAccess access = requireTrainer(courseId);
        Map<Long, Integer> placement = subgroups.subgroupNumberOfEach(courseId);
        Map<Long, Map<MomentKind, ParticipantProgress.State>> states = new HashMap<>();
        jdbc.sql("""
                        select a.person_id, m.kind, a.state from self_assessment a
                        join assessment_moment m on m.id = a.moment_id
                        where m.course_id = ?""").params(courseId).query(rs -> {
            states.computeIfAbsent(rs.getLong(1), k -> new EnumMap<>(MomentKind.class))
                    .put(MomentKind.valueOf(rs.getString(2)), ParticipantProgress.State.valueOf(rs.getString(3)));
        });
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

    /** One participant's submitted self-ratings with the trainers' observations beside them. */
    public ParticipantReview participant(long courseId, long personId) {
        CourseAccess access = requireTrainer(courseId);
        if (!access.participantIds().contains(personId)) {
            throw new UserFacingException("assessment.error.not-found");
        }
        ProgrammeOutline.Framework framework = assessments.framework(courseId);
        Map<String, Map<MomentKind, Double>> averages = personalGrowth.averages(courseId, personId);
        record Observation(String text, long version) {}
        Map<Long, Observation> observations = new HashMap<>();
        jdbc.sql("select competence_id, text, version from trainer_observation where course_id = ? and person_id = ?")
                .params(courseId, personId)
                .query(rs -> {
                    observations.put(rs.getLong(1), new Observation(rs.getString(2), rs.getLong(3)));
                });
        List<ParticipantReview.CompetenceReview> competences = framework.competences().stream()
                .map(c -> {
                    Observation observation = observations.get(c.id());
                    return new ParticipantReview.CompetenceReview(
                            c.code(),
                            c.shortTitle(),
                            averages.getOrDefault(c.code(), Map.of()),
                            observation == null ? null : observation.text(),
                            observation == null ? 0 : observation.version());
                })
                .toList();
        record Latest(long id, String mastered, String development) {}
        List<Latest> latest = jdbc.sql("""
                        select a.id, a.mastered, a.development from self_assessment a
                        join assessment_moment m on m.id = a.moment_id
                        where m.course_id = ? and a.person_id = ? and a.state = 'SUBMITTED'
                        order by m.position desc limit 1""")
                .params(courseId, personId)
                .query((rs, n) -> new Latest(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .list();
        List<String> goals = latest.isEmpty()
                ? List.of()
                : jdbc.sql("select text from development_goal where assessment_id = ? order by position")
                        .params(latest.getFirst().id())
                        .query(String.class)
                        .list();
        String name = people.profiles(List.of(personId)).stream()
                .map(PersonProfile::displayName)
                .findFirst()
                .orElse("?");
        return new ParticipantReview(
                personId,
                name,
                competences,
                latest.isEmpty() ? "" : latest.getFirst().mastered(),
                latest.isEmpty() ? "" : latest.getFirst().development(),
                goals);
    }

    /** Stores a trainer's observation on one competence of one participant (empty text removes it). */
    @Transactional
    public long observe(
            long courseId, long personId, String competenceCode, @Nullable String text, long expectedVersion) {
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
        if (expectedVersion == 0) {
            int inserted = jdbc.sql("""
                            insert ignore into trainer_observation
                                (course_id, person_id, competence_id, text, trainer_id, updated_at, version)
                            values (?, ?, ?, ?, ?, ?, 1)""")
                    .params(courseId, personId, competenceId, body, user.personId(), Timestamp.from(clock.instant()))
                    .update();
            if (inserted == 0) {
                throw new EditConflictException();
            }
            return 1;
        }
        int updated = jdbc.sql("""
                        update trainer_observation set text = ?, trainer_id = ?, updated_at = ?, version = version + 1
                        where course_id = ? and person_id = ? and competence_id = ? and version = ?""")
                .params(
                        body,
                        user.personId(),
                        Timestamp.from(clock.instant()),
                        courseId,
                        personId,
                        competenceId,
                        expectedVersion)
                .update();
        if (updated == 0) {
            throw new EditConflictException();
        }
        return expectedVersion + 1;
    }

    private CourseAccess requireTrainer(long courseId) {
        CourseAccess access = courses.requireView(courseId);
        if (!access.canManage(currentUser.require())) {
            throw new AccessDeniedException("Self-assessments are read by the course's trainers");
        }
        return access;
    }
}
