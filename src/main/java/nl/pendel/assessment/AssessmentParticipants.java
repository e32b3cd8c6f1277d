package nl.pendel.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.pendel.assessment.internal.AnswerStore;
import nl.pendel.assessment.internal.MomentStore;
import nl.pendel.course.CourseAccess;
import nl.pendel.course.CourseService;
import nl.pendel.programme.ProgrammeOutline;
import nl.pendel.programme.ProgrammeService;
import nl.pendel.security.CurrentUser;
import nl.pendel.security.PendelUser;
import nl.pendel.shared.UserFacingException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * What a participant's own self-assessment at one moment stands in: the signed-in participant
 * (checked to take part in the visible course), the course, the moment, the framework, and their
 * self-assessment submitted at the nearest earlier moment.
 */
@Component
class AssessmentParticipants {

    private final MomentStore moments;
    private final AnswerStore answers;
    private final CourseService courses;
    private final ProgrammeService programmes;
    private final CurrentUser currentUser;

    AssessmentParticipants(
            MomentStore moments,
            AnswerStore answers,
            CourseService courses,
            ProgrammeService programmes,
            CurrentUser currentUser) {
        this.moments = moments;
        this.answers = answers;
        this.courses = courses;
        this.programmes = programmes;
        this.currentUser = currentUser;
    }

    /** The participant at one moment; {@code moments} are all the course's moments, in order. */
    record Context(
            PendelUser user,
            CourseAccess access,
            Moment moment,
            List<Moment> moments,
            ProgrammeOutline.Framework framework) {

        /** Refuses when the moment is not open on this day or the course no longer changes. */
        void requireOpen(LocalDate today) {
            if (!moment.isOpen(today)) {
                throw new UserFacingException("assessment.error.closed");
            }
            if (!access.status().editable()) {
                throw new UserFacingException("course.error.closed");
            }
        }
    }

    /** The answers submitted at an earlier moment. */
    record Earlier(long id, MomentKind kind, AssessmentDraft answers) {}

    /** The signed-in participant's context at this moment; denied to anyone else. */
    Context of(long courseId, long momentId) {
        PendelUser user = currentUser.require();
        CourseAccess access =
                courses.access(courseId).orElseThrow(() -> new UserFacingException("assessment.error.not-found"));
        if (!access.status().visibleToTeam() || !access.participantIds().contains(user.personId())) {
            throw new AccessDeniedException("Self-assessment is the participant's own");
        }
        List<Moment> all = moments.ofCourse(courseId);
        Moment moment = all.stream()
                .filter(m -> m.id() == momentId)
                .findFirst()
                .orElseThrow(() -> new UserFacingException("assessment.error.not-found"));
        return new Context(user, access, moment, all, framework(courseId));
    }

    /** The participant's self-assessment submitted at the nearest earlier moment. */
    Optional<Earlier> earlier(Context context) {
        List<Moment> before = context.moments().stream()
                .filter(m -> m.kind().ordinal() < context.moment().kind().ordinal())
                .toList();
        for (int i = before.size() - 1; i >= 0; i--) {
            Optional<AnswerStore.Row> row =
                    answers.row(before.get(i).id(), context.user().personId()).filter(AnswerStore.Row::submitted);
            if (row.isPresent()) {
                return Optional.of(new Earlier(
                        row.get().id(),
                        before.get(i).kind(),
                        answers.answers(row.get().id(), "", "")));
            }
        }
        return Optional.empty();
    }

    /** The course's moment with this id. */
    Moment moment(long courseId, long momentId) {
        return moments.ofCourse(courseId).stream()
                .filter(m -> m.id() == momentId)
                .findFirst()
                .orElseThrow(() -> new UserFacingException("assessment.error.not-found"));
    }

    /** The framework the course's participants rate themselves on (for everyone who may see the course). */
    ProgrammeOutline.Framework framework(long courseId) {
        return programmes
                .frameworkOf(courses.summary(courseId).programmeVersionId())
                .orElseThrow();
    }
}
