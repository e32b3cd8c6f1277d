package nl.pendel.evaluation;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.pendel.course.CourseAccess;
import nl.pendel.course.CourseService;
import nl.pendel.course.CourseSummary;
import nl.pendel.evaluation.internal.EvaluationReads;
import nl.pendel.evaluation.internal.EvaluationStore;
import nl.pendel.programme.ProgrammeService;
import nl.pendel.programme.Questionnaire;
import nl.pendel.schedule.ScheduleService;
import nl.pendel.schedule.SessionView;
import nl.pendel.security.CurrentUser;
import nl.pendel.security.PendelUser;
import nl.pendel.security.Roles;
import nl.pendel.shared.UserFacingException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A participant's evaluation of their own course: the programme's evaluation questionnaire,
 * answered once while its {@link EvaluationWindow} is open, anonymously (the answers are stored
 * without the person; a separate flag keeps them from answering twice). Texts pass the privacy
 * guard ({@link EvaluationAnswers}). See docs/decisions/0019-course-evaluation.md.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('" + Roles.PARTICIPANT + "')")
public class EvaluationService {

    private final EvaluationStore store;
    private final EvaluationReads reads;
    private final CourseService courses;
    private final ScheduleService schedule;
    private final ProgrammeService programmes;
    private final CurrentUser currentUser;
    private final Clock clock;

    EvaluationService(
            EvaluationStore store,
            EvaluationReads reads,
            CourseService courses,
            ScheduleService schedule,
            ProgrammeService programmes,
            CurrentUser currentUser,
            Clock clock) {
        this.store = store;
        this.reads = reads;
        this.courses = courses;
        this.schedule = schedule;
        this.programmes = programmes;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * The evaluation screen of one of the signed-in participant's own courses.
     *
     * @throws AccessDeniedException when they do not take part in the course
     * @throws UserFacingException when the course's programme has no evaluation questionnaire
     */
    public EvaluationForm form(long courseId) {
        PendelUser user = own(courseId);
        Optional<EvaluationWindow> window = EvaluationWindow.of(schedule.sessions(courseId));
        boolean answered = reads.answered(user.personId(), List.of(courseId)).contains(courseId);
        return new EvaluationForm(
                courseId,
                courses.summary(courseId).title(),
                questionnaire(courseId),
                window.orElse(null),
                window.map(w -> w.isOpen(clock.instant())).orElse(false),
                answered);
    }

    /**
     * Stores the signed-in participant's evaluation of their course, once, without their name;
     * nothing is stored when anything is refused.
     *
     * @throws UserFacingException when the window is closed, they answered before, or an answer is
     *     refused (too long, out of range, a resident's identifier, a required question left open)
     */
    @Transactional
    public EvaluationForm answer(long courseId, EvaluationDraft draft) {
        EvaluationForm form = form(courseId);
        if (form.answered()) {
            throw new UserFacingException("evaluation.error.already");
        }
        if (!form.open()) {
            throw new UserFacingException("evaluation.error.closed");
        }
        Questionnaire questionnaire = form.questionnaire();
        store.answer(
                courseId,
                currentUser.require().personId(),
                questionnaire.versionId(),
                EvaluationAnswers.check(questionnaire, draft));
        return form(courseId);
    }

    /** The signed-in participant's courses whose evaluation is open and not yet answered by them. */
    public List<OpenEvaluation> openForMe() {
        PendelUser user = currentUser.require();
        List<CourseSummary> mine = courses.myParticipations();
        if (mine.isEmpty()) {
            return List.of();
        }
        Map<Long, List<SessionView>> sessions =
                schedule.sessionsOf(mine.stream().map(CourseSummary::id).toList());
        Set<Long> answered = reads.answered(user.personId(), sessions.keySet());
        return mine.stream()
                .filter(c -> !answered.contains(c.id()))
                .filter(c -> EvaluationWindow.of(sessions.getOrDefault(c.id(), List.of()))
                        .map(w -> w.isOpen(clock.instant()))
                        .orElse(false))
                .map(c -> new OpenEvaluation(c.id(), c.title()))
                .toList();
    }

    private PendelUser own(long courseId) {
        PendelUser user = currentUser.require();
        CourseAccess access =
                courses.access(courseId).orElseThrow(() -> new AccessDeniedException("No course " + courseId));
        if (!access.participantIds().contains(user.personId()) || !access.canView(user)) {
            throw new AccessDeniedException("Not a course of this participant");
        }
        return user;
    }

    private Questionnaire questionnaire(long courseId) {
        long programmeVersionId = courses.summary(courseId).programmeVersionId();
        return programmes
                .questionnaireOf(programmeVersionId, Questionnaire.Purpose.COURSE_EVALUATION)
                .orElseThrow(() -> new UserFacingException("evaluation.error.no-questionnaire"));
    }
}
