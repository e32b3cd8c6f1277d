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
import nl.pendel.precondition.internal.PreconditionStore;
import nl.pendel.precondition.internal.PreconditionStore.Figure;
import nl.pendel.security.CurrentUser;
import nl.pendel.security.PendelUser;
import nl.pendel.shared.EditConflictException;
import nl.pendel.shared.StorableText;
import nl.pendel.shared.UserFacingException;
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

    private final PreconditionStore store;
    private final CourseService courses;
    private final CurrentUser currentUser;
    private final Clock clock;

    PreconditionService(PreconditionStore store, CourseService courses, CurrentUser currentUser, Clock clock) {
        this.store = store;
        this.courses = courses;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * What the course's scan shows the signed-in person: the course's title, their own answers
     * when they answer it, and the comparison; for whoever may see the course.
     */
    public PreconditionPage page(long courseId) {
        CourseAccess access = courses.requireView(courseId);
        PendelUser user = currentUser.require();
        MyAnswers mine = respondent(access, user)
                .map(respondent -> mine(access, user, respondent))
                .orElse(null);
        return new PreconditionPage(access, courses.summary(courseId).title(), mine, comparison(access, user));
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
        return mine(access, user, respondent);
    }

    private MyAnswers mine(CourseAccess access, PendelUser user, Respondent respondent) {
        long courseId = access.courseId();
        long version = store.version(courseId, user.personId());
        Map<Precondition, PreconditionAnswer> answers = store.answers(courseId, user.personId());
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
        store.replace(courseId, user.personId(), respondent, clean.values(), expectedVersion, clock.instant());
        return new MyAnswers(courseId, respondent, clean, expectedVersion + 1, true);
    }

    /**
     * The team's view (participants' average and count per precondition) beside the lead's. Only
     * participants still in the course count towards the team's view.
     */
    public Comparison comparison(long courseId) {
        return comparison(courses.requireView(courseId), currentUser.require());
    }

    private Comparison comparison(CourseAccess access, PendelUser user) {
        long courseId = access.courseId();
        List<Long> participantIds = participantIds(access);
        List<Comparison.Row> rows = rows(courseId, participantIds);
        int answered = store.participantsAnswered(courseId, participantIds);
        boolean commentsShown = (access.canManage(user) || isLead(access, user)) && answered >= MIN_PARTICIPANTS;
        List<Comparison.AnonymousComment> comments =
                commentsShown ? store.participantComments(courseId, participantIds) : List.of();
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
        Map<Precondition, Figure> team = new EnumMap<>(Precondition.class);
        Map<Precondition, Figure> lead = new EnumMap<>(Precondition.class);
        for (Figure figure : store.figures(courseId, participantIds)) {
            (figure.respondent() == Respondent.LEAD ? lead : team).put(figure.precondition(), figure);
        }
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
        return access.isLead(user);
    }

    private static AccessDeniedException readersOnly() {
        return new AccessDeniedException("Only the course's participants and its team lead answer the scan");
    }
}
