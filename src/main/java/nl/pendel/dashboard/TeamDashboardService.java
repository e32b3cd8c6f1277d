package nl.pendel.dashboard;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.pendel.account.Discipline;
import nl.pendel.account.PersonProfile;
import nl.pendel.account.PersonService;
import nl.pendel.assessment.SelfAssessmentReviewService;
import nl.pendel.assessment.SelfAssessmentService;
import nl.pendel.attendance.AttendanceService;
import nl.pendel.attendance.AttendanceTotals;
import nl.pendel.course.CourseAccess;
import nl.pendel.course.CourseDetails;
import nl.pendel.course.CourseService;
import nl.pendel.dashboard.TeamDashboard.AttendanceSummary;
import nl.pendel.dashboard.TeamDashboard.BalanceMoment;
import nl.pendel.dashboard.TeamDashboard.GroupRow;
import nl.pendel.dashboard.TeamDashboard.MomentCompletion;
import nl.pendel.homework.HomeworkFiguresService;
import nl.pendel.precondition.PreconditionService;
import nl.pendel.programme.ProgrammeOutline;
import nl.pendel.schedule.ScheduleReads;
import nl.pendel.schedule.SessionView;
import nl.pendel.security.CurrentUser;
import nl.pendel.security.PendelUser;
import nl.pendel.shared.Translations;
import nl.pendel.subgroup.CourseSubgroup;
import nl.pendel.subgroup.SubgroupService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The team-lead dashboard of a course, for the lead of the course's team, its trainers and
 * administrators; never for participants or leads of other teams. The figures are computed over
 * people from the ratings of the submitted self-assessments ({@link TeamScores}): per indicator
 * over people's levels, per competence and side over people's scores, for the team and every
 * breakdown group. A figure over fewer than {@link TeamDashboard#MIN_PEOPLE} people comes back
 * hidden, without numbers.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class TeamDashboardService {

    private final CourseService courses;
    private final SelfAssessmentService assessments;
    private final SelfAssessmentReviewService ratings;
    private final SubgroupService subgroups;
    private final ScheduleReads scheduleReads;
    private final PersonService people;
    private final AttendanceService attendance;
    private final HomeworkFiguresService homework;
    private final PreconditionService preconditions;
    private final CurrentUser currentUser;
    private final Translations translations;

    TeamDashboardService(
            CourseService courses,
            SelfAssessmentService assessments,
            SelfAssessmentReviewService ratings,
            SubgroupService subgroups,
            ScheduleReads scheduleReads,
            PersonService people,
            AttendanceService attendance,
            HomeworkFiguresService homework,
            PreconditionService preconditions,
            CurrentUser currentUser,
            Translations translations) {
        this.courses = courses;
        this.assessments = assessments;
        this.ratings = ratings;
        this.subgroups = subgroups;
        this.scheduleReads = scheduleReads;
        this.people = people;
        this.attendance = attendance;
        this.homework = homework;
        this.preconditions = preconditions;
        this.currentUser = currentUser;
        this.translations = translations;
    }

    /** Whether the signed-in person may see the dashboard of this course (false when not found). */
    public boolean mayView(long courseId) {
        return courses.access(courseId)
                .map(access -> allowed(access, currentUser.require()))
                .orElse(false);
    }

    /**
     * The dashboard screen of one course: the dashboard and the preconditions beside it, in one
     * read-only transaction and a fixed number of statements however many people and moments.
     */
    public TeamDashboardPage page(long courseId) {
        TeamDashboard dashboard = dashboard(courseId);
        return new TeamDashboardPage(dashboard, preconditions.figures(courseId));
    }

    /**
     * The dashboard of one course, in one read-only transaction and a fixed number of statements
     * (the ratings in one query, then the subgroups, the participants' disciplines, attendance,
     * homework), however many people and moments.
     */
    public TeamDashboard dashboard(long courseId) {
        CourseAccess access = courses.requireView(courseId);
        if (!allowed(access, currentUser.require())) {
            throw new AccessDeniedException("The dashboard is for the team lead and the course's trainers");
        }
        String title = courses.summary(courseId).title();
        ProgrammeOutline.Framework framework = assessments.framework(courseId);
        List<Integer> lowest = framework.scale().stream()
                .map(ProgrammeOutline.Level::value)
                .sorted()
                .limit(2)
                .toList();
        TeamScores scores = TeamScores.of(ratings.courseRatings(courseId), framework, lowest);
        DashboardFigures figures = new DashboardFigures(framework, scores);
        List<BalanceMoment> balance = figures.balance();
        // the subgroups, meetings and sessions once, for the breakdown, attendance and homework
        List<CourseSubgroup> groups = subgroups.ofCourse(courseId);
        List<CourseDetails.Meeting> meetings = courses.meetingsOf(courseId);
        List<SessionView> sessions = scheduleReads.sessions(courseId, meetings, groups);
        return new TeamDashboard(
                courseId,
                title,
                access.participantIds().size(),
                completion(scores, access.participantIds().size()),
                figures.filled(),
                figures.competences(),
                balance,
                figures.balanceChanges(balance),
                bySubgroup(groups, figures),
                byDiscipline(access.participantIds(), figures),
                figures.developmentPoints(lowest),
                attendance(courseId, sessions),
                homework.completion(courseId, meetings, groups, sessions));
    }

    /** The dashboard as CSV that Dutch Excel opens as it is: UTF-8 with BOM, {@code ;}, CRLF. */
    public DashboardExport csv(long courseId, Locale locale) {
        TeamDashboard dashboard = dashboard(courseId);
        return new DashboardExport(
                fileName(dashboard.courseTitle(), "csv"),
                "text/csv;charset=UTF-8",
                DashboardCsv.write(dashboard, translations, locale));
    }

    /** The dashboard as an A4 PDF. */
    public DashboardExport pdf(long courseId, Locale locale) {
        TeamDashboard dashboard = dashboard(courseId);
        return new DashboardExport(
                fileName(dashboard.courseTitle(), "pdf"),
                "application/pdf",
                DashboardPdf.write(dashboard, translations, locale));
    }

    /** {@code teamdashboard-<title in lower case, plain letters and dashes>.<extension>}. */
    static String fileName(String courseTitle, String extension) {
        String plain = Normalizer.normalize(courseTitle, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug =
                plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("-$", "");
        }
        return "teamdashboard" + (slug.isEmpty() ? "" : "-" + slug) + "." + extension;
    }

    private static boolean allowed(CourseAccess access, PendelUser user) {
        if (access.canManage(user)) {
            return true;
        }
        return access.status().visibleToTeam() && access.isLead(user);
    }

    private static List<MomentCompletion> completion(TeamScores scores, int participants) {
        Map<nl.pendel.assessment.MomentKind, Integer> submitted = scores.submitted();
        return scores.moments().stream()
                .map(m -> new MomentCompletion(
                        m.kind(), m.opensOn(), m.closesOn(), submitted.getOrDefault(m.kind(), 0), participants))
                .toList();
    }

    private static List<GroupRow> bySubgroup(List<CourseSubgroup> groups, DashboardFigures figures) {
        List<GroupRow> rows = new ArrayList<>();
        groups.forEach(s -> rows.add(new GroupRow(s.number(), null, s.members().size(), figures.group(s.members()))));
        return rows;
    }

    private List<GroupRow> byDiscipline(Set<Long> participantIds, DashboardFigures figures) {
        Map<Discipline, List<Long>> byDiscipline = new TreeMap<>();
        for (PersonProfile person : people.profiles(participantIds)) {
            Discipline discipline = person.discipline() == null ? Discipline.OTHER : person.discipline();
            byDiscipline.computeIfAbsent(discipline, d -> new ArrayList<>()).add(person.id());
        }
        List<GroupRow> rows = new ArrayList<>();
        byDiscipline.forEach(
                (discipline, ids) -> rows.add(new GroupRow(null, discipline, ids.size(), figures.group(ids))));
        return rows;
    }

    private AttendanceSummary attendance(long courseId, List<SessionView> sessions) {
        AttendanceTotals totals = attendance.totals(courseId, sessions);
        return new AttendanceSummary(
                totals.participants(),
                totals.meetingsHeld(),
                totals.averageAttended(),
                totals.attendedAll(),
                totals.averageHours());
    }
}
