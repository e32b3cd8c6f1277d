package nl.pendel.attendance;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.pendel.account.PersonProfile;
import nl.pendel.account.PersonService;
import nl.pendel.attendance.AccreditationList.Meeting;
import nl.pendel.attendance.AccreditationList.Participant;
import nl.pendel.attendance.AccreditationList.Session;
import nl.pendel.attendance.internal.AttendanceStore;
import nl.pendel.course.CourseAccess;
import nl.pendel.course.CourseDetails;
import nl.pendel.course.CourseService;
import nl.pendel.course.CourseSummary;
import nl.pendel.schedule.ScheduleService;
import nl.pendel.schedule.SessionView;
import nl.pendel.security.CurrentUser;
import nl.pendel.security.Roles;
import nl.pendel.shared.Translations;
import nl.pendel.team.TeamService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accreditation list of a course, for a professional register: per participant name,
 * discipline, organisation, register number, the sessions attended (catch-ups in another subgroup
 * included) and total hours; as data, as CSV for Dutch Excel and as PDF. Register numbers are
 * personal data, so only the course's trainers and administrators get it, also once the course is
 * closed. The number of SQL statements does not depend on the number of participants or sessions.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.TRAINER + "')")
public class AccreditationService {

    private final AttendanceStore store;
    private final CourseService courses;
    private final ScheduleService schedule;
    private final PersonService people;
    private final TeamService teams;
    private final Translations translations;
    private final CurrentUser currentUser;
    private final Clock clock;

    AccreditationService(
            AttendanceStore store,
            CourseService courses,
            ScheduleService schedule,
            PersonService people,
            TeamService teams,
            Translations translations,
            CurrentUser currentUser,
            Clock clock) {
        this.store = store;
        this.courses = courses;
        this.schedule = schedule;
        this.people = people;
        this.teams = teams;
        this.translations = translations;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * The list for one course, with disciplines in the given language.
     *
     * @throws AccessDeniedException for anyone but the course's trainers and administrators
     */
    public AccreditationList list(long courseId, Locale locale) {
        CourseAccess access = requireTrainer(courseId);
        CourseDetails details = courses.details(courseId);
        CourseSummary course = details.summary();
        Map<Long, SessionView> sessions =
                schedule.sessions(courseId).stream().collect(Collectors.toMap(SessionView::id, Function.identity()));
        Map<Long, List<Session>> attended = attendedPerPerson(sessions);

        List<Participant> rows = participants(access, attended, locale);
        List<String> trainers = people
                .profiles(Stream.of(course.trainerId(), course.coTrainerId())
                        .filter(Objects::nonNull)
                        .toList())
                .stream()
                .map(PersonProfile::displayName)
                .toList();
        return new AccreditationList(
                course.title(),
                course.startsOn(),
                course.endsOn(),
                trainers,
                details.meetings().stream()
                        .map(m -> new Meeting(m.position(), m.title()))
                        .toList(),
                rows,
                LocalDate.now(clock));
    }

    /** The list's row per participant, by name, with the sessions each attended. */
    private List<Participant> participants(CourseAccess access, Map<Long, List<Session>> attended, Locale locale) {
        List<PersonProfile> participants = people.profiles(access.participantIds());
        Map<Long, String> organisations = teams.organisationNames(participants.stream()
                .map(PersonProfile::organisationId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        Map<Long, String> registerNumbers = people.registerNumbers(access.participantIds());
        List<Participant> rows = new ArrayList<>();
        for (PersonProfile person : participants) {
            List<Session> mine = attended.getOrDefault(person.id(), List.of());
            rows.add(new Participant(
                    person.displayName(),
                    person.discipline() == null
                            ? ""
                            : translations.getTranslation(person.discipline().translationKey(), locale),
                    person.organisationId() == null ? "" : organisations.getOrDefault(person.organisationId(), ""),
                    registerNumbers.getOrDefault(person.id(), ""),
                    mine,
                    mine.stream().mapToDouble(Session::hours).sum()));
        }
        return rows;
    }

    /**
     * The register numbers of the course's participants who have given one, person id → number;
     * whoever is missing has not (the trainer's screen marks them), in one query.
     *
     * @throws AccessDeniedException for anyone but the course's trainers and administrators
     */
    public Map<Long, String> registerNumbers(long courseId) {
        return people.registerNumbers(requireTrainer(courseId).participantIds());
    }

    private CourseAccess requireTrainer(long courseId) {
        CourseAccess access = courses.requireView(courseId);
        if (!access.canManage(currentUser.require())) {
            throw new AccessDeniedException("The accreditation list is for the course's trainers");
        }
        return access;
    }

    /** The list as CSV that Dutch Excel opens as it is: UTF-8 with BOM, {@code ;}, CRLF. */
    public AccreditationExport csv(long courseId, Locale locale) {
        AccreditationList list = list(courseId, locale);
        return new AccreditationExport(
                fileName(list.courseTitle(), "csv"),
                "text/csv;charset=UTF-8",
                AccreditationCsv.write(list, translations, locale));
    }

    /** The list as an A4 landscape PDF with title, period, trainers and the date it was made. */
    public AccreditationExport pdf(long courseId, Locale locale) {
        AccreditationList list = list(courseId, locale);
        return new AccreditationExport(
                fileName(list.courseTitle(), "pdf"),
                "application/pdf",
                AccreditationPdf.write(list, translations, locale));
    }

    /** {@code accreditatie-<title in lower case, plain letters and dashes>.<extension>}. */
    static String fileName(String courseTitle, String extension) {
        String plain = Normalizer.normalize(courseTitle, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug =
                plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("-$", "");
        }
        return "accreditatie" + (slug.isEmpty() ? "" : "-" + slug) + "." + extension;
    }

    /** Per person the sessions they were present at, in date order, from one query. */
    private Map<Long, List<Session>> attendedPerPerson(Map<Long, SessionView> sessions) {
        if (sessions.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<Session>> result = new HashMap<>();
        store.ofSessions(sessions.keySet()).stream()
                .filter(r -> r.status() == AttendanceStatus.PRESENT)
                .forEach(r -> {
                    SessionView s = sessions.get(r.sessionId());
                    result.computeIfAbsent(r.personId(), k -> new ArrayList<>())
                            .add(new Session(
                                    s.meetingPosition(),
                                    s.date(),
                                    s.start(),
                                    s.end(),
                                    Duration.between(s.start(), s.end()).toMinutes() / 60.0,
                                    r.catchUp()));
                });
        result.values()
                .forEach(list -> list.sort(Comparator.comparing(Session::date).thenComparing(Session::start)));
        return result;
    }
}
