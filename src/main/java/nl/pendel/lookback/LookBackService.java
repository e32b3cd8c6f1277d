package nl.pendel.lookback;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.pendel.course.CourseService;
import nl.pendel.lookback.internal.LookBackReads;
import nl.pendel.lookback.internal.LookBackStore;
import nl.pendel.programme.ProgrammeService;
import nl.pendel.programme.Questionnaire;
import nl.pendel.schedule.MySession;
import nl.pendel.schedule.ScheduleService;
import nl.pendel.schedule.SessionStatus;
import nl.pendel.security.CurrentUser;
import nl.pendel.security.PendelUser;
import nl.pendel.security.Roles;
import nl.pendel.shared.UserFacingException;
import nl.pendel.subgroup.SubgroupService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A participant's look-back on the sessions of their own subgroup: the programme's look-back
 * questionnaire, answered once per session and changeable while its {@link LookBackWindow} is
 * open. Anonymous for the trainers unless signed; texts pass the privacy guard
 * ({@link LookBackAnswers}). See docs/decisions/0014-look-back.md.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('" + Roles.PARTICIPANT + "')")
public class LookBackService {

    private final LookBackStore store;
    private final LookBackReads reads;
    private final ScheduleService schedule;
    private final SubgroupService subgroups;
    private final ProgrammeService programmes;
    private final CourseService courses;
    private final CurrentUser currentUser;
    private final Clock clock;

    LookBackService(
            LookBackStore store,
            LookBackReads reads,
            ScheduleService schedule,
            SubgroupService subgroups,
            ProgrammeService programmes,
            CourseService courses,
            CurrentUser currentUser,
            Clock clock) {
        this.store = store;
        this.reads = reads;
        this.schedule = schedule;
        this.subgroups = subgroups;
        this.programmes = programmes;
        this.courses = courses;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * The look-back screen of one of the signed-in participant's own sessions.
     *
     * @throws AccessDeniedException when it is not a session of their own subgroup
     * @throws UserFacingException when the course's programme has no look-back questionnaire
     */
    public LookBackForm form(long sessionId) {
        MySession session = own(sessionId);
        PendelUser user = currentUser.require();
        LookBackWindow window = LookBackWindow.of(session.date(), session.end());
        return new LookBackForm(
                sessionId,
                session.courseTitle(),
                session.meetingPosition(),
                session.meetingTitle(),
                session.subgroupNumber(),
                session.date(),
                session.end(),
                questionnaire(session.courseId()),
                window,
                open(session, window),
                reads.mine(sessionId, user.personId()));
    }

    /**
     * Stores the signed-in participant's look-back on one of their own sessions, replacing what
     * they answered before; nothing is stored when anything is refused.
     *
     * @return the form as stored, with the new version
     * @throws UserFacingException when the window is closed, an answer is refused (too long, out
     *     of range, a resident's identifier, a required question left open) or it was changed
     *     elsewhere in the meantime
     */
    @Transactional
    public LookBackForm save(long sessionId, LookBackDraft draft) {
        MySession session = own(sessionId);
        PendelUser user = currentUser.require();
        if (!open(session, LookBackWindow.of(session.date(), session.end()))) {
            throw new UserFacingException("lookback.error.closed");
        }
        Questionnaire questionnaire = questionnaire(session.courseId());
        Map<String, LookBackStore.Answer> answers = LookBackAnswers.check(questionnaire, draft);
        long subgroupId = subgroups.myPlacements().get(session.courseId());
        store.save(
                new LookBackStore.Respondent(sessionId, session.courseId(), subgroupId, user.personId()),
                draft.signed(),
                questionnaire.versionId(),
                LookBackAnswers.score(questionnaire, answers),
                new LinkedHashMap<>(answers),
                draft.expectedVersion(),
                clock.instant());
        return form(sessionId);
    }

    private boolean open(MySession session, LookBackWindow window) {
        return session.status() != SessionStatus.CANCELLED && window.isOpen(clock.instant());
    }

    private MySession own(long sessionId) {
        return schedule.mySessions().stream()
                .filter(s -> s.sessionId() == sessionId)
                .findFirst()
                .orElseThrow(() -> new AccessDeniedException("Not a session of this participant's subgroup"));
    }

    private Questionnaire questionnaire(long courseId) {
        long programmeVersionId = courses.summary(courseId).programmeVersionId();
        return programmes
                .questionnaireOf(programmeVersionId, Questionnaire.Purpose.LOOK_BACK)
                .orElseThrow(() -> new UserFacingException("lookback.error.no-questionnaire"));
    }
}
