package nl.pendel.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
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
import nl.pendel.precondition.Precondition;
import nl.pendel.precondition.PreconditionAnswer;
import nl.pendel.precondition.PreconditionService;
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
    private final PreconditionService preconditionScan;
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
            PreconditionService preconditionScan,
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
        this.preconditionScan = preconditionScan;
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
        preconditions(courseId, participants, leadEmail);
    }

    /**
     * The preconditions scan of Korrewegwijk: sixteen participants and the lead. The team sees less
     * room and a thinner social map than its lead does; knowledge and collaboration they agree on.
     */
    private void preconditions(long courseId, List<PersonContact> participants, String leadEmail) {
        int[][] team = {{2, 3}, {3, 4}, {2, 3}, {3, 4}, {4, 4}};
        for (int i = 0; i < 16 && i < participants.size(); i++) {
            int person = i;
            List<PreconditionAnswer> answers = new ArrayList<>();
            for (Precondition p : Precondition.values()) {
                int[] range = team[p.ordinal()];
                int rating = range[0] + (person % 3 == 0 ? 0 : 1) - (person % 5 == 0 ? 1 : 0);
                String comment = person == 1 && p == Precondition.ROOM
                        ? "Door de caseload is er weinig tijd om de wijk in te gaan."
                        : person == 4 && p == Precondition.INFRASTRUCTURE
                                ? "Niet iedereen weet welke vrijwilligersinitiatieven er zijn."
                                : "";
                answers.add(new PreconditionAnswer(p, Math.clamp(rating, 1, 5), comment));
            }
            SystemAuthentication.runAs(
                    accounts.loadUserByUsername(participants.get(person).email()),
                    () -> preconditionScan.save(courseId, answers, 0));
        }
        int[] lead = {4, 4, 4, 4, 4};
        List<PreconditionAnswer> leadAnswers = new ArrayList<>();
        for (Precondition p : Precondition.values()) {
            leadAnswers.add(new PreconditionAnswer(p, lead[p.ordinal()], ""));
        }
        SystemAuthentication.runAs(
                accounts.loadUserByUsername(leadEmail), () -> preconditionScan.save(courseId, leadAnswers, 0));
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
        Map<String, Long> trainers = people.trainers().stream()
                .collect(Collectors.toMap(PersonProfile::displayName, PersonProfile::id, (a, b) -> a));
        LocalDate first = LocalDate.now(clock).minusMonths(8).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
        CourseDraft draft = new CourseDraft();
        draft.setTitle(PAST_TITLE);
        draft.setTeamId(teamId);
        draft.setProgrammeVersionId(programme.get().id());
        draft.setStartsOn(first.minusWeeks(2));
        draft.setEndsOn(first.plusWeeks(8));
        draft.setTrainerId(trainers.get("Mirjam Dijkstra"));
        draft.setSubgroupCount(2);
        draft.setParticipantIds(people.activeTeamParticipants(teamId).stream()
                .map(PersonProfile::id)
                .collect(Collectors.toSet()));
        CourseSummary course = courses.create(draft);
        subgroups.composeAutomatically(course.id());
        CourseDetails details = courses.details(course.id());
        Map<Long, LocalDate> days = new HashMap<>();
        List<LocalDate> meetingDays = List.of(first, first.plusWeeks(2), first.plusWeeks(5));
        for (int i = 0; i < details.meetings().size() && i < meetingDays.size(); i++) {
            days.put(details.meetings().get(i).id(), meetingDays.get(i));
        }
        schedule.save(course.id(), schedule.generate(course.id(), days, "WIJ-gebouw Oosterpark"));
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
        List<String> goals = moment.kind() == MomentKind.START
                ? seed % 2 == 0
                        ? List.of(START_GOALS.get(seed % START_GOALS.size()))
                        : List.of(
                                START_GOALS.get(seed % START_GOALS.size()),
                                START_GOALS.get((seed + 2) % START_GOALS.size()))
                : List.of(END_GOALS.get(seed % END_GOALS.size()));
        Map<Integer, Integer> progress = new HashMap<>();
        if (growth > 0) {
            int earlierGoals = seed % 2 == 0 ? 1 : 2;
            for (int i = 0; i < earlierGoals; i++) {
                progress.put(i, 2 + Math.floorMod(seed + i, 3));
            }
        }
        AssessmentDraft answers = new AssessmentDraft(
                ratings,
                MASTERED.get(seed % MASTERED.size()),
                DEVELOPMENT.get((seed + 1) % DEVELOPMENT.size()),
                goals,
                progress);
        SystemAuthentication.runAs(accounts.loadUserByUsername(person.email()), () -> {
            long version = past.saveDraft(courseId, moment.id(), answers, 0);
            past.submit(courseId, moment.id(), version);
            if (seed % 3 == 0) {
                memberScores.shareWithLead(courseId, moment.id(), true);
            }
            return null;
        });
    }

    private List<PersonContact> participants(long courseId) {
        return people.contacts(courses.details(courseId).participantIds()).stream()
                .sorted(Comparator.comparing(PersonContact::displayName))
                .toList();
    }
}
