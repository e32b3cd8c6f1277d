package nl.pendel.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.pendel.course.CourseAccess;
import nl.pendel.course.CourseService;
import nl.pendel.course.CourseSummary;
import nl.pendel.evaluation.internal.EvaluationReads;
import nl.pendel.programme.ProgrammeService;
import nl.pendel.programme.Questionnaire;
import nl.pendel.security.CurrentUser;
import nl.pendel.security.PendelUser;
import nl.pendel.security.Roles;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The evaluation of a course for its trainers, administrators and the lead of its team: the number
 * of answers and, from {@link #MIN_ANSWERS}, the average per rating question and the texts in a
 * shuffled order. See docs/decisions/0019-course-evaluation.md.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('" + Roles.TRAINER + "', '" + Roles.ADMIN + "', '" + Roles.TEAM_LEAD + "')")
public class EvaluationResultsService {

    /** Fewer answers than this: nothing but the count is shown, so nobody's answers can be told apart. */
    public static final int MIN_ANSWERS = 3;

    private final EvaluationReads reads;
    private final CourseService courses;
    private final ProgrammeService programmes;
    private final CurrentUser currentUser;

    EvaluationResultsService(
            EvaluationReads reads, CourseService courses, ProgrammeService programmes, CurrentUser currentUser) {
        this.reads = reads;
        this.courses = courses;
        this.programmes = programmes;
        this.currentUser = currentUser;
    }

    /**
     * The course's evaluation.
     *
     * @throws AccessDeniedException for anyone but the course's trainers, administrators and the
     *     lead of its team
     */
    public EvaluationResults results(long courseId) {
        CourseAccess access = courses.requireView(courseId);
        PendelUser user = currentUser.require();
        boolean lead = access.isLead(user);
        if (!access.canManage(user) && !lead) {
            throw new AccessDeniedException("Only the course's trainers and its team's lead read its evaluation");
        }
        CourseSummary course = courses.summary(courseId);
        int answers = reads.responses(courseId);
        if (answers < MIN_ANSWERS) {
            return new EvaluationResults(courseId, course.title(), answers, false, List.of(), List.of());
        }
        List<Questionnaire.Question> questions = programmes
                .questionnaireOf(course.programmeVersionId(), Questionnaire.Purpose.COURSE_EVALUATION)
                .map(Questionnaire::questions)
                .orElse(List.of());
        Map<String, EvaluationReads.RatingRow> figures = reads.ratings(courseId).stream()
                .collect(Collectors.toMap(EvaluationReads.RatingRow::questionKey, Function.identity()));
        List<EvaluationResults.Rating> ratings = new ArrayList<>();
        Map<String, List<String>> texts = new LinkedHashMap<>();
        for (Questionnaire.Question question : questions) {
            if (question.kind() == Questionnaire.Kind.RATING) {
                EvaluationReads.RatingRow figure = figures.get(question.key());
                ratings.add(new EvaluationResults.Rating(
                        question.key(),
                        question.label(),
                        figure == null ? 0 : figure.count(),
                        figure == null ? null : figure.average()));
            } else {
                texts.put(question.key(), new ArrayList<>());
            }
        }
        for (EvaluationReads.TextRow row : reads.texts(courseId)) {
            List<String> answered = texts.get(row.questionKey());
            if (answered != null) {
                answered.add(row.text());
            }
        }
        Map<String, String> labels = questions.stream()
                .collect(Collectors.toMap(Questionnaire.Question::key, Questionnaire.Question::label));
        List<EvaluationResults.Texts> textResults = texts.entrySet().stream()
                .map(e -> new EvaluationResults.Texts(e.getKey(), labels.get(e.getKey()), e.getValue()))
                .toList();
        return new EvaluationResults(courseId, course.title(), answers, true, ratings, textResults);
    }
}
