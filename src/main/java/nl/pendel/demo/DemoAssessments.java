package nl.pendel.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.pendel.account.PersonContact;
import nl.pendel.account.PersonProfile;
import nl.pendel.account.PersonService;
import nl.pendel.assessment.AssessmentDraft;
import nl.pendel.assessment.MemberScoresService;
import nl.pendel.assessment.Moment;
import nl.pendel.assessment.MomentKind;
import nl.pendel.assessment.SelfAssessmentService;
import nl.pendel.attendance.AttendanceRow;
import nl.pendel.attendance.AttendanceService;
import nl.pendel.attendance.AttendanceStatus;
import nl.pendel.course.CourseDetails;
import nl.pendel.course.CourseDraft;
import nl.pendel.course.CourseService;
import nl.pendel.course.CourseStatus;
import nl.pendel.course.CourseSummary;
import nl.pendel.programme.ProgrammeOutline;
import nl.pendel.programme.ProgrammeService;
import nl.pendel.schedule.ScheduleService;
import nl.pendel.schedule.SessionView;
import nl.pendel.security.SystemAuthentication;
import nl.pendel.subgroup.SubgroupService;
import nl.pendel.team.TeamService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Self-assessments in the demo: the Korrewegwijk start moment filled in by all but two, the
 * preventive side (competences 1 and 4) rated higher than the environment-oriented side (2 and
 * 3), as the research found; and a closed spring course of Oosterpark with start and end moments
 * that show growth on the environment-oriented side. Written as the participants would have, at
 * the time they would have.
 */
@Component
class DemoAssessments {

    static final String PAST_TITLE = "Omgevingsgericht en preventief werken – WIJ-Oosterpark (voorjaar)";

    private final SelfAssessmentService assessments;
    private final MemberScoresService memberScores;
    private final CourseService courses;
    private final DemoPreconditions preconditions;
    private final AttendanceService attendance;
    private final ProgrammeService programmes;
    private final SubgroupService subgroups;
    private final ScheduleService schedule;
    private final TeamService teams;
    private final PersonService people;
    private final UserDetailsService accounts;
    private final Clock clock;

    DemoAssessments(
            SelfAssessmentService assessments,
            MemberScoresService memberScores,
            CourseService courses,
            DemoPreconditions preconditions,
            AttendanceService attendance,
            ProgrammeService programmes,
            SubgroupService subgroups,
            ScheduleService schedule,
            TeamService teams,
            PersonService people,
            UserDetailsService accounts,
            Clock clock) {
        this.assessments = assessments;
        this.memberScores = memberScores;
        this.courses = courses;
        this.preconditions = preconditions;
        this.attendance = attendance;
        this.programmes = programmes;
        this.subgroups = subgroups;
        this.schedule = schedule;
        this.teams = teams;
        this.people = people;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** A running course's start moment (Korrewegwijk's in the demo); runs as an administrator. */
    void startOf(long courseId, String leadEmail) {
        Moment start = assessments.moments(courseId).getFirst();
        List<PersonContact> participants = participants(courseId);
        for (int i = 0; i < participants.size() - 2; i++) {
            answer(courseId, start, participants.get(i), i, 0);
        }
        preconditions.create(courseId, participants, leadEmail);
    }

    /** The closed Oosterpark course of last spring with start and end moments; runs as an administrator. */
    void pastCourse() {
        long teamId = teams.findTeamByName(DemoPeople.OOSTERPARK).orElseThrow().id();
        var programme = programmes.latestVersions().stream()
                .filter(v -> v.key().equals("wij-korrewegwijk"))
                .findFirst();
        if (programme.isEmpty()) {
            return;
        }
        LocalDate first = LocalDate.now(clock).minusMonths(8).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
        CourseSummary course = courses.create(pastDraft(teamId, programme.get().id(), first));
        subgroups.composeAutomatically(course.id());
        schedulePast(course.id(), first);
        CourseSummary published =
                courses.changeStatus(course.id(), courses.summary(course.id()).version(), CourseStatus.PUBLISHED);
        CourseSummary running = courses.changeStatus(course.id(), published.version(), CourseStatus.RUNNING);
        recordAttendance(course.id());
        List<Moment> moments = assessments.moments(course.id());
        List<PersonContact> participants = participants(course.id());
        for (int i = 0; i < participants.size(); i++) {
            answer(course.id(), moments.get(0), participants.get(i), i, 0);
            answer(course.id(), moments.get(1), participants.get(i), i, 1);
        }
        courses.changeStatus(course.id(), running.version(), CourseStatus.CLOSED);
    }

    /** The past course as its planner would have set it up: two subgroups, the whole team. */
    private CourseDraft pastDraft(long teamId, long programmeVersionId, LocalDate first) {
        Map<String, Long> trainers = people.trainers().stream()
                .collect(Collectors.toMap(PersonProfile::displayName, PersonProfile::id, (a, b) -> a));
        CourseDraft draft = new CourseDraft();
        draft.setTitle(PAST_TITLE);
        draft.setTeamId(teamId);
        draft.setProgrammeVersionId(programmeVersionId);
        draft.setStartsOn(first.minusWeeks(2));
        draft.setEndsOn(first.plusWeeks(8));
        draft.setTrainerId(trainers.get("Mirjam Dijkstra"));
        draft.setSubgroupCount(2);
        draft.setParticipantIds(people.activeTeamParticipants(teamId).stream()
                .map(PersonProfile::id)
                .collect(Collectors.toSet()));
        return draft;
    }

    /** The past course's meetings on the first day, two weeks later and five weeks later. */
    private void schedulePast(long courseId, LocalDate first) {
        CourseDetails details = courses.details(courseId);
        Map<Long, LocalDate> days = new HashMap<>();
        List<LocalDate> meetingDays = List.of(first, first.plusWeeks(2), first.plusWeeks(5));
        for (int i = 0; i < details.meetings().size() && i < meetingDays.size(); i++) {
            days.put(details.meetings().get(i).id(), meetingDays.get(i));
        }
        schedule.save(courseId, schedule.generate(courseId, days, "WIJ-gebouw Oosterpark"));
    }

    /** Everyone at every session, except one person who missed the second meeting. */
    private void recordAttendance(long courseId) {
        boolean oneMissed = false;
        for (SessionView session : schedule.sessions(courseId)) {
            for (AttendanceRow row : attendance.sheet(courseId, session.id())) {
                boolean missed = !oneMissed && session.meetingPosition() == 2;
                oneMissed |= missed;
                attendance.record(
                        courseId,
                        session.id(),
                        row.person().id(),
                        missed ? AttendanceStatus.ABSENT : AttendanceStatus.PRESENT,
                        missed ? "Afgemeld" : "");
            }
        }
    }

    boolean pastCourseMissing() {
        return courses.visibleCourses(org.springframework.data.domain.Pageable.ofSize(500)).stream()
                .noneMatch(c -> c.title().equals(PAST_TITLE));
    }

    private static final List<String> START_GOALS = List.of(
            "Vaker samen met bewoners en partners in de wijk kijken wat er nodig is",
            "De sociale kaart van de wijk echt kennen en gebruiken",
            "Bij elke nieuwe vraag nagaan of meer bewoners hetzelfde meemaken",
            "Bewoners zelf laten organiseren in plaats van het over te nemen",
            "Signalen van collega's uit andere disciplines eerder oppakken");
    private static final List<String> END_GOALS = List.of(
            "Het netwerk in de wijk blijven gebruiken",
            "Elke maand één collectieve vraag in het teamoverleg brengen",
            "Een bewonersinitiatief ondersteunen zonder het te trekken");
    private static final List<String> MASTERED = List.of(
            "Een goede relatie opbouwen en vroeg signaleren.",
            "Bewoners laten vertellen wat zij zelf willen, en daar naar handelen.",
            "Snel zien wanneer een situatie dreigt te escaleren.",
            "Samenwerken met collega's van andere organisaties in het team.");
    private static final List<String> DEVELOPMENT = List.of(
            "Collectieve oplossingen zoeken en het netwerk van de wijk benutten.",
            "Minder zelf oplossen, meer overlaten aan het netwerk van de bewoner.",
            "De wijk kennen: welke initiatieven en vrijwilligers er al zijn.",
            "Over de grenzen van mijn eigen discipline heen kijken.");

    /**
     * One participant's answers at a moment, given on its second-to-last day. Each person has a
     * tendency of their own (a level lower or higher) and every indicator some variation; the
     * preventive side (1 and 4) starts a level above the environment-oriented side (2 and 3),
     * which grows a level by the end (the preventive side a little). At the end the goals of the
     * start are rated; every third person shares their own words with the lead.
     */
    private void answer(long courseId, Moment moment, PersonContact person, int seed, int growth) {
        Clock then = Clock.fixed(
                moment.closesOn()
                        .minusDays(1)
                        .atTime(20, 0)
                        .atZone(clock.getZone())
                        .toInstant(),
                clock.getZone());
        SelfAssessmentService past = assessments.at(then);
        ProgrammeOutline.Framework framework = past.framework(courseId);
        AssessmentDraft answers = new AssessmentDraft(
                ratings(framework, seed, growth),
                MASTERED.get(seed % MASTERED.size()),
                DEVELOPMENT.get((seed + 1) % DEVELOPMENT.size()),
                goals(moment, seed),
                progress(seed, growth));
        SystemAuthentication.runAs(accounts.loadUserByUsername(person.email()), () -> {
            long version = past.saveDraft(courseId, moment.id(), answers, 0);
            past.submit(courseId, moment.id(), version);
            if (seed % 3 == 0) {
                memberScores.shareWithLead(courseId, moment.id(), true);
            }
            return null;
        });
    }

    /** Ratings per indicator: a personal tendency, some variation, growth on the environment-oriented side. */
    private static Map<Long, Integer> ratings(ProgrammeOutline.Framework framework, int seed, int growth) {
        Map<Long, Integer> ratings = new HashMap<>();
        int tendency = Math.floorMod(seed * 7, 3) - 1;
        int n = 0;
        for (ProgrammeOutline.Competence competence : framework.competences()) {
            boolean preventive = competence.orientation() == ProgrammeOutline.Orientation.PREVENTIVE;
            for (ProgrammeOutline.Indicator indicator : competence.indicators()) {
                int variation = Math.floorMod(seed * 73 + n * 151 + seed * n * 11, 7);
                n++;
                int level = preventive
                        ? 3 + tendency + (variation % 3 - 1) + (growth > 0 && variation % 4 == 0 ? 1 : 0)
                        : 2 + tendency + variation % 2 + growth;
                ratings.put(indicator.id(), Math.clamp(level, 1, 5));
            }
        }
        return ratings;
    }

    private static List<String> goals(Moment moment, int seed) {
        return moment.kind() == MomentKind.START
                ? seed % 2 == 0
                        ? List.of(START_GOALS.get(seed % START_GOALS.size()))
                        : List.of(
                                START_GOALS.get(seed % START_GOALS.size()),
                                START_GOALS.get((seed + 2) % START_GOALS.size()))
                : List.of(END_GOALS.get(seed % END_GOALS.size()));
    }

    /** At the end, progress on the goals set at the start. */
    private static Map<Integer, Integer> progress(int seed, int growth) {
        Map<Integer, Integer> progress = new HashMap<>();
        if (growth > 0) {
            int earlierGoals = seed % 2 == 0 ? 1 : 2;
            for (int i = 0; i < earlierGoals; i++) {
                progress.put(i, 2 + Math.floorMod(seed + i, 3));
            }
        }
        return progress;
    }

    private List<PersonContact> participants(long courseId) {
        return people.contacts(courses.details(courseId).participantIds()).stream()
                .sorted(Comparator.comparing(PersonContact::displayName))
                .toList();
    }
}
