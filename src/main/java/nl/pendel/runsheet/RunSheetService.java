package nl.pendel.runsheet;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.pendel.account.PersonProfile;
import nl.pendel.account.PersonService;
import nl.pendel.course.CourseAccess;
import nl.pendel.course.CourseDetails;
import nl.pendel.course.CourseService;
import nl.pendel.course.CourseSummary;
import nl.pendel.programme.ProgrammeService;
import nl.pendel.runsheet.internal.RunSheetReads;
import nl.pendel.runsheet.internal.RunSheetStore;
import nl.pendel.schedule.ScheduleService;
import nl.pendel.schedule.SessionStatus;
import nl.pendel.security.CurrentUser;
import nl.pendel.security.Roles;
import nl.pendel.shared.EditConflictException;
import nl.pendel.shared.Translations;
import nl.pendel.shared.UserFacingException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The run sheet of one meeting of a course, for the course's trainers and administrators (read
 * also once the course is closed, changed only while it is not). Until a trainer first saves it,
 * it is read from the course's agenda and the programme ({@link RunSheetTemplate}); the first save
 * stores the course's own copy. A save names the version it started from and is refused, storing
 * nothing, when someone saved in between. A fixed number of statements per call.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.TRAINER + "')")
public class RunSheetService {

    private final RunSheetReads reads;
    private final RunSheetStore store;
    private final CourseService courses;
    private final ScheduleService schedule;
    private final ProgrammeService programmes;
    private final PersonService people;
    private final Translations translations;
    private final CurrentUser currentUser;
    private final Clock clock;

    RunSheetService(
            RunSheetReads reads,
            RunSheetStore store,
            CourseService courses,
            ScheduleService schedule,
            ProgrammeService programmes,
            PersonService people,
            Translations translations,
            CurrentUser currentUser,
            Clock clock) {
        this.reads = reads;
        this.store = store;
        this.courses = courses;
        this.schedule = schedule;
        this.programmes = programmes;
        this.people = people;
        this.translations = translations;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * The run sheet of the course's meeting with the sessions to show times for.
     *
     * @throws AccessDeniedException for anyone but the course's trainers and administrators, and
     *     for a meeting of another course
     */
    public RunSheetPage page(long courseId, long meetingId) {
        CourseAccess access = courses.requireTrainerOrAdministrator(courseId);
        CourseDetails details = courses.details(courseId);
        CourseDetails.Meeting meeting = meetingOf(details, meetingId);
        CourseSummary course = details.summary();
        Optional<RunSheetReads.Stored> stored = reads.find(courseId, meetingId);
        List<RunSheetItem> items = stored.map(RunSheetReads.Stored::items)
                .orElseGet(() -> RunSheetTemplate.items(
                        meeting.agenda(),
                        programmes
                                .agendaItems(course.programmeVersionId())
                                .getOrDefault(meeting.position(), List.of())));
        long version = stored.map(RunSheetReads.Stored::version).orElse(0L);
        Map<Long, String> names = people
                .profiles(Stream.of(course.trainerId(), course.coTrainerId())
                        .filter(Objects::nonNull)
                        .toList())
                .stream()
                .collect(Collectors.toMap(PersonProfile::id, PersonProfile::displayName));
        return new RunSheetPage(
                courseId,
                course.title(),
                meetingId,
                meeting.position(),
                meeting.title(),
                version,
                access.status().editable(),
                items,
                sessions(details, meetingId),
                names.getOrDefault(course.trainerId(), ""),
                course.coTrainerId() == null ? null : names.get(course.coTrainerId()));
    }

    /**
     * Stores the run sheet as a whole, in the order given; the first save stores the course's
     * own copy ({@code version} 0).
     *
     * @throws UserFacingException when an item is refused (the message names it) or when someone
     *     saved in between ({@link EditConflictException}); nothing is stored then
     */
    @Transactional
    public RunSheetPage save(long courseId, long meetingId, long version, List<RunSheetItem> items) {
        courses.requireManage(courseId);
        meetingOf(courses.details(courseId), meetingId);
        List<RunSheetItem> checked = RunSheetRules.checked(items);
        long by = currentUser.require().personId();
        Instant now = clock.instant();
        if (version == 0) {
            try {
                store.create(courseId, meetingId, checked, by, now);
            } catch (DuplicateKeyException e) {
                throw new EditConflictException();
            }
        } else if (!store.update(courseId, meetingId, version, checked, by, now)) {
            throw new EditConflictException();
        }
        return page(courseId, meetingId);
    }

    /** The run sheet as an A4 PDF with the times of the session at {@code sessionIndex} of the page's sessions. */
    public RunSheetExport pdf(long courseId, long meetingId, int sessionIndex, Locale locale) {
        RunSheetPage page = page(courseId, meetingId);
        RunSheetSession session = page.sessions().isEmpty()
                ? null
                : page.sessions()
                        .get(Math.clamp(sessionIndex, 0, page.sessions().size() - 1));
        return new RunSheetExport(
                RunSheetPdf.fileName(page),
                "application/pdf",
                RunSheetPdf.write(page, session, translations, locale, clock));
    }

    private static CourseDetails.Meeting meetingOf(CourseDetails details, long meetingId) {
        return details.meetings().stream()
                .filter(m -> m.id() == meetingId)
                .findFirst()
                .orElseThrow(() -> new AccessDeniedException("Meeting " + meetingId + " is not of this course"));
    }

    /** The planned sessions of the meeting by date, or before it is scheduled the pattern's slots. */
    private List<RunSheetSession> sessions(CourseDetails details, long meetingId) {
        List<RunSheetSession> planned = schedule.sessions(details.summary().id()).stream()
                .filter(s -> s.meetingId() == meetingId && s.status() == SessionStatus.PLANNED)
                .map(s -> new RunSheetSession(s.date(), s.start(), s.end(), s.subgroupNumber()))
                .toList();
        if (!planned.isEmpty()) {
            return planned;
        }
        return details.sessionPattern().stream()
                .sorted(Comparator.comparingInt(CourseDetails.Slot::dayOffset).thenComparing(CourseDetails.Slot::start))
                .map(slot -> new RunSheetSession(null, slot.start(), slot.end(), slot.subgroupNo()))
                .toList();
    }
}
