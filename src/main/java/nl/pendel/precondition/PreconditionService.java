package nl.pendel.precondition;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.pendel.course.CourseAccess;
import nl.pendel.course.CourseService;
import nl.pendel.security.CurrentUser;
import nl.pendel.security.PendelUser;
import nl.pendel.security.Role;
import nl.pendel.shared.EditConflictException;
import nl.pendel.shared.StorableText;
import nl.pendel.shared.UserFacingException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The preconditions scan of a course. Its participants (once the course is published) and the lead
 * of its team each keep one answer set, editable until the course is closed. Everyone who may see
 * the course (participants, the lead, the trainers) reads the comparison; a participant's own
 * answers are shown to nobody else, the team's figures only once {@link #MIN_PARTICIPANTS}
 * participants rated, and the participants' comments only to the lead and the trainers, without
 * names.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class PreconditionService {

    public static final int COMMENT_MAX = 500;
    public static final int RATING_MIN = 1;
    public static final int RATING_MAX = 5;
    /** Fewer participants' answers than this are not shown, so nobody can be recognised. */
    public static final int MIN_PARTICIPANTS = 3;

    private final JdbcClient jdbc;
    private final CourseService courses;
    private final CurrentUser currentUser;
    private final Clock clock;

    PreconditionService(JdbcClient jdbc, CourseService courses, CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.courses = courses;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * In which role the signed-in person answers this course's scan; empty for its trainers and
     * administrators, who only read the comparison.
     *
     * @throws AccessDeniedException when the person may not see the course
     */
    public Optional<Respondent> respondent(long courseId) {
        return respondent(courses.requireView(courseId), currentUser.require());
    }

    /** The signed-in person's own answers. */
    public MyAnswers mine(long courseId) {
        CourseAccess access = courses.requireView(courseId);
        PendelUser user = currentUser.require();
        Respondent respondent = respondent(access, user).orElseThrow(PreconditionService::readersOnly);
        long version = jdbc.sql("select version from precondition_response where course_id = ? and person_id = ?")
                .params(courseId, user.personId())
                .query(Long.class)
                .optional()
                .orElse(0L);
        Map<Precondition, PreconditionAnswer> answers = new EnumMap<>(Precondition.class);
        jdbc.sql("select precondition, rating, comment from precondition_rating where course_id = ? and person_id = ?")
                .params(courseId, user.personId())
                .query(rs -> {
                    Precondition p = Precondition.valueOf(rs.getString(1));
                    int rating = rs.getInt(2);
                    answers.put(p, new PreconditionAnswer(p, rs.wasNull() ? null : rating, rs.getString(3)));
                });
        return new MyAnswers(
                courseId, respondent, answers, version, access.status().editable());
    }

    /**
     * Stores the signed-in person's answer set, replacing the previous one. Partial answers are
     * fine; a rating is 1 to 5 and a comment at most {@link #COMMENT_MAX} characters.
     *
     * @param expectedVersion the {@link MyAnswers#version()} the person started from
     * @return the answers as stored, with the new version
     * @throws EditConflictException when the answers were saved elsewhere in the meantime
     */
    @Transactional
    public MyAnswers save(long courseId, Collection<PreconditionAnswer> answers, long expectedVersion) {
        CourseAccess access = courses.requireView(courseId);
        PendelUser user = currentUser.require();
        Respondent respondent = respondent(access, user).orElseThrow(PreconditionService::readersOnly);
        if (!access.status().editable()) {
            throw new UserFacingException("course.error.closed");
        }
        Map<Precondition, PreconditionAnswer> clean = validate(answers);
        long personId = user.personId();
        if (expectedVersion == 0) {
            try {
                jdbc.sql("""
                                insert into precondition_response (course_id, person_id, respondent, updated_at, version)
                                values (?, ?, ?, ?, 1)""")
                        .params(courseId, personId, respondent.name(), clock.instant())
                        .update();
            } catch (DuplicateKeyException e) {
                throw new EditConflictException();
            }
        } else {
            int updated = jdbc.sql("""
                            update precondition_response set respondent = ?, updated_at = ?, version = version + 1
                            where course_id = ? and person_id = ? and version = ?""")
                    .params(respondent.name(), clock.instant(), courseId, personId, expectedVersion)
                    .update();
            if (updated == 0) {
                throw new EditConflictException();
            }
            jdbc.sql("delete from precondition_rating where course_id = ? and person_id = ?")
                    .params(courseId, personId)
                    .update();
        }
        for (PreconditionAnswer answer : clean.values()) {
            jdbc.sql("""
                            insert into precondition_rating (course_id, person_id, precondition, rating, comment)
                            values (?, ?, ?, ?, ?)""")
                    .params(courseId, personId, answer.precondition().name(), answer.rating(), answer.comment())
                    .update();
        }
        return new MyAnswers(courseId, respondent, clean, expectedVersion + 1, true);
    }

    /**
     * The team's view (participants' average and count per precondition) beside the lead's. Only
     * participants still in the course count towards the team's view.
     */
    public Comparison comparison(long courseId) {
        CourseAccess access = courses.requireView(courseId);
        PendelUser user = currentUser.require();
        List<Long> participantIds = participantIds(access);
        List<Comparison.Row> rows = rows(courseId, participantIds);
        int answered = jdbc.sql("""
                        select count(distinct r.person_id)
                        from precondition_rating r
                        join precondition_response s on s.course_id = r.course_id and s.person_id = r.person_id
                        where r.course_id = :course and r.rating is not null
                          and s.respondent = 'PARTICIPANT' and s.person_id in (:participants)""")
                .param("course", courseId)
                .param("participants", participantIds)
                .query(Integer.class)
                .single();
        boolean commentsShown = (access.canManage(user) || isLead(access, user)) && answered >= MIN_PARTICIPANTS;
        List<Comparison.AnonymousComment> comments = commentsShown
                ? jdbc
                        .sql("""
                                select r.precondition, r.comment
                                from precondition_rating r
                                join precondition_response s on s.course_id = r.course_id and s.person_id = r.person_id
                                where r.course_id = :course and r.comment <> ''
                                  and s.respondent = 'PARTICIPANT' and s.person_id in (:participants)
                                order by r.precondition, r.comment""")
                        .param("course", courseId)
                        .param("participants", participantIds)
                        .query((rs, n) ->
                                new Comparison.AnonymousComment(Precondition.valueOf(rs.getString(1)), rs.getString(2)))
                        .list()
                        .stream()
                        .sorted(java.util.Comparator.comparing(
                                c -> c.precondition().ordinal()))
                        .toList()
                : List.of();
        return new Comparison(courseId, answered, access.participantIds().size(), rows, comments, commentsShown);
    }

    /**
     * The team's average beside the lead's rating per precondition, as in {@link #comparison}, in
     * one statement: for the team dashboard, which shows these rows only.
     */
    public List<Comparison.Row> figures(long courseId) {
        CourseAccess access = courses.requireView(courseId);
        return rows(courseId, participantIds(access));
    }

    /** The participant ids for an "in (...)": an empty "in ()" is not SQL, and no participant has id -1. */
    private static List<Long> participantIds(CourseAccess access) {
        return access.participantIds().isEmpty() ? List.of(-1L) : List.copyOf(access.participantIds());
    }

    /** One row per precondition: the participants' average (hidden below the minimum) and the lead's. */
    private List<Comparison.Row> rows(long courseId, List<Long> participantIds) {
        record Figure(double average, int count) {}
        Map<Precondition, Figure> team = new EnumMap<>(Precondition.class);
        Map<Precondition, Figure> lead = new EnumMap<>(Precondition.class);
        jdbc.sql("""
                        select s.respondent, r.precondition, avg(r.rating), count(r.rating)
                        from precondition_rating r
                        join precondition_response s on s.course_id = r.course_id and s.person_id = r.person_id
                        where r.course_id = :course and r.rating is not null
                          and (s.respondent = 'LEAD' or (s.respondent = 'PARTICIPANT' and s.person_id in (:participants)))
                        group by s.respondent, r.precondition""")
                .param("course", courseId)
                .param("participants", participantIds)
                .query(rs -> {
                    Map<Precondition, Figure> target =
                            Respondent.valueOf(rs.getString(1)) == Respondent.LEAD ? lead : team;
                    target.put(Precondition.valueOf(rs.getString(2)), new Figure(rs.getDouble(3), rs.getInt(4)));
                });
        List<Comparison.Row> rows = new ArrayList<>();
        for (Precondition p : Precondition.values()) {
            Figure t = team.get(p);
            Figure l = lead.get(p);
            int teamCount = t == null ? 0 : t.count();
            rows.add(new Comparison.Row(
                    p,
                    teamCount >= MIN_PARTICIPANTS ? t.average() : null,
                    teamCount,
                    l == null ? null : l.average(),
                    l == null ? 0 : l.count()));
        }
        return rows;
    }

    private static Map<Precondition, PreconditionAnswer> validate(Collection<PreconditionAnswer> answers) {
        Map<Precondition, PreconditionAnswer> clean = new EnumMap<>(Precondition.class);
        for (PreconditionAnswer answer : answers) {
            Integer rating = answer.rating();
            if (rating != null && (rating < RATING_MIN || rating > RATING_MAX)) {
                throw new UserFacingException("precondition.error.rating-range", RATING_MIN, RATING_MAX);
            }
            String comment = answer.comment().strip();
            if (comment.codePointCount(0, comment.length()) > COMMENT_MAX) {
                throw new UserFacingException("precondition.error.comment-too-long", COMMENT_MAX);
            }
            StorableText.check(comment);
            PreconditionAnswer stripped = new PreconditionAnswer(answer.precondition(), rating, comment);
            if (clean.containsKey(answer.precondition())) {
                throw new UserFacingException("precondition.error.duplicate");
            }
            if (!stripped.isEmpty()) {
                clean.put(answer.precondition(), stripped);
            }
        }
        return clean;
    }

    private static Optional<Respondent> respondent(CourseAccess access, PendelUser user) {
        if (access.participantIds().contains(user.personId()) && access.status().visibleToTeam()) {
            return Optional.of(Respondent.PARTICIPANT);
        }
        if (isLead(access, user) && access.status().visibleToTeam()) {
            return Optional.of(Respondent.LEAD);
        }
        return Optional.empty();
    }

    private static boolean isLead(CourseAccess access, PendelUser user) {
        return user.hasRole(Role.TEAM_LEAD) && Long.valueOf(access.teamId()).equals(user.teamId());
    }

    private static AccessDeniedException readersOnly() {
        return new AccessDeniedException("Only the course's participants and its team lead answer the scan");
    }
}
