package nl.pendel.lookback;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.pendel.account.PersonProfile;
import nl.pendel.account.PersonService;
import nl.pendel.course.CourseAccess;
import nl.pendel.course.CourseService;
import nl.pendel.lookback.internal.LookBackReads;
import nl.pendel.programme.ProgrammeService;
import nl.pendel.programme.Questionnaire;
import nl.pendel.schedule.ScheduleService;
import nl.pendel.schedule.SessionStatus;
import nl.pendel.schedule.SessionView;
import nl.pendel.security.CurrentUser;
import nl.pendel.security.PendelUser;
import nl.pendel.security.Roles;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The look-backs of a course for its trainers (and administrators): per session the number of
 * answers, the average score and the texts, names only where signed. The lead of the course's team
 * sees the number and, from {@link #MIN_FOR_AVERAGE} answers, the average; never the texts. See
 * docs/decisions/0014-look-back.md.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('" + Roles.TRAINER + "', '" + Roles.ADMIN + "', '" + Roles.TEAM_LEAD + "')")
public class LookBackResultsService {

    /** Fewer answers than this: the lead sees no average, so nobody's score can be guessed. */
    public static final int MIN_FOR_AVERAGE = 3;

    private final LookBackReads reads;
    private final CourseService courses;
    private final ScheduleService schedule;
    private final ProgrammeService programmes;
    private final PersonService people;
    private final CurrentUser currentUser;

    LookBackResultsService(
            LookBackReads reads,
            CourseService courses,
            ScheduleService schedule,
            ProgrammeService programmes,
            PersonService people,
            CurrentUser currentUser) {
        this.reads = reads;
        this.courses = courses;
        this.schedule = schedule;
        this.programmes = programmes;
        this.people = people;
        this.currentUser = currentUser;
    }

    /**
     * Every session of the course that has answers, by date.
     *
     * @throws AccessDeniedException for anyone but the course's trainers, administrators and the
     *     lead of its team
     */
    public LookBackResults results(long courseId) {
        CourseAccess access = courses.requireView(courseId);
        PendelUser user = currentUser.require();
        boolean trainer = access.canManage(user);
        if (!trainer && !access.isLead(user)) {
            throw new AccessDeniedException("Only the course's trainers and its team's lead read its look-backs");
        }
        Map<Long, LookBackReads.Figure> figures = figures(courseId);
        List<SessionView> answered = schedule.sessions(courseId).stream()
                .filter(s -> figures.containsKey(s.id()))
                .toList();
        return new LookBackResults(
                courseId, courses.summary(courseId).title(), trainer, build(courseId, answered, figures, trainer));
    }

    /**
     * For the trainers at the start of a session: the look-back on the same subgroup's previous
     * session ("terugblik op vorige keer"); empty for its first session.
     *
     * @throws AccessDeniedException for anyone but the course's trainers and administrators
     */
    public Optional<SessionLookBack> previous(long courseId, long meetingId, int subgroupNumber) {
        courses.requireTrainerOrAdministrator(courseId);
        List<SessionView> sessions = schedule.sessions(courseId);
        Optional<SessionView> current = sessions.stream()
                .filter(s -> s.meetingId() == meetingId && s.subgroupNumber() == subgroupNumber)
                .findFirst();
        if (current.isEmpty()) {
            return Optional.empty();
        }
        Optional<SessionView> previous = sessions.stream()
                .filter(s -> s.subgroupId() == current.get().subgroupId())
                .filter(s -> s.meetingPosition() < current.get().meetingPosition())
                .filter(s -> s.status() != SessionStatus.CANCELLED)
                .max(Comparator.comparing(SessionView::meetingPosition).thenComparing(SessionView::date));
        return previous.map(session ->
                build(courseId, List.of(session), figures(courseId), true).getFirst());
    }

    private Map<Long, LookBackReads.Figure> figures(long courseId) {
        return reads.figures(courseId).stream()
                .collect(Collectors.toMap(LookBackReads.Figure::sessionId, Function.identity()));
    }

    private List<SessionLookBack> build(
            long courseId, List<SessionView> sessions, Map<Long, LookBackReads.Figure> figures, boolean trainer) {
        List<LookBackReads.TextRow> texts = trainer
                ? reads.texts(courseId, sessions.stream().map(SessionView::id).toList())
                : List.of();
        Map<Long, String> names = names(texts);
        Map<String, String> labels = labels(courseId);
        List<SessionLookBack> result = new ArrayList<>();
        for (SessionView session : sessions) {
            LookBackReads.Figure figure = figures.get(session.id());
            int count = figure == null ? 0 : figure.answers();
            Double average = figure == null || (!trainer && count < MIN_FOR_AVERAGE) ? null : figure.average();
            result.add(new SessionLookBack(
                    session.id(),
                    session.meetingPosition(),
                    session.meetingTitle(),
                    session.subgroupNumber(),
                    session.date(),
                    count,
                    average,
                    trainer,
                    questionTexts(session.id(), texts, labels, names)));
        }
        return result;
    }

    /** The texts on one session grouped by question, in the questionnaire's order. */
    private static List<SessionLookBack.QuestionTexts> questionTexts(
            long sessionId, List<LookBackReads.TextRow> texts, Map<String, String> labels, Map<Long, String> names) {
        Map<String, List<SessionLookBack.Answer>> byQuestion = new LinkedHashMap<>();
        labels.keySet().forEach(key -> byQuestion.put(key, new ArrayList<>()));
        for (LookBackReads.TextRow row : texts) {
            if (row.sessionId() == sessionId) {
                byQuestion
                        .computeIfAbsent(row.questionKey(), k -> new ArrayList<>())
                        .add(new SessionLookBack.Answer(
                                row.text(), row.signedBy() == null ? null : names.get(row.signedBy())));
            }
        }
        List<SessionLookBack.QuestionTexts> result = new ArrayList<>();
        byQuestion.forEach((key, answers) -> {
            if (!answers.isEmpty()) {
                result.add(new SessionLookBack.QuestionTexts(key, labels.getOrDefault(key, key), answers));
            }
        });
        return result;
    }

    /** The text questions' labels by key, from the course programme's current look-back questionnaire. */
    private Map<String, String> labels(long courseId) {
        Map<String, String> labels = new LinkedHashMap<>();
        programmes
                .questionnaireOf(courses.summary(courseId).programmeVersionId(), Questionnaire.Purpose.LOOK_BACK)
                .ifPresent(q -> q.questions().stream()
                        .filter(question -> question.kind() == Questionnaire.Kind.TEXT)
                        .forEach(question -> labels.put(question.key(), question.label())));
        return labels;
    }

    private Map<Long, String> names(List<LookBackReads.TextRow> texts) {
        Set<Long> ids = texts.stream()
                .map(LookBackReads.TextRow::signedBy)
                .filter(Objects::nonNull)
                .collect(Collectors.toCollection(HashSet::new));
        return people.profiles(ids).stream().collect(Collectors.toMap(PersonProfile::id, PersonProfile::displayName));
    }
}
