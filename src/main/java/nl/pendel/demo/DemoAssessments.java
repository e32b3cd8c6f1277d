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
import nl.pendel.assessment.Moment;
import nl.pendel.assessment.MomentKind;
import nl.pendel.assessment.SelfAssessmentService;
import nl.pendel.course.CourseDetails;
import nl.pendel.course.CourseDraft;
import nl.pendel.course.CourseService;
import nl.pendel.course.CourseStatus;
import nl.pendel.course.CourseSummary;
import nl.pendel.programme.ProgrammeOutline;
import nl.pendel.programme.ProgrammeService;
import nl.pendel.schedule.ScheduleService;
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
    private final CourseService courses;
    private final ProgrammeService programmes;
    private final SubgroupService subgroups;
    private final ScheduleService schedule;
    private final TeamService teams;
    private final PersonService people;
    private final UserDetailsService accounts;
    private final Clock clock;

    DemoAssessments(
            SelfAssessmentService assessments,
            CourseService courses,
            ProgrammeService programmes,
            SubgroupService subgroups,
            ScheduleService schedule,
            TeamService teams,
            PersonService people,
            UserDetailsService accounts,
            Clock clock) {
        this.assessments = assessments;
        this.courses = courses;
        this.programmes = programmes;
        this.subgroups = subgroups;
        this.schedule = schedule;
        this.teams = teams;
        this.people = people;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** The Korrewegwijk start moment; runs as an administrator. */
    void startOf(long courseId) {
        Moment start = assessments.moments(courseId).getFirst();
        List<PersonContact> participants = participants(courseId);
        for (int i = 0; i < participants.size() - 2; i++) {
            answer(courseId, start, participants.get(i), i, 0);
        }
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
        draft.setParticipantIds(people.activeTeamMembers(teamId).stream()
                .filter(p -> p.discipline() != null)
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
        CourseSummary published = courses.changeStatus(
                course.id(), courses.details(course.id()).summary().version(), CourseStatus.PUBLISHED);
        CourseSummary running = courses.changeStatus(course.id(), published.version(), CourseStatus.RUNNING);
        List<Moment> moments = assessments.moments(course.id());
        List<PersonContact> participants = participants(course.id());
        for (int i = 0; i < participants.size(); i++) {
            answer(course.id(), moments.get(0), participants.get(i), i, 0);
            answer(course.id(), moments.get(1), participants.get(i), i, 1);
        }
        courses.changeStatus(course.id(), running.version(), CourseStatus.CLOSED);
    }

    boolean pastCourseMissing() {
        return courses.visibleCourses(org.springframework.data.domain.Pageable.ofSize(500)).stream()
                .noneMatch(c -> c.title().equals(PAST_TITLE));
    }

    /**
     * One participant's answers at a moment, given on its second-to-last day: preventive
     * indicators 3–4, environment-oriented ones 2–3 at the start and a level higher at the end.
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
        int n = 0;
        for (ProgrammeOutline.Competence competence : framework.competences()) {
            boolean preventive = competence.orientation() == ProgrammeOutline.Orientation.PREVENTIVE;
            for (ProgrammeOutline.Indicator indicator : competence.indicators()) {
                int base = preventive ? 3 : 2;
                int level = base + ((seed + n++) % 3 == 0 ? 1 : 0) + (preventive ? 0 : growth);
                ratings.put(indicator.id(), Math.min(level, 5));
            }
        }
        String goal = moment.kind() == MomentKind.START
                ? "Vaker samen met bewoners en partners in de wijk kijken wat er nodig is"
                : "Het netwerk in de wijk blijven gebruiken";
        AssessmentDraft answers = new AssessmentDraft(
                ratings,
                "Een goede relatie opbouwen en vroeg signaleren.",
                "Collectieve oplossingen zoeken en het netwerk van de wijk benutten.",
                List.of(goal));
        SystemAuthentication.runAs(accounts.loadUserByUsername(person.email()), () -> {
            long version = past.saveDraft(courseId, moment.id(), answers, 0);
            past.submit(courseId, moment.id(), version);
            return null;
        });
    }

    private List<PersonContact> participants(long courseId) {
        return people.contacts(courses.details(courseId).participantIds()).stream()
                .sorted(Comparator.comparing(PersonContact::displayName))
                .toList();
    }
}
