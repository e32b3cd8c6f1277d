package nl.pendel.rights;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.pendel.TestData;
import nl.pendel.account.PersonSummary;
import nl.pendel.assessment.AssessmentDraft;
import nl.pendel.assessment.MemberScoresService;
import nl.pendel.assessment.Moment;
import nl.pendel.assessment.SelfAssessmentService;
import nl.pendel.attendance.AttendanceService;
import nl.pendel.attendance.AttendanceStatus;
import nl.pendel.course.CourseService;
import nl.pendel.homework.DraftSaved;
import nl.pendel.homework.HomeworkReviewService;
import nl.pendel.homework.HomeworkService;
import nl.pendel.plan.PlanFixtures;
import nl.pendel.plan.PlanSectionService;
import nl.pendel.plan.PlanService;
import nl.pendel.precondition.Precondition;
import nl.pendel.precondition.PreconditionAnswer;
import nl.pendel.precondition.PreconditionService;
import nl.pendel.programme.ProgrammeOutline;
import nl.pendel.shared.files.TestDocuments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A participant with something in every module, made through the real services: homework handed in
 * with an attachment and the trainer's feedback plus a draft, a self-assessment with own words and
 * a goal (opened by the lead), preconditions answered, attendance with a note, a plan section, a
 * comment and a personal draft, and the invitations publishing the course sent. A colleague in the
 * same course rated too, so team figures exist beside theirs.
 */
@Component
public class FilledPerson {

    public static final String HOMEWORK_TEXT = "Mijn huiswerk: in de Korrewegwijk zie ik veel eenzaamheid.";
    public static final String HOMEWORK_DRAFT = "Concept voor bijeenkomst twee over schulden.";
    public static final String ATTACHMENT_TEXT = "Bijlage bij mijn huiswerk over de wijk.";
    public static final String FEEDBACK = "Sterk beschreven, neem dit mee naar je subgroep.";
    public static final String MASTERED = "Ik luister goed naar wat bewoners zelf willen.";
    public static final String DEVELOPMENT = "Netwerken van bewoners activeren.";
    public static final String GOAL = "Elke week een uur in het buurthuis zijn.";
    public static final String PRECONDITION_COMMENT = "Te weinig tijd voor de wijk.";
    public static final String ATTENDANCE_NOTE = "Kwam een kwartier later.";
    public static final String PLAN_TEXT = "Jonge ouders in de wijk met geldzorgen.";
    public static final String PLAN_COMMENT = "Goed idee, ik doe mee met de uitnodiging.";
    public static final String PLAN_DRAFT = "Budgetcafé (werktitel, nog niet opgeslagen)";

    private final TestData testData;
    private final PlanFixtures planFixtures;
    private final CourseService courses;
    private final HomeworkService homework;
    private final nl.pendel.homework.MyHomeworkService myHomework;
    private final HomeworkReviewService review;
    private final SelfAssessmentService assessments;
    private final MemberScoresService memberScores;
    private final PreconditionService preconditions;
    private final AttendanceService attendance;
    private final PlanService plans;
    private final PlanSectionService sections;
    private final JdbcClient jdbc;

    FilledPerson(
            TestData testData,
            PlanFixtures planFixtures,
            CourseService courses,
            HomeworkService homework,
            nl.pendel.homework.MyHomeworkService myHomework,
            HomeworkReviewService review,
            SelfAssessmentService assessments,
            MemberScoresService memberScores,
            PreconditionService preconditions,
            AttendanceService attendance,
            PlanService plans,
            PlanSectionService sections,
            JdbcClient jdbc) {
        this.testData = testData;
        this.planFixtures = planFixtures;
        this.courses = courses;
        this.homework = homework;
        this.myHomework = myHomework;
        this.review = review;
        this.assessments = assessments;
        this.memberScores = memberScores;
        this.preconditions = preconditions;
        this.attendance = attendance;
        this.plans = plans;
        this.sections = sections;
        this.jdbc = jdbc;
    }

    /** What was made: the person, a colleague in the same course, the course and its people. */
    public record Filled(
            PlanFixtures.Course course, PersonSummary person, PersonSummary colleague, long planId, long sessionId) {}

    public Filled create() {
        PlanFixtures.Course course = planFixtures.published(4);
        PersonSummary person = course.member(1, 0);
        PersonSummary colleague = course.fixture().participants().stream()
                .filter(p -> p.id() != person.id())
                .findFirst()
                .orElseThrow();
        long courseId = course.id();
        String trainer = course.trainer().email();
        var meetings = testData.runAs(trainer, () -> courses.details(courseId)).meetings();
        long meeting1 = meetings.get(0).id();
        long meeting2 = meetings.get(1).id();

        testData.runAs(person.email(), () -> {
            DraftSaved saved = homework.saveDraft(courseId, meeting1, HOMEWORK_TEXT, 0);
            homework.addFile(courseId, meeting1, "wijkverslag.pdf", TestDocuments.pdf(ATTACHMENT_TEXT));
            homework.submit(
                    courseId, meeting1, myHomework.mine(courseId, meeting1).version(), true);
            homework.saveDraft(courseId, meeting2, HOMEWORK_DRAFT, 0);
            return saved;
        });
        var handedIn = testData.runAs(person.email(), () -> myHomework.mine(courseId, meeting1));
        long submissionId = handedIn.submissions().getFirst().id();
        testData.runAs(
                trainer,
                () -> review.giveFeedback(
                        courseId, submissionId, FEEDBACK, nl.pendel.homework.Outcome.VOLDAAN, handedIn.version()));

        Moment start = testData.openMomentToday(trainer, courseId, 0);
        ProgrammeOutline.Framework framework = testData.runAs(trainer, () -> assessments.framework(courseId));
        submit(framework, courseId, start, person.email(), 4, MASTERED, DEVELOPMENT, GOAL);
        submit(framework, courseId, start, colleague.email(), 2, "Collega beheerst", "Collega leert", "Collega doel");
        testData.runAs(course.lead().email(), () -> memberScores.open(courseId, person.id()));

        testData.runAs(
                person.email(),
                () -> preconditions.save(
                        courseId, List.of(new PreconditionAnswer(Precondition.ROOM, 2, PRECONDITION_COMMENT)), 0));

        long sessionId =
                jdbc.sql("""
                        select s.id from course_session s
                        join subgroup_member m on m.subgroup_id = s.subgroup_id and m.course_id = s.course_id
                        where s.course_id = ? and m.person_id = ? order by s.session_date limit 1""").params(courseId, person.id()).query(Long.class).single();
        testData.runAs(
                trainer,
                () -> attendance.record(courseId, sessionId, person.id(), AttendanceStatus.PRESENT, ATTENDANCE_NOTE));

        long planId = testData.runAs(person.email(), () -> plans.start(courseId, null));
        testData.runAs(person.email(), () -> {
            sections.save(planId, "doelgroep", PLAN_TEXT, 0, true);
            sections.comment(planId, "doelgroep", PLAN_COMMENT);
            sections.saveDraft(planId, "werktitel", PLAN_DRAFT, 0);
        });
        return new Filled(course, person, colleague, planId, sessionId);
    }

    private void submit(
            ProgrammeOutline.Framework framework,
            long courseId,
            Moment moment,
            String email,
            int level,
            String mastered,
            String development,
            String goal) {
        Map<Long, Integer> all = new HashMap<>();
        framework.competences().forEach(c -> c.indicators().forEach(i -> all.put(i.id(), level)));
        testData.runAs(email, () -> {
            long version = assessments.saveDraft(
                    courseId, moment.id(), new AssessmentDraft(all, mastered, development, List.of(goal)), 0);
            assessments.submit(courseId, moment.id(), version);
        });
    }
}
