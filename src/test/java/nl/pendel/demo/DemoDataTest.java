package nl.pendel.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import nl.pendel.IntegrationTest;
import nl.pendel.account.PersonService;
import nl.pendel.account.PersonSummary;
import nl.pendel.security.PendelUser;
import nl.pendel.security.Role;
import nl.pendel.security.SystemAuthentication;
import nl.pendel.team.TeamService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

@IntegrationTest
class DemoDataTest {

    @Autowired
    DemoDataLoader loader;

    @Autowired
    UserDetailsService users;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    PersonService people;

    @Autowired
    TeamService teams;

    @Test
    void every_demo_login_from_the_readme_exists_with_its_role_and_the_demo_password() {
        Map<String, Role> logins = Map.of(
                "beheerder@pendel.test", Role.ADMIN,
                "trainer@pendel.test", Role.TRAINER,
                "cotrainer@pendel.test", Role.TRAINER,
                "deelnemer@pendel.test", Role.PARTICIPANT,
                "teamleider@pendel.test", Role.TEAM_LEAD,
                "teamleider.oosterpark@pendel.test", Role.TEAM_LEAD);
        logins.forEach((email, role) -> {
            PendelUser user = (PendelUser) users.loadUserByUsername(email);
            assertThat(user.roles()).as(email).containsExactly(role);
            assertThat(passwordEncoder.matches("welkom-in-pendel", user.getPassword()))
                    .as(email)
                    .isTrue();
        });
    }

    @Test
    void korrewegwijk_has_about_24_professionals_of_mixed_disciplines_and_organisations() {
        long teamId = SystemAuthentication.runAsAdministrator(() -> teams.findTeamByName("WIJ Korrewegwijk"))
                .orElseThrow()
                .id();
        var members = SystemAuthentication.runAsAdministrator(() -> people.teamMembers(teamId, Pageable.ofSize(100)));
        var participants = members.stream()
                .filter(p -> p.roles().contains(Role.PARTICIPANT))
                .toList();
        assertThat(participants).hasSize(24);
        assertThat(participants.stream()
                        .map(PersonSummary::discipline)
                        .distinct()
                        .count())
                .isGreaterThanOrEqualTo(6);
        assertThat(participants.stream()
                        .map(PersonSummary::organisationId)
                        .distinct()
                        .count())
                .isGreaterThanOrEqualTo(4);
        assertThat(((PendelUser) users.loadUserByUsername("teamleider@pendel.test")).teamId())
                .isEqualTo(teamId);
        assertThat(((PendelUser) users.loadUserByUsername("teamleider.oosterpark@pendel.test")).teamId())
                .isNotEqualTo(teamId);
    }

    @Autowired
    nl.pendel.course.CourseService courses;

    @Autowired
    nl.pendel.schedule.ScheduleService schedule;

    @Autowired
    java.time.Clock clock;

    @Autowired
    nl.pendel.attendance.AttendanceService attendance;

    @Autowired
    nl.pendel.dashboard.TeamDashboardService dashboards;

    @Autowired
    nl.pendel.precondition.PreconditionService preconditions;

    @Autowired
    nl.pendel.plan.PlanService plans;

    @Test
    void a_session_of_meeting_one_is_over_and_can_no_longer_be_cancelled() {
        var course =
                SystemAuthentication.runAsAdministrator(() -> courses.visibleCourses(Pageable.ofSize(500))).stream()
                        .filter(c -> c.title().equals(DemoCourse.TITLE))
                        .findFirst()
                        .orElseThrow();
        var held = SystemAuthentication.runAsAdministrator(() -> schedule.sessions(course.id())).stream()
                .filter(s -> s.meetingPosition() == 1)
                .findFirst()
                .orElseThrow();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SystemAuthentication.runAsAdministrator(
                        () -> schedule.cancel(course.id(), held.id(), held.version())))
                .hasMessage("schedule.error.cancel-started");
        assertThat(SystemAuthentication.runAsAdministrator(() -> schedule.sessions(course.id())).stream()
                        .filter(s -> s.id() == held.id())
                        .findFirst()
                        .orElseThrow()
                        .status())
                .isEqualTo(nl.pendel.schedule.SessionStatus.PLANNED);
    }

    @Test
    void korrewegwijk_course_is_running_with_meeting_one_held_last_week_and_the_rest_ahead() {
        var course =
                SystemAuthentication.runAsAdministrator(() -> courses.visibleCourses(Pageable.ofSize(500))).stream()
                        .filter(c -> c.title().equals(DemoCourse.TITLE))
                        .findFirst()
                        .orElseThrow();
        assertThat(course.status()).isEqualTo(nl.pendel.course.CourseStatus.RUNNING);
        assertThat(course.participantCount()).isEqualTo(24);
        var sessions = SystemAuthentication.runAsAdministrator(() -> schedule.sessions(course.id()));
        assertThat(sessions).hasSize(12);
        java.time.LocalDate today = java.time.LocalDate.now(clock);
        assertThat(sessions.stream().filter(s -> s.meetingPosition() == 1))
                .allSatisfy(s -> assertThat(s.date()).isBefore(today).isAfter(today.minusDays(14)));
        assertThat(sessions.stream().filter(s -> s.meetingPosition() > 1))
                .allSatisfy(s -> assertThat(s.date()).isAfter(today));
        var hours = SystemAuthentication.runAsAdministrator(() -> attendance.overview(course.id()));
        assertThat(hours).hasSize(24).allSatisfy(h -> {
            assertThat(h.meetingsAttended()).isEqualTo(1);
            assertThat(h.meetingsHeld()).isEqualTo(1);
            assertThat(h.contactHours()).isEqualTo(4.0);
        });
        var sheets = sessions.stream()
                .filter(s -> s.meetingPosition() == 1)
                .flatMap(s ->
                        SystemAuthentication.runAsAdministrator(() -> attendance.sheet(course.id(), s.id())).stream())
                .toList();
        assertThat(sheets)
                .filteredOn(r -> r.status() == nl.pendel.attendance.AttendanceStatus.ABSENT)
                .hasSize(1);
        assertThat(sheets)
                .filteredOn(nl.pendel.attendance.AttendanceRow::catchUp)
                .hasSize(1);
    }

    @Test
    void the_korrewegwijk_course_enrols_its_24_professionals_and_not_the_team_lead() {
        var course =
                SystemAuthentication.runAsAdministrator(() -> courses.visibleCourses(Pageable.ofSize(500))).stream()
                        .filter(c -> c.title().equals(DemoCourse.TITLE))
                        .findFirst()
                        .orElseThrow();
        long lead = ((PendelUser) users.loadUserByUsername("teamleider@pendel.test")).personId();
        var participants = SystemAuthentication.runAsAdministrator(() -> courses.details(course.id()))
                .participantIds();
        assertThat(participants).hasSize(24).doesNotContain(lead);
    }

    @Test
    void most_korrewegwijk_participants_have_a_register_number_and_a_few_do_not_yet() {
        var course =
                SystemAuthentication.runAsAdministrator(() -> courses.visibleCourses(Pageable.ofSize(500))).stream()
                        .filter(c -> c.title().equals(DemoCourse.TITLE))
                        .findFirst()
                        .orElseThrow();
        var list = SystemAuthentication.runAsAdministrator(
                () -> accreditation.list(course.id(), nl.pendel.shared.Translations.DUTCH));

        assertThat(list.participants()).hasSize(24);
        assertThat(list.withoutRegisterNumber())
                .extracting(nl.pendel.attendance.AccreditationList.Participant::displayName)
                .containsExactlyInAnyOrder("Sanne de Vries", "Pieter Smit", "Tom Vos");
        assertThat(list.participants().stream()
                        .filter(nl.pendel.attendance.AccreditationList.Participant::hasRegisterNumber)
                        .map(nl.pendel.attendance.AccreditationList.Participant::registerNumber))
                .hasSize(21)
                .doesNotHaveDuplicates()
                .allSatisfy(number -> assertThat(number).matches("(BIG \\d{11}|SKJ \\d{9}|Registerplein \\d{7})"))
                .anySatisfy(number -> assertThat(number).startsWith("BIG "))
                .anySatisfy(number -> assertThat(number).startsWith("SKJ "))
                .anySatisfy(number -> assertThat(number).startsWith("Registerplein "));
    }

    @Autowired
    nl.pendel.attendance.AccreditationService accreditation;

    @Autowired
    nl.pendel.homework.HomeworkReviewService homeworkReview;

    @Autowired
    nl.pendel.homework.HomeworkFiguresService homeworkFigures;

    @Autowired
    nl.pendel.homework.NeedsBoardService needsBoards;

    @Test
    void korrewegwijk_homework_of_meeting_one_is_mostly_handed_in_and_meeting_two_has_themes_and_drafts() {
        var course =
                SystemAuthentication.runAsAdministrator(() -> courses.visibleCourses(Pageable.ofSize(500))).stream()
                        .filter(c -> c.title().equals(DemoCourse.TITLE))
                        .findFirst()
                        .orElseThrow();
        var meetings = SystemAuthentication.runAsAdministrator(() -> courses.details(course.id()))
                .meetings();
        var figures = SystemAuthentication.runAsAdministrator(() -> homeworkFigures.completion(course.id()));
        assertThat(figures.get(0).onTime()).isEqualTo(21);
        assertThat(figures.get(0).late()).isEqualTo(1);
        assertThat(figures.get(0).missing()).isEqualTo(2);
        var rows = SystemAuthentication.runAsAdministrator(
                () -> homeworkReview.overview(course.id(), meetings.get(0).id()));
        assertThat(rows.stream().filter(r -> r.feedbackCount() > 0)).hasSize(6);
        assertThat(figures.get(1).onTime()).isEqualTo(12);
        assertThat(figures.get(1).open()).isEqualTo(12);
        var board = SystemAuthentication.runAsAdministrator(
                () -> needsBoards.needsBoard(course.id(), meetings.get(1).id()));
        assertThat(board.contributions()).isEqualTo(12);
        assertThat(board.team()).hasSizeGreaterThan(5);
        assertThat(board.bySubgroup()).containsOnlyKeys(1, 2, 3, 4);
    }

    @Autowired
    nl.pendel.assessment.SelfAssessmentService assessments;

    @Test
    void korrewegwijk_started_with_self_assessments_and_oosterpark_has_a_closed_course_with_growth() {
        var all = SystemAuthentication.runAsAdministrator(() -> courses.visibleCourses(Pageable.ofSize(500)));
        var korrewegwijk = all.stream()
                .filter(c -> c.title().equals(DemoCourse.TITLE))
                .findFirst()
                .orElseThrow();
        var oosterpark = all.stream()
                .filter(c -> c.title().equals(DemoAssessments.PAST_TITLE))
                .findFirst()
                .orElseThrow();
        assertThat(oosterpark.status()).isEqualTo(nl.pendel.course.CourseStatus.CLOSED);
        assertThat(oosterpark.endsOn()).isBefore(java.time.LocalDate.now(clock));

        var sanne = (PendelUser) users.loadUserByUsername("deelnemer@pendel.test");
        var growth = SystemAuthentication.runAs(sanne, () -> assessments.myGrowth(korrewegwijk.id()));
        assertThat(growth.moments()).containsExactly(nl.pendel.assessment.MomentKind.START);
        double preventive = growth.competences().stream()
                .filter(c -> c.orientation() == nl.pendel.programme.ProgrammeOutline.Orientation.PREVENTIVE)
                .mapToDouble(c -> c.averages().get(nl.pendel.assessment.MomentKind.START))
                .average()
                .orElseThrow();
        double environment = growth.competences().stream()
                .filter(c -> c.orientation() == nl.pendel.programme.ProgrammeOutline.Orientation.ENVIRONMENT)
                .mapToDouble(c -> c.averages().get(nl.pendel.assessment.MomentKind.START))
                .average()
                .orElseThrow();
        assertThat(preventive).isGreaterThan(environment);
        var lead = (PendelUser) users.loadUserByUsername("teamleider@pendel.test");
        var scan = SystemAuthentication.runAs(lead, () -> preconditions.comparison(korrewegwijk.id()));
        assertThat(scan.participantsAnswered()).isEqualTo(16);
        var room = scan.rows().getFirst();
        assertThat(room.precondition()).isEqualTo(nl.pendel.precondition.Precondition.ROOM);
        assertThat(room.teamAverage())
                .as("the team sees less room than its lead")
                .isLessThan(room.leadRating());

        var wouter = (PendelUser) users.loadUserByUsername("wouter.huizinga@pendel.test");
        var past = SystemAuthentication.runAs(wouter, () -> assessments.myGrowth(oosterpark.id()));
        assertThat(past.moments())
                .containsExactly(nl.pendel.assessment.MomentKind.START, nl.pendel.assessment.MomentKind.END);
        assertThat(past.competences())
                .filteredOn(c -> c.orientation() == nl.pendel.programme.ProgrammeOutline.Orientation.ENVIRONMENT)
                .allSatisfy(c -> assertThat(c.averages().get(nl.pendel.assessment.MomentKind.END))
                        .isGreaterThan(c.averages().get(nl.pendel.assessment.MomentKind.START)));
        assertThat(past.goals())
                .as("the goals of the start are rated at the end")
                .filteredOn(g -> g.setAt() == nl.pendel.assessment.MomentKind.START)
                .isNotEmpty()
                .allSatisfy(g -> assertThat(g.progress()).containsKey(nl.pendel.assessment.MomentKind.END));

        var oosterparkLead = (PendelUser) users.loadUserByUsername("teamleider.oosterpark@pendel.test");
        var dashboard = SystemAuthentication.runAs(oosterparkLead, () -> dashboards.dashboard(oosterpark.id()));
        assertThat(dashboard.attendance().meetingsHeld()).isEqualTo(3);
        assertThat(dashboard.attendance().attendedAll())
                .as("all but the one who missed meeting 2")
                .isEqualTo(dashboard.attendance().participants() - 1);
        var spreads = dashboard.competences().stream()
                .map(c ->
                        c.perMoment().get(nl.pendel.assessment.MomentKind.START).spread())
                .toList();
        assertThat(spreads).as("people differ").allSatisfy(sd -> assertThat(sd).isGreaterThan(0.3));
    }

    @Test
    void every_korrewegwijk_subgroup_has_a_plan_in_progress_and_one_is_nearly_complete() {
        var lead = (PendelUser) users.loadUserByUsername("teamleider@pendel.test");
        var all = SystemAuthentication.runAs(lead, () -> plans.visiblePlans());
        assertThat(all)
                .filteredOn(p -> p.courseTitle().equals(DemoCourse.TITLE))
                .extracting(nl.pendel.plan.PlanSummary::subgroupNumber)
                .containsExactlyInAnyOrder(1, 2, 3, 4);
        assertThat(all).allSatisfy(p -> assertThat(p.status()).isEqualTo(nl.pendel.plan.PlanStatus.IN_PROGRESS));
        assertThat(all).filteredOn(p -> p.emptyRequired() == 0).hasSize(1);
        var budget =
                all.stream().filter(p -> p.emptyRequired() == 0).findFirst().orElseThrow();
        var plan = SystemAuthentication.runAs(lead, () -> plans.plan(budget.id()));
        assertThat(plan.sections())
                .filteredOn(nl.pendel.plan.PlanSection::isEmpty)
                .isNotEmpty();
        var needs = SystemAuthentication.runAs(lead, () -> plans.commonNeeds(budget.id()));
        assertThat(needs)
                .as("the needs board of meeting 2 to pick the common need from")
                .isNotEmpty();
        assertThat(needs).extracting(nl.pendel.plan.NeedChoice::label).doesNotHaveDuplicates();
        assertThat(needs.getFirst().ownSubgroup())
                .as("the plan's own subgroup first")
                .isTrue();
    }

    @Test
    void loading_the_demo_again_changes_nothing() {
        long before = SystemAuthentication.runAsAdministrator(() -> people.count("", null));
        assertThat(SystemAuthentication.runAsAdministrator(loader::loadOnce)).isFalse();
        assertThat(SystemAuthentication.runAsAdministrator(() -> people.count("", null)))
                .isEqualTo(before);
    }

    @Test
    void demo_data_is_never_loaded_with_the_prod_profile() {
        var environment = new org.springframework.mock.env.MockEnvironment();
        environment.setActiveProfiles("prod");
        environment.setProperty("pendel.demo-data", "true");
        assertThat(new DemoDataLoader(environment, teams, people, null, null, null).enabled())
                .isFalse();
        var embedded = new org.springframework.mock.env.MockEnvironment();
        assertThat(new DemoDataLoader(embedded, teams, people, null, null, null).enabled())
                .isTrue();
        var external = new org.springframework.mock.env.MockEnvironment();
        external.setProperty("spring.datasource.url", "jdbc:mariadb://db.example/pendel");
        assertThat(new DemoDataLoader(external, teams, people, null, null, null).enabled())
                .isFalse();
        external.setActiveProfiles("demo");
        assertThat(new DemoDataLoader(external, teams, people, null, null, null).enabled())
                .isTrue();
    }
}
