package nl.pendel.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.pendel.account.PersonProfile;
import nl.pendel.account.PersonService;
import nl.pendel.attendance.AttendanceRow;
import nl.pendel.attendance.AttendanceService;
import nl.pendel.attendance.AttendanceStatus;
import nl.pendel.course.CourseDetails;
import nl.pendel.course.CourseDraft;
import nl.pendel.course.CourseService;
import nl.pendel.course.CourseStatus;
import nl.pendel.course.CourseSummary;
import nl.pendel.programme.ProgrammeService;
import nl.pendel.schedule.ScheduleService;
import nl.pendel.schedule.SessionView;
import nl.pendel.subgroup.SubgroupService;
import nl.pendel.team.TeamService;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * The Korrewegwijk course as it would be mid-course, relative to today: meeting 1 held last
 * week (Tuesday and Wednesday), meetings 2 and 3 two and five weeks after it. Runs as an
 * administrator through the same services a trainer uses.
 */
@Component
class DemoCourse {

    static final String TITLE = "Omgevingsgericht en preventief werken – WIJ-Korrewegwijk";

    private final TeamService teams;
    private final PersonService people;
    private final ProgrammeService programmes;
    private final CourseService courses;
    private final SubgroupService subgroups;
    private final ScheduleService schedule;
    private final AttendanceService attendance;
    private final DemoHomework homework;
    private final DemoPlans plans;
    private final DemoAssessments assessments;
    private final Clock clock;

    DemoCourse(
            TeamService teams,
            PersonService people,
            ProgrammeService programmes,
            CourseService courses,
            SubgroupService subgroups,
            ScheduleService schedule,
            AttendanceService attendance,
            DemoHomework homework,
            DemoPlans plans,
            DemoAssessments assessments,
            Clock clock) {
        this.teams = teams;
        this.people = people;
        this.programmes = programmes;
        this.courses = courses;
        this.subgroups = subgroups;
        this.schedule = schedule;
        this.attendance = attendance;
        this.homework = homework;
        this.plans = plans;
        this.assessments = assessments;
        this.clock = clock;
    }

    /** Meeting 1, held last week: everyone present but one, who caught up in subgroup 2's session. */
    private void recordMeetingOne(long courseId, List<SessionView> sessions) {
        List<SessionView> meetingOne =
                sessions.stream().filter(s -> s.meetingPosition() == 1).toList();
        SessionView first = meetingOne.stream()
                .filter(s -> s.subgroupNumber() == 1)
                .findFirst()
                .orElseThrow();
        SessionView second = meetingOne.stream()
                .filter(s -> s.subgroupNumber() == 2)
                .findFirst()
                .orElseThrow();
        Long absent = null;
        for (SessionView session : meetingOne) {
            for (AttendanceRow row : attendance.sheet(courseId, session.id())) {
                if (session == first
                        && absent == null
                        && !row.person().displayName().equals("Sanne de Vries")) {
                    absent = row.person().id();
                    attendance.record(courseId, session.id(), absent, AttendanceStatus.ABSENT, "Ziek gemeld");
                } else {
                    attendance.record(courseId, session.id(), row.person().id(), AttendanceStatus.PRESENT, "");
                }
            }
        }
        if (absent != null) {
            attendance.record(courseId, second.id(), absent, AttendanceStatus.PRESENT, "Ingehaald in subgroep 2");
        }
    }

    boolean missing() {
        return teams.findTeamByName(DemoPeople.KORREWEGWIJK)
                .map(team ->
                        courses.visibleCourses(Pageable.ofSize(500)).stream().noneMatch(c -> c.teamId() == team.id()))
                .orElse(false);
    }

    void create() {
        long teamId =
                teams.findTeamByName(DemoPeople.KORREWEGWIJK).orElseThrow().id();
        create(
                teamId,
                TITLE,
                "WIJ-gebouw Korrewegwijk",
                "teamleider@pendel.test",
                "Joost Brink",
                "Mirjam Dijkstra",
                true);
    }

    /**
     * A team's course mid-course as above: subgroups, schedule, meeting 1 held, homework, the start
     * self-assessment and preconditions scan (answered by the lead too), and a plan per subgroup.
     */
    void create(
            long teamId,
            String title,
            String place,
            String leadEmail,
            String trainer,
            @Nullable String coTrainer,
            boolean withPastCourse) {
        var programme = programmes.latestVersions().stream()
                .filter(v -> v.key().equals("wij-korrewegwijk"))
                .findFirst();
        if (programme.isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate meeting1 = today.minusWeeks(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.TUESDAY));
        CourseSummary course =
                courses.create(draft(teamId, title, programme.get().id(), meeting1, trainer, coTrainer));
        subgroups.composeAutomatically(course.id());
        var sessions = scheduleMeetings(course.id(), meeting1, place);
        recordMeetingOne(course.id(), sessions);
        CourseSummary published =
                courses.changeStatus(course.id(), courses.summary(course.id()).version(), CourseStatus.PUBLISHED);
        courses.changeStatus(course.id(), published.version(), CourseStatus.RUNNING);
        homework.create(course.id(), sessions);
        assessments.startOf(course.id(), leadEmail);
        plans.create(course.id());
        if (withPastCourse && assessments.pastCourseMissing()) {
            assessments.pastCourse();
        }
    }

    /** The course as its planner would have set it up: the whole team, meeting 1 on the given day. */
    private CourseDraft draft(
            long teamId,
            String title,
            long programmeVersionId,
            LocalDate meeting1,
            String trainer,
            @Nullable String coTrainer) {
        List<PersonProfile> members = people.activeTeamParticipants(teamId);
        Map<String, Long> trainers = people.trainers().stream()
                .collect(Collectors.toMap(PersonProfile::displayName, PersonProfile::id, (a, b) -> a));
        CourseDraft draft = new CourseDraft();
        draft.setTitle(title);
        draft.setTeamId(teamId);
        draft.setProgrammeVersionId(programmeVersionId);
        draft.setStartsOn(meeting1.minusWeeks(2));
        draft.setEndsOn(meeting1.plusWeeks(8));
        draft.setTrainerId(trainers.get(trainer));
        draft.setCoTrainerId(coTrainer == null ? null : trainers.get(coTrainer));
        draft.setParticipantIds(members.stream().map(PersonProfile::id).collect(Collectors.toSet()));
        return draft;
    }

    /** Meetings 1, 2 and 3 on meeting 1's day and two and five weeks later; returns the sessions. */
    private List<SessionView> scheduleMeetings(long courseId, LocalDate meeting1, String place) {
        CourseDetails details = courses.details(courseId);
        Map<Long, LocalDate> firstDays = new HashMap<>();
        List<LocalDate> days = List.of(meeting1, meeting1.plusWeeks(2), meeting1.plusWeeks(5));
        for (int i = 0; i < details.meetings().size() && i < days.size(); i++) {
            firstDays.put(details.meetings().get(i).id(), days.get(i));
        }
        return schedule.save(courseId, schedule.generate(courseId, firstDays, place));
    }
}
