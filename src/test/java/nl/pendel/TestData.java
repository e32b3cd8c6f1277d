package nl.pendel;

import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import nl.pendel.account.Discipline;
import nl.pendel.account.PersonDraft;
import nl.pendel.account.PersonService;
import nl.pendel.account.PersonSummary;
import nl.pendel.course.CourseDraft;
import nl.pendel.course.CourseService;
import nl.pendel.course.CourseStatus;
import nl.pendel.course.CourseSummary;
import nl.pendel.programme.ProgrammeService;
import nl.pendel.security.Role;
import nl.pendel.security.SystemAuthentication;
import nl.pendel.team.OrganisationDraft;
import nl.pendel.team.OrganisationSummary;
import nl.pendel.team.TeamDraft;
import nl.pendel.team.TeamService;
import nl.pendel.team.TeamSummary;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/** Builds test data through the real services, with unique names so tests never collide. */
@Component
public class TestData {

    public static final String PASSWORD = "een-lang-test-wachtwoord";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final TeamService teams;
    private final PersonService people;
    private final UserDetailsService userDetailsService;
    private final ProgrammeService programmes;
    private final CourseService courses;
    private final nl.pendel.subgroup.SubgroupService subgroups;
    private final nl.pendel.schedule.ScheduleService schedule;
    private final nl.pendel.assessment.SelfAssessmentService assessments;
    private final java.time.Clock clock;

    TestData(
            TeamService teams,
            PersonService people,
            UserDetailsService userDetailsService,
            ProgrammeService programmes,
            CourseService courses,
            nl.pendel.subgroup.SubgroupService subgroups,
            nl.pendel.schedule.ScheduleService schedule,
            nl.pendel.assessment.SelfAssessmentService assessments,
            java.time.Clock clock) {
        this.teams = teams;
        this.people = people;
        this.userDetailsService = userDetailsService;
        this.programmes = programmes;
        this.courses = courses;
        this.subgroups = subgroups;
        this.schedule = schedule;
        this.assessments = assessments;
        this.clock = clock;
    }

    /**
     * Moves the course's self-assessment moment {@code index} (0 start, 1 end, 2 follow-up), as
     * its trainer, so that it is open from yesterday for a week: the test courses lie in 2027.
     */
    public nl.pendel.assessment.Moment openMomentToday(String trainerEmail, long courseId, int index) {
        return runAs(trainerEmail, () -> {
            nl.pendel.assessment.Moment moment = assessments.moments(courseId).get(index);
            java.time.LocalDate today = java.time.LocalDate.now(clock);
            return assessments.changeMoment(
                    courseId, moment.id(), today.minusDays(1), today.plusDays(7), moment.version());
        });
    }

    /** The first days of the three Korrewegwijk meetings in the test courses (Tuesdays in 2027). */
    public static final java.util.List<java.time.LocalDate> MEETING_DAYS = java.util.List.of(
            java.time.LocalDate.of(2027, 1, 26),
            java.time.LocalDate.of(2027, 2, 9),
            java.time.LocalDate.of(2027, 3, 2));

    /** Meeting id → first day, the standard days moved the given number of weeks later. */
    public java.util.Map<Long, java.time.LocalDate> firstDays(CourseFixture fixture, int weeksLater) {
        var meetings = runAs(
                        fixture.trainer().email(),
                        () -> courses.details(fixture.course().id()))
                .meetings();
        java.util.Map<Long, java.time.LocalDate> days = new java.util.HashMap<>();
        for (int i = 0; i < meetings.size(); i++) {
            days.put(meetings.get(i).id(), MEETING_DAYS.get(i).plusWeeks(weeksLater));
        }
        return days;
    }

    /** Composes the fixture's subgroups and saves the generated schedule, as its trainer. */
    public java.util.List<nl.pendel.schedule.SessionView> schedule(CourseFixture fixture, String place) {
        return schedule(fixture, place, 0);
    }

    /** As {@link #schedule(CourseFixture, String)}, with every meeting the given weeks later. */
    public java.util.List<nl.pendel.schedule.SessionView> schedule(
            CourseFixture fixture, String place, int weeksLater) {
        long courseId = fixture.course().id();
        return runAs(fixture.trainer().email(), () -> {
            subgroups.composeAutomatically(courseId);
            return schedule.save(courseId, schedule.generate(courseId, firstDays(fixture, weeksLater), place));
        });
    }

    /** Cancels a session of the fixture's course as its trainer, through the schedule service. */
    public void cancel(CourseFixture fixture, nl.pendel.schedule.SessionView session) {
        runAs(fixture.trainer().email(), () -> schedule.cancel(fixture.course().id(), session.id(), session.version()));
    }

    /**
     * A course of {@code participants} people (as {@link #course(int)}) in subgroups, with its
     * meetings scheduled at a unique "Buurthuis", published by its trainer.
     */
    public CourseFixture published(int participants) {
        return published(participants, unique("Buurthuis"));
    }

    /** As {@link #published(int)}, with the meetings at this place. */
    public CourseFixture published(int participants, String place) {
        CourseFixture fixture = course(participants);
        schedule(fixture, place);
        publish(fixture);
        return fixture;
    }

    /** A course of {@code participants} people (as {@link #course(int)}), published without a schedule. */
    public CourseFixture publishedUnscheduled(int participants) {
        CourseFixture fixture = course(participants);
        publish(fixture);
        return fixture;
    }

    /** Publishes the fixture's course as its trainer (its invitations go out as usual). */
    public void publish(CourseFixture fixture) {
        long courseId = fixture.course().id();
        runAs(
                fixture.trainer().email(),
                () -> courses.changeStatus(
                        courseId, courses.details(courseId).summary().version(), CourseStatus.PUBLISHED));
    }

    /** Runs the work as this signed-in account, through the real security checks. */
    public <T> T runAs(String email, Supplier<T> work) {
        var user = userDetailsService.loadUserByUsername(email);
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public void runAs(String email, Runnable work) {
        runAs(email, () -> {
            work.run();
            return null;
        });
    }

    /**
     * The prefix with a part no other test uses. The part is written in base 36: nine decimal
     * digits could pass the eleven-proof, and a name holding a citizen service number is refused.
     */
    public static String unique(String prefix) {
        return prefix + "-" + Long.toString(System.nanoTime() % 1_000_000_000, 36) + "-" + SEQUENCE.incrementAndGet();
    }

    public TeamSummary team() {
        TeamDraft draft = new TeamDraft();
        draft.setName(unique("Team"));
        draft.setDistrict(unique("Wijk"));
        return SystemAuthentication.runAsAdministrator(() -> teams.saveTeam(draft));
    }

    public OrganisationSummary organisation() {
        OrganisationDraft draft = new OrganisationDraft();
        draft.setName(unique("Organisatie"));
        return SystemAuthentication.runAsAdministrator(() -> teams.saveOrganisation(draft));
    }

    public PersonSummary deactivate(PersonSummary person) {
        return SystemAuthentication.runAsAdministrator(() -> people.deactivate(person.id(), person.version()));
    }

    /**
     * A team with a trainer and the given number of participants of mixed disciplines, and a
     * concept course on the newest Korrewegwijk programme that includes all of them.
     */
    public CourseFixture course(int participants) {
        return course(participants, trainer(), null);
    }

    /** As {@link #course(int)}, with this trainer and co-trainer (or none). */
    public CourseFixture course(
            int participants, PersonSummary trainer, @org.jspecify.annotations.Nullable PersonSummary coTrainer) {
        TeamSummary team = team();
        var organisations = java.util.List.of(
                organisation().id(), organisation().id(), organisation().id());
        var disciplines = Discipline.values();
        java.util.List<PersonSummary> members = new java.util.ArrayList<>();
        for (int i = 0; i < participants; i++) {
            PersonBuilder builder = person().team(team.id());
            builder.draft.setDiscipline(disciplines[i % 6]);
            builder.draft.setOrganisationId(organisations.get(i % organisations.size()));
            members.add(builder.create());
        }
        long programmeVersionId = SystemAuthentication.runAsAdministrator(() -> programmes.latestVersions().stream()
                .filter(v -> v.key().equals("wij-korrewegwijk"))
                .findFirst()
                .orElseThrow()
                .id());
        CourseDraft draft = new CourseDraft();
        draft.setTitle(unique("Cursus"));
        draft.setTeamId(team.id());
        draft.setProgrammeVersionId(programmeVersionId);
        draft.setStartsOn(java.time.LocalDate.of(2027, 1, 11));
        draft.setEndsOn(java.time.LocalDate.of(2027, 3, 31));
        draft.setTrainerId(trainer.id());
        draft.setCoTrainerId(coTrainer == null ? null : coTrainer.id());
        draft.setParticipantIds(members.stream().map(PersonSummary::id).collect(java.util.stream.Collectors.toSet()));
        CourseSummary course = runAs(trainer.email(), () -> courses.create(draft));
        return new CourseFixture(team, trainer, members, course);
    }

    public record CourseFixture(
            TeamSummary team,
            PersonSummary trainer,
            java.util.List<PersonSummary> participants,
            CourseSummary course) {}

    /** A new person with only the team-lead role, in this team. */
    public PersonSummary teamLead(long teamId) {
        return person().roles(Role.TEAM_LEAD).team(teamId).create();
    }

    /** A new person with only the trainer role, in no team. */
    public PersonSummary trainer() {
        return person().roles(Role.TRAINER).noTeam().create();
    }

    public PersonBuilder person() {
        return new PersonBuilder();
    }

    /** A person with sensible defaults: a participant of a new team, with {@link #PASSWORD}. */
    public class PersonBuilder {

        private final PersonDraft draft = new PersonDraft();
        private boolean teamSet;

        PersonBuilder() {
            String id = unique("p");
            draft.setDisplayName("Test " + id);
            draft.setEmail(id + "@pendel.test");
            draft.setDiscipline(Discipline.SOCIAL_WORKER);
            draft.setRoles(EnumSet.of(Role.PARTICIPANT));
            draft.setNewPassword(PASSWORD);
        }

        public PersonBuilder roles(Role... roles) {
            draft.setRoles(Set.of(roles));
            return this;
        }

        public PersonBuilder team(long teamId) {
            draft.setTeamId(teamId);
            teamSet = true;
            return this;
        }

        public PersonBuilder discipline(Discipline discipline) {
            draft.setDiscipline(discipline);
            return this;
        }

        public PersonBuilder noTeam() {
            teamSet = true;
            return this;
        }

        /** Without a password, as an imported person: they cannot sign in until they choose one. */
        public PersonBuilder noPassword() {
            draft.setNewPassword("");
            return this;
        }

        public PersonBuilder name(String name) {
            draft.setDisplayName(name);
            return this;
        }

        public PersonBuilder registerNumber(String registerNumber) {
            draft.setRegisterNumber(registerNumber);
            return this;
        }

        public PersonSummary create() {
            if (!teamSet) {
                draft.setTeamId(TestData.this.team().id());
            }
            return SystemAuthentication.runAsAdministrator(() -> people.save(draft));
        }
    }
}
