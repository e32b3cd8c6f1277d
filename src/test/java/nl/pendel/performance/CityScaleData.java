package nl.pendel.performance;

import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import nl.pendel.account.Discipline;
import nl.pendel.account.PersonDraft;
import nl.pendel.account.PersonService;
import nl.pendel.account.PersonSummary;
import nl.pendel.assessment.Moment;
import nl.pendel.assessment.SelfAssessmentService;
import nl.pendel.course.CourseDetails;
import nl.pendel.course.CourseDraft;
import nl.pendel.course.CourseService;
import nl.pendel.course.CourseStatus;
import nl.pendel.course.CourseSummary;
import nl.pendel.plan.PlanService;
import nl.pendel.programme.ProgrammeOutline;
import nl.pendel.programme.ProgrammeService;
import nl.pendel.schedule.ScheduleService;
import nl.pendel.schedule.SessionView;
import nl.pendel.security.Role;
import nl.pendel.security.SystemAuthentication;
import nl.pendel.subgroup.CourseSubgroup;
import nl.pendel.subgroup.SubgroupService;
import nl.pendel.team.OrganisationDraft;
import nl.pendel.team.TeamDraft;
import nl.pendel.team.TeamService;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * City-scale data: the eleven Groningen teams, each with its own trainer, lead and 64 members, and
 * four courses a year for five years (220 courses of 56 participants). Each course's skeleton is
 * made through the real services (course from the programme, subgroups, schedule, moments, plans),
 * so it is what the application itself would store; everything people then did in it — about
 * 600 000 self-assessment ratings with goals and reviews, homework with submissions and feedback,
 * attendance, the preconditions scan, plan texts with their versions and comments — is written
 * straight into MariaDB with multi-row inserts. Courses that ended are closed. Deterministic.
 */
final class CityScaleData {

    static final int TEAMS = 11;
    static final int YEARS = 5;
    static final int FIRST_YEAR = 2022;
    static final int COURSES_PER_YEAR = 4;
    static final int TEAM_SIZE = 64;
    static final int PARTICIPANTS = 56;
    static final String TEAM_PREFIX = "Stadsteam ";
    private static final int[] COURSE_MONTHS = {1, 4, 9, 11};
    private static final String PASSWORD = "stad-op-schaal-wachtwoord";
    private static final List<String> SECTIONS = List.of(
            "werktitel", "gemeenschappelijke-vraag", "doelgroep", "wat-voorkomen", "activiteit", "eigenaarschap");

    /** What the generator made, for the report. */
    record Counts(int teams, int courses, Map<String, Long> rows) {}

    private final JdbcTemplate jdbc;
    private final TeamService teams;
    private final PersonService people;
    private final CourseService courses;
    private final ProgrammeService programmes;
    private final SubgroupService subgroups;
    private final ScheduleService schedule;
    private final SelfAssessmentService assessments;
    private final PlanService plans;
    private final UserDetailsService accounts;
    private final LocalDate today;

    CityScaleData(ApplicationContext context, LocalDate today) {
        this.jdbc = context.getBean(JdbcTemplate.class);
        this.teams = context.getBean(TeamService.class);
        this.people = context.getBean(PersonService.class);
        this.courses = context.getBean(CourseService.class);
        this.programmes = context.getBean(ProgrammeService.class);
        this.subgroups = context.getBean(SubgroupService.class);
        this.schedule = context.getBean(ScheduleService.class);
        this.assessments = context.getBean(SelfAssessmentService.class);
        this.plans = context.getBean(PlanService.class);
        this.accounts = context.getBean(UserDetailsService.class);
        this.today = today;
    }

    /** True when an earlier run generated the data (it is kept in the benchmark's data folder). */
    boolean present() {
        return SystemAuthentication.runAsAdministrator(
                () -> teams.findTeamByName(TEAM_PREFIX + TEAMS).isPresent());
    }

    static String trainerEmail(int team) {
        return "trainer" + team + "@stad.test";
    }

    static String leadEmail(int team) {
        return "teamleider" + team + "@stad.test";
    }

    Counts generate() {
        long programmeVersionId = SystemAuthentication.runAsAdministrator(() -> programmes.latestVersions().stream()
                .filter(v -> v.key().equals("wij-korrewegwijk"))
                .findFirst()
                .orElseThrow()
                .id());
        if (SystemAuthentication.runAsAdministrator(() -> teams.findTeamByName(TEAM_PREFIX + 1))
                .isPresent()) {
            throw new IllegalStateException(
                    "An earlier generation stopped halfway; delete ~/.pendel/city-scale and run again");
        }
        var password = SystemAuthentication.runAsAdministrator(() -> people.preparePassword(PASSWORD));
        List<Long> organisations = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            OrganisationDraft draft = new OrganisationDraft();
            draft.setName("Stadsorganisatie " + i);
            organisations.add(SystemAuthentication.runAsAdministrator(() -> teams.saveOrganisation(draft))
                    .id());
        }
        int made = 0;
        for (int t = 1; t <= TEAMS; t++) {
            long started = System.nanoTime();
            TeamDraft teamDraft = new TeamDraft();
            teamDraft.setName(TEAM_PREFIX + t);
            teamDraft.setDistrict("Stadswijk " + t);
            long teamId = SystemAuthentication.runAsAdministrator(() -> teams.saveTeam(teamDraft))
                    .id();
            PersonSummary trainer =
                    person(trainerEmail(t), "Trainer " + t, null, null, null, Set.of(Role.TRAINER), password);
            PersonSummary lead =
                    person(leadEmail(t), "Teamleider " + t, null, teamId, null, Set.of(Role.TEAM_LEAD), password);
            List<Long> members = new ArrayList<>();
            for (int m = 0; m < TEAM_SIZE; m++) {
                members.add(person(
                                "lid" + t + "-" + m + "@stad.test",
                                "Teamlid " + t + "." + m,
                                Discipline.values()[m % 6],
                                teamId,
                                organisations.get(m % organisations.size()),
                                Set.of(Role.PARTICIPANT),
                                password)
                        .id());
            }
            for (int year = FIRST_YEAR; year < FIRST_YEAR + YEARS; year++) {
                for (int q = 0; q < COURSES_PER_YEAR; q++) {
                    LocalDate first = LocalDate.of(year, COURSE_MONTHS[q], 1)
                            .with(TemporalAdjusters.firstInMonth(DayOfWeek.TUESDAY))
                            .plusWeeks(1);
                    if (first.isAfter(today)) {
                        continue;
                    }
                    int offset = (year * COURSES_PER_YEAR + q) * 5 % TEAM_SIZE;
                    List<Long> participants = new ArrayList<>();
                    for (int p = 0; p < PARTICIPANTS; p++) {
                        participants.add(members.get((offset + p) % TEAM_SIZE));
                    }
                    course(t, teamId, trainer, lead, participants, programmeVersionId, first, year * 10 + q);
                    made++;
                }
            }
            System.out.printf(
                    "city-scale: team %d of %d generated (%d courses so far, %.0f s)%n",
                    t, TEAMS, made, (System.nanoTime() - started) / 1e9);
        }
        Map<String, Long> rows = new java.util.LinkedHashMap<>();
        for (String table : List.of(
                "course",
                "course_session",
                "self_assessment",
                "self_assessment_rating",
                "development_goal",
                "goal_review",
                "homework",
                "homework_submission",
                "homework_feedback",
                "attendance",
                "precondition_rating",
                "activity_plan",
                "plan_section_version",
                "plan_comment")) {
            rows.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
        }
        return new Counts(TEAMS, made, rows);
    }

    private PersonSummary person(
            String email,
            String name,
            Discipline discipline,
            Long teamId,
            Long organisationId,
            Set<Role> roles,
            nl.pendel.account.PreparedPassword password) {
        PersonDraft draft = new PersonDraft();
        draft.setEmail(email);
        draft.setDisplayName(name);
        draft.setDiscipline(discipline);
        draft.setTeamId(teamId);
        draft.setOrganisationId(organisationId);
        draft.setRoles(roles);
        draft.setPreparedPassword(password);
        return SystemAuthentication.runAsAdministrator(() -> people.save(draft));
    }

    private <T> T as(String email, Supplier<T> work) {
        return SystemAuthentication.runAs(accounts.loadUserByUsername(email), work);
    }

    /** One course: skeleton through the services, what people did in it by multi-row inserts. */
    private void course(
            int team,
            long teamId,
            PersonSummary trainer,
            PersonSummary lead,
            List<Long> participants,
            long programmeVersionId,
            LocalDate first,
            int seed) {
        CourseDraft draft = new CourseDraft();
        draft.setTitle("Omgevingsgericht en preventief werken – " + TEAM_PREFIX + team + " " + first.getYear() + "-"
                + first.getMonthValue());
        draft.setTeamId(teamId);
        draft.setProgrammeVersionId(programmeVersionId);
        draft.setStartsOn(first.minusWeeks(2));
        draft.setEndsOn(first.plusWeeks(8));
        draft.setTrainerId(trainer.id());
        draft.setParticipantIds(new java.util.HashSet<>(participants));
        String trainerEmail = trainer.email();
        long courseId = as(trainerEmail, () -> {
            CourseSummary course = courses.create(draft);
            subgroups.composeAutomatically(course.id());
            List<CourseDetails.Meeting> meetings = courses.details(course.id()).meetings();
            List<LocalDate> days = List.of(first, first.plusWeeks(2), first.plusWeeks(5));
            Map<Long, LocalDate> firstDays = new HashMap<>();
            for (int i = 0; i < meetings.size(); i++) {
                firstDays.put(meetings.get(i).id(), days.get(i));
            }
            schedule.save(course.id(), schedule.generate(course.id(), firstDays, "Wijkcentrum " + team));
            long version = courses.details(course.id()).summary().version();
            CourseSummary published = courses.changeStatus(course.id(), version, CourseStatus.PUBLISHED);
            courses.changeStatus(course.id(), published.version(), CourseStatus.RUNNING);
            return course.id();
        });
        CourseDetails details = as(trainerEmail, () -> courses.details(courseId));
        List<Moment> moments = as(trainerEmail, () -> assessments.moments(courseId));
        ProgrammeOutline.Framework framework = as(trainerEmail, () -> assessments.framework(courseId));
        List<SessionView> sessions = as(trainerEmail, () -> schedule.sessions(courseId));
        List<CourseSubgroup> courseSubgroups = as(trainerEmail, () -> subgroups.ofCourse(courseId));
        Map<Long, Set<Long>> members =
                courseSubgroups.stream().collect(Collectors.toMap(CourseSubgroup::id, CourseSubgroup::members));
        List<Long> planIds = new ArrayList<>();
        for (CourseSubgroup subgroup : courseSubgroups) {
            long subgroupId = subgroup.id();
            int count = 1 + (int) ((subgroupId + seed) % 2);
            for (int i = 0; i < count; i++) {
                planIds.add(as(trainerEmail, () -> plans.start(courseId, subgroupId)));
            }
        }

        LocalDate end = details.summary().endsOn();
        boolean past = end.isBefore(today);
        assessments(moments, framework, participants, seed, past);
        homework(courseId, trainer.id(), details, sessions, members, participants, seed);
        attendance(trainer.id(), sessions, members);
        preconditions(courseId, participants, lead.id(), seed, first);
        planTexts(planIds, participants, trainer.id(), seed, first);
        if (past) {
            jdbc.update("update course set status = 'CLOSED' where id = ?", courseId);
        }
    }

    private void assessments(
            List<Moment> moments,
            ProgrammeOutline.Framework framework,
            List<Long> participants,
            int seed,
            boolean past) {
        List<Long> indicators = framework.competences().stream()
                .flatMap(c -> c.indicators().stream())
                .map(ProgrammeOutline.Indicator::id)
                .toList();
        Map<Long, Boolean> preventive = new HashMap<>();
        framework.competences().forEach(c -> c.indicators()
                .forEach(i -> preventive.put(i.id(), c.orientation() == ProgrammeOutline.Orientation.PREVENTIVE)));
        Long earlierMoment = null;
        for (int m = 0; m < moments.size(); m++) {
            Moment moment = moments.get(m);
            if (!past && m > 0) {
                break;
            }
            List<Object[]> rows = new ArrayList<>();
            Timestamp at = Timestamp.valueOf(moment.closesOn().minusDays(1).atTime(20, 0));
            for (int p = 0; p < participants.size(); p++) {
                // everyone at start and end, seven in ten at the follow-up
                if (m == 2 && (p + seed) % 10 >= 7) {
                    continue;
                }
                rows.add(new Object[] {
                    moment.id(),
                    participants.get(p),
                    "SUBMITTED",
                    "Contact leggen met bewoners.",
                    "Het netwerk van de wijk benutten.",
                    at,
                    at,
                    (p + seed) % 3 == 0
                });
            }
            insert(
                    "self_assessment",
                    "moment_id, person_id, state, mastered, development, saved_at, submitted_at, shared_with_lead",
                    rows);
            Map<Long, Long> ids = ids("select person_id, id from self_assessment where moment_id = ?", moment.id());
            List<Object[]> ratings = new ArrayList<>();
            List<Object[]> goals = new ArrayList<>();
            List<Object[]> reviews = new ArrayList<>();
            Map<Long, Long> earlier = earlierMoment == null
                    ? Map.of()
                    : ids("select person_id, id from self_assessment where moment_id = ?", earlierMoment);
            int growth = m;
            ids.forEach((person, assessment) -> {
                int tendency = (int) ((person * 7 + seed) % 3) - 1;
                int n = 0;
                for (long indicator : indicators) {
                    int variation = (int) ((person * 73 + n++ * 151 + seed) % 7);
                    int level = preventive.get(indicator)
                            ? 3 + tendency + variation % 3 - 1
                            : 2 + tendency + variation % 2 + growth;
                    ratings.add(new Object[] {assessment, indicator, Math.clamp(level, 1, 5)});
                }
                goals.add(new Object[] {assessment, 0, "Vaker samen met bewoners kijken wat er nodig is"});
                if (person % 2 == 0) {
                    goals.add(new Object[] {assessment, 1, "De sociale kaart van de wijk gebruiken"});
                }
                Long goalAssessment = earlier.get(person);
                if (goalAssessment != null) {
                    reviews.add(new Object[] {assessment, goalAssessment, 0, 2 + (int) (person % 3)});
                }
            });
            insert("self_assessment_rating", "assessment_id, indicator_id, level_value", ratings);
            insert("development_goal", "assessment_id, position, text", goals);
            insert("goal_review", "assessment_id, goal_assessment_id, goal_position, progress", reviews);
            earlierMoment = moment.id();
        }
    }

    private void homework(
            long courseId,
            long trainerId,
            CourseDetails details,
            List<SessionView> sessions,
            Map<Long, Set<Long>> members,
            List<Long> participants,
            int seed) {
        Map<Long, Long> subgroupOf = new HashMap<>();
        members.forEach((subgroup, ids) -> ids.forEach(id -> subgroupOf.put(id, subgroup)));
        for (CourseDetails.Meeting meeting : details.meetings()) {
            Map<Long, LocalDateTime> startOf = sessions.stream()
                    .filter(s -> s.meetingId() == meeting.id())
                    .collect(Collectors.toMap(
                            SessionView::subgroupId, s -> s.date().atTime(s.start()), (a, b) -> a));
            if (startOf.values().stream().allMatch(start -> start.toLocalDate().isAfter(today))) {
                continue;
            }
            List<Object[]> rows = new ArrayList<>();
            for (int p = 0; p < participants.size(); p++) {
                boolean handedIn = (p + seed) % 10 != 0;
                LocalDateTime start = startOf.get(subgroupOf.get(participants.get(p)));
                rows.add(new Object[] {
                    courseId,
                    meeting.id(),
                    participants.get(p),
                    handedIn ? "" : "Nog mee bezig.",
                    Timestamp.valueOf(start.minusDays(3)),
                    handedIn ? "SUBMITTED" : "DRAFT"
                });
            }
            insert("homework", "course_id, meeting_id, person_id, draft_text, draft_saved_at, state", rows);
            List<Object[]> submissions = new ArrayList<>();
            jdbc.query(
                    "select id, person_id from homework where meeting_id = ? and state = 'SUBMITTED'",
                    rs -> {
                        long person = rs.getLong(2);
                        LocalDateTime start = startOf.get(subgroupOf.get(person));
                        boolean late = (person + seed) % 17 == 0;
                        submissions.add(new Object[] {
                            rs.getLong(1),
                            1,
                            "In mijn caseload zie ik vaak eenzaamheid en geldzorgen samengaan.",
                            Timestamp.valueOf(late ? start.plusHours(1) : start.minusDays(2)),
                            late
                        });
                    },
                    meeting.id());
            insert("homework_submission", "homework_id, number, body, submitted_at, late", submissions);
            List<Object[]> feedback = new ArrayList<>();
            jdbc.query(
                    """
                    select s.id, s.submitted_at from homework_submission s join homework h on h.id = s.homework_id
                    where h.meeting_id = ? and mod(s.id, 3) = 0""",
                    rs -> {
                        feedback.add(new Object[] {
                            rs.getLong(1),
                            trainerId,
                            "Goed beschreven; neem het mee naar de bijeenkomst.",
                            Timestamp.from(rs.getTimestamp(2).toInstant().plusSeconds(86_400))
                        });
                    },
                    meeting.id());
            insert("homework_feedback", "submission_id, trainer_id, body, given_at", feedback);
        }
    }

    private void attendance(long trainerId, List<SessionView> sessions, Map<Long, Set<Long>> members) {
        List<Object[]> rows = new ArrayList<>();
        for (SessionView session : sessions) {
            if (session.date().isAfter(today)) {
                continue;
            }
            Timestamp at = Timestamp.valueOf(session.date().atTime(session.end()));
            for (long person : members.getOrDefault(session.subgroupId(), Set.of())) {
                boolean absent = (person + session.id()) % 12 == 0;
                rows.add(new Object[] {
                    session.id(), person, absent ? "ABSENT" : "PRESENT", absent ? "Afgemeld" : "", false, trainerId, at
                });
            }
        }
        insert("attendance", "session_id, person_id, status, note, catch_up, recorded_by, recorded_at", rows);
    }

    private void preconditions(long courseId, List<Long> participants, long leadId, int seed, LocalDate first) {
        List<Object[]> responses = new ArrayList<>();
        List<Object[]> ratings = new ArrayList<>();
        Timestamp at = Timestamp.valueOf(first.atTime(9, 0));
        List<Long> respondents = new ArrayList<>(participants.subList(0, participants.size() * 3 / 4));
        respondents.add(leadId);
        String[] preconditions = {"ROOM", "LEADERSHIP", "INFRASTRUCTURE", "KNOWLEDGE", "COLLABORATION"};
        for (long person : respondents) {
            responses.add(new Object[] {courseId, person, person == leadId ? "LEAD" : "PARTICIPANT", at});
            for (int i = 0; i < preconditions.length; i++) {
                ratings.add(new Object[] {courseId, person, preconditions[i], 1 + (person + i + seed) % 5, ""});
            }
        }
        insert("precondition_response", "course_id, person_id, respondent, updated_at", responses);
        insert("precondition_rating", "course_id, person_id, precondition, rating, comment", ratings);
    }

    private void planTexts(List<Long> planIds, List<Long> participants, long trainerId, int seed, LocalDate first) {
        List<Object[]> versions = new ArrayList<>();
        List<Object[]> comments = new ArrayList<>();
        int n = 0;
        for (long planId : planIds) {
            long writer = participants.get((n++ * 7 + seed) % participants.size());
            Timestamp at = Timestamp.valueOf(first.plusWeeks(3).atTime(14, 0));
            for (String section : SECTIONS) {
                for (int version = 1; version <= 2; version++) {
                    versions.add(new Object[] {
                        planId, section, version, "Tekst van " + section + ", versie " + version, writer, at
                    });
                }
            }
            comments.add(new Object[] {planId, "activiteit", trainerId, "Wie uit de wijk doet er mee?", at});
            comments.add(new Object[] {planId, "doelgroep", writer, "Goed punt, dat zoeken we uit.", at});
        }
        insert("plan_section_version", "plan_id, section_key, version, content, saved_by, saved_at", versions);
        insert("plan_comment", "plan_id, section_key, author_id, text, created_at", comments);
        if (!planIds.isEmpty()) {
            String in = planIds.stream().map(String::valueOf).collect(Collectors.joining(","));
            String keys = SECTIONS.stream().map(k -> "'" + k + "'").collect(Collectors.joining(","));
            jdbc.update("update plan_section set content = concat('Tekst van ', section_key, ', versie 2'),"
                    + " version = 2, updated_at = current_timestamp(6) where plan_id in (" + in
                    + ") and section_key in (" + keys + ")");
            jdbc.update("update activity_plan set status = 'IN_PROGRESS' where id in (" + in + ")");
        }
    }

    private Map<Long, Long> ids(String sql, Object parameter) {
        Map<Long, Long> result = new HashMap<>();
        jdbc.query(
                sql,
                rs -> {
                    result.put(rs.getLong(1), rs.getLong(2));
                },
                parameter);
        return result;
    }

    /** Multi-row inserts: as many rows per statement as the placeholder limit allows (at most 2000). */
    private void insert(String table, String columns, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        int width = rows.getFirst().length;
        int perStatement = Math.min(2000, 60_000 / width);
        String tuple = "(" + String.join(", ", java.util.Collections.nCopies(width, "?")) + ")";
        for (int from = 0; from < rows.size(); from += perStatement) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + perStatement));
            String sql = "insert into " + table + " (" + columns + ") values "
                    + String.join(", ", java.util.Collections.nCopies(chunk.size(), tuple));
            Object[] values = new Object[chunk.size() * width];
            for (int i = 0; i < chunk.size(); i++) {
                System.arraycopy(chunk.get(i), 0, values, i * width, width);
            }
            jdbc.update(sql, values);
        }
    }
}
