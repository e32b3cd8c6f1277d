package nl.pendel.completion;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import nl.pendel.account.PersonProfile;
import nl.pendel.account.PersonService;
import nl.pendel.assessment.MomentKind;
import nl.pendel.assessment.SelfAssessmentReviewService;
import nl.pendel.attendance.AttendanceService;
import nl.pendel.attendance.ParticipantHours;
import nl.pendel.completion.internal.CertificateStore;
import nl.pendel.completion.internal.CertificateStore.Issued;
import nl.pendel.course.CourseAccess;
import nl.pendel.course.CourseDetails;
import nl.pendel.course.CourseService;
import nl.pendel.course.CourseSummary;
import nl.pendel.homework.HomeworkFiguresService;
import nl.pendel.plan.PlanService;
import nl.pendel.plan.PlanStatus;
import nl.pendel.plan.PlanSummary;
import nl.pendel.schedule.ScheduleService;
import nl.pendel.schedule.SessionView;
import nl.pendel.security.CurrentUser;
import nl.pendel.security.PendelUser;
import nl.pendel.shared.Translations;
import nl.pendel.shared.UserFacingException;
import nl.pendel.subgroup.CourseSubgroup;
import nl.pendel.subgroup.SubgroupService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Completion of a course and its certificates. The course's trainers and administrators see every
 * participant and issue certificates; the lead of the course's team reads every participant; a
 * participant reads only their own completion and downloads their own certificate. Each criterion
 * is read through the module that owns it, a fixed number of statements per screen.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class CompletionService {

    private final CertificateStore certificates;
    private final CourseService courses;
    private final AttendanceService attendance;
    private final HomeworkFiguresService homework;
    private final SelfAssessmentReviewService assessments;
    private final PlanService plans;
    private final SubgroupService subgroups;
    private final ScheduleService schedule;
    private final PersonService people;
    private final Translations translations;
    private final CurrentUser currentUser;
    private final Clock clock;

    CompletionService(
            CertificateStore certificates,
            CourseService courses,
            AttendanceService attendance,
            HomeworkFiguresService homework,
            SelfAssessmentReviewService assessments,
            PlanService plans,
            SubgroupService subgroups,
            ScheduleService schedule,
            PersonService people,
            Translations translations,
            CurrentUser currentUser,
            Clock clock) {
        this.certificates = certificates;
        this.courses = courses;
        this.attendance = attendance;
        this.homework = homework;
        this.assessments = assessments;
        this.plans = plans;
        this.subgroups = subgroups;
        this.schedule = schedule;
        this.people = people;
        this.translations = translations;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * The completion screen of a course for the signed-in person.
     *
     * @throws AccessDeniedException for anyone who is not the course's trainer, lead or participant
     */
    public CourseCompletion page(long courseId) {
        CourseAccess access = courses.requireView(courseId);
        PendelUser user = currentUser.require();
        List<ParticipantCompletion> rows = rows(access);
        int toIssue = (int) rows.stream()
                .filter(r -> r.completed() && r.registerNumber() == null)
                .count();
        return new CourseCompletion(courseId, courses.summary(courseId).title(), access.canManage(user), toIssue, rows);
    }

    private List<ParticipantCompletion> rows(CourseAccess access) {
        long courseId = access.courseId();
        Map<Long, ParticipantHours> hours = attendance.figures(access);
        Map<Long, Integer> voldaan = homework.outcomes(access);
        Map<Long, Set<MomentKind>> submitted = assessments.submitted(access);
        List<CourseDetails.Meeting> meetings = courses.meetingsOf(courseId);
        int assignments = (int)
                meetings.stream().filter(m -> !m.preparationTitle().isBlank()).count();
        Map<Long, Integer> placement = new HashMap<>();
        subgroups.ofCourse(courseId).forEach(s -> s.members().forEach(p -> placement.put(p, s.number())));
        Map<Integer, PlanStatus> planOf = new HashMap<>();
        for (PlanSummary plan : plans.plansOfCourse(courseId)) {
            planOf.merge(plan.subgroupNumber(), plan.status(), (a, b) -> a.compareTo(b) >= 0 ? a : b);
        }
        Map<Long, Issued> issued = certificates.ofCourse(courseId);
        List<ParticipantCompletion> rows = new ArrayList<>();
        for (ParticipantHours h : hours.values()) {
            long person = h.person().id();
            Integer subgroup = placement.get(person);
            Set<MomentKind> done = submitted.getOrDefault(person, Set.of());
            Issued certificate = issued.get(person);
            rows.add(new ParticipantCompletion(
                    person,
                    h.person().displayName(),
                    subgroup,
                    h.meetingsAttended(),
                    meetings.size(),
                    h.contactHours(),
                    voldaan.getOrDefault(person, 0),
                    assignments,
                    done.contains(MomentKind.START),
                    done.contains(MomentKind.END),
                    subgroup == null ? null : planOf.get(subgroup),
                    certificate == null ? null : certificate.registerNumber()));
        }
        rows.sort(Comparator.comparing((ParticipantCompletion p) ->
                        p.subgroupNumber() == null ? Integer.MAX_VALUE : p.subgroupNumber())
                .thenComparing(ParticipantCompletion::name));
        return rows;
    }

    /**
     * Issues a certificate to every participant who completed the course and has none yet; issuing
     * again adds only new completers.
     *
     * @return how many were issued now
     * @throws AccessDeniedException for anyone but the course's trainers and administrators
     */
    @Transactional
    public int issue(long courseId) {
        CourseAccess access = courses.requireView(courseId);
        PendelUser user = currentUser.require();
        if (!access.canManage(user)) {
            throw new AccessDeniedException("Certificates are issued by the course's trainers");
        }
        List<Long> completers = rows(access).stream()
                .filter(r -> r.completed() && r.registerNumber() == null)
                .map(ParticipantCompletion::personId)
                .toList();
        return certificates.issue(
                courseId, completers, LocalDate.now(clock).getYear(), user.personId(), clock.instant());
    }

    /**
     * The signed-in participant's own certificate of the course as a PDF.
     *
     * @throws UserFacingException when none was issued to them
     * @throws AccessDeniedException when they may not see the course
     */
    public CertificateFile myCertificate(long courseId, Locale locale) {
        CourseAccess access = courses.requireView(courseId);
        PendelUser user = currentUser.require();
        Issued issued = certificates.ofCourse(courseId).get(user.personId());
        if (issued == null || !access.participantIds().contains(user.personId())) {
            throw new UserFacingException("completion.error.no-certificate");
        }
        ParticipantHours hours = attendance.figures(access).get(user.personId());
        CourseSummary course = courses.summary(courseId);
        Long subgroupId = subgroups.ofCourse(courseId).stream()
                .filter(s -> s.members().contains(user.personId()))
                .map(CourseSubgroup::id)
                .findFirst()
                .orElse(null);
        Map<Long, List<LocalDate>> dates = new HashMap<>();
        for (SessionView s : schedule.sessions(courseId)) {
            if (Objects.equals(s.subgroupId(), subgroupId)) {
                dates.computeIfAbsent(s.meetingId(), k -> new ArrayList<>()).add(s.date());
            }
        }
        List<Certificate.Meeting> meetings = courses.meetingsOf(courseId).stream()
                .map(m -> new Certificate.Meeting(m.position(), m.title(), dates.getOrDefault(m.id(), List.of())))
                .toList();
        List<String> trainers = people
                .profiles(Stream.of(course.trainerId(), course.coTrainerId())
                        .filter(Objects::nonNull)
                        .toList())
                .stream()
                .map(PersonProfile::displayName)
                .toList();
        Certificate certificate = new Certificate(
                hours.person().displayName(),
                course.title(),
                meetings,
                hours.contactHours(),
                issued.registerNumber(),
                trainers,
                LocalDate.ofInstant(issued.issuedAt(), clock.getZone()));
        return new CertificateFile(
                "certificaat-" + issued.registerNumber() + ".pdf",
                CertificatePdf.write(certificate, translations, locale));
    }

    /** A certificate as a file to download. */
    public record CertificateFile(String fileName, byte[] content) {}
}
