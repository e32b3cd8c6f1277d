package nl.pendel.completion;

import java.util.HashMap;
import java.util.Map;
import nl.pendel.TestData;
import nl.pendel.TestData.CourseFixture;
import nl.pendel.account.PersonSummary;
import nl.pendel.assessment.AssessmentDraft;
import nl.pendel.assessment.Moment;
import nl.pendel.assessment.SelfAssessmentService;
import nl.pendel.attendance.AttendanceService;
import nl.pendel.attendance.AttendanceStatus;
import nl.pendel.course.CourseDetails;
import nl.pendel.course.CourseService;
import nl.pendel.homework.DraftSaved;
import nl.pendel.homework.HomeworkReading;
import nl.pendel.homework.HomeworkReviewService;
import nl.pendel.homework.HomeworkService;
import nl.pendel.homework.Outcome;
import nl.pendel.plan.Plan;
import nl.pendel.plan.PlanProgressService;
import nl.pendel.plan.PlanSection;
import nl.pendel.plan.PlanSectionService;
import nl.pendel.plan.PlanService;
import nl.pendel.plan.PlanStatus;
import nl.pendel.programme.ProgrammeOutline;
import nl.pendel.schedule.SessionView;
import org.springframework.stereotype.Component;

/**
 * Makes a participant complete a course through the owning modules' own services, as the trainer
 * and the participant would: attendance, homework judged "voldaan", the start and end
 * self-assessments, and their subgroup's plan signed off as ready for meeting 3.
 */
@Component
public class CompletionFixtures {

    private final TestData testData;
    private final CourseService courses;
    private final AttendanceService attendance;
    private final HomeworkService homework;
    private final HomeworkReviewService review;
    private final SelfAssessmentService assessments;
    private final PlanService plans;
    private final PlanSectionService sections;
    private final PlanProgressService progress;
    /** Asked for when used: contexts without the test clock (the production-like ones) still start. */
    private final org.springframework.beans.factory.ObjectProvider<nl.pendel.TestClock> clock;

    private final nl.pendel.subgroup.SubgroupService subgroups;
    private final nl.pendel.schedule.ScheduleService schedule;

    CompletionFixtures(
            TestData testData,
            CourseService courses,
            AttendanceService attendance,
            HomeworkService homework,
            HomeworkReviewService review,
            SelfAssessmentService assessments,
            PlanService plans,
            PlanSectionService sections,
            PlanProgressService progress,
            nl.pendel.subgroup.SubgroupService subgroups,
            nl.pendel.schedule.ScheduleService schedule,
            org.springframework.beans.factory.ObjectProvider<nl.pendel.TestClock> clock) {
        this.clock = clock;
        this.subgroups = subgroups;
        this.schedule = schedule;
        this.testData = testData;
        this.courses = courses;
        this.attendance = attendance;
        this.homework = homework;
        this.review = review;
        this.assessments = assessments;
        this.plans = plans;
        this.sections = sections;
        this.progress = progress;
    }

    /**
     * A published course of {@code participants} with the test courses' meetings (2027), and the
     * clock set to a week after its last meeting (the test clock is put back after each test).
     */
    public CourseFixture course(int participants) {
        CourseFixture fixture = testData.published(participants);
        clock.getObject().setTo(TestData.MEETING_DAYS.getLast().plusDays(8), java.time.LocalTime.of(10, 0));
        return fixture;
    }

    /** Everything the rule asks, for this participant, with {@code attend} of their sessions attended. */
    public void complete(CourseFixture fixture, PersonSummary person, int attend) {
        long courseId = fixture.course().id();
        String trainer = fixture.trainer().email();
        var sessions = testData.runAs(trainer, () -> attendanceSessions(courseId, person.id()));
        sessions.stream()
                .limit(attend)
                .forEach(s -> testData.runAs(
                        trainer, () -> attendance.record(courseId, s.id(), person.id(), AttendanceStatus.PRESENT, "")));
        for (CourseDetails.Meeting meeting : testData.runAs(trainer, () -> courses.meetingsOf(courseId))) {
            if (!meeting.preparationTitle().isBlank()) {
                voldaan(fixture, person, meeting.id(), meeting.asksCaseloadThemes());
            }
        }
        submit(fixture, person, 0);
        submit(fixture, person, 1);
        readyPlan(fixture, person);
    }

    private java.util.List<SessionView> attendanceSessions(long courseId, long personId) {
        long subgroupId = subgroups.ofCourse(courseId).stream()
                .filter(s -> s.members().contains(personId))
                .findFirst()
                .orElseThrow()
                .id();
        return schedule.sessions(courseId).stream()
                .filter(s -> s.subgroupId() == subgroupId)
                .toList();
    }

    private void voldaan(CourseFixture fixture, PersonSummary person, long meetingId, boolean themes) {
        long courseId = fixture.course().id();
        testData.runAs(person.email(), () -> {
            if (themes) {
                homework.saveThemes(
                        courseId,
                        meetingId,
                        java.util.List.of(new nl.pendel.homework.ThemeAnswer(null, "Eenzaamheid bij ouderen", 3)));
            }
            DraftSaved saved = homework.saveDraft(courseId, meetingId, "Wat ik in de wijk zag.", 0);
            return homework.submit(courseId, meetingId, saved.version(), false);
        });
        String trainer = fixture.trainer().email();
        long homeworkId = testData.runAs(trainer, () -> review.overview(courseId, meetingId)).stream()
                .filter(r -> r.personId() == person.id())
                .findFirst()
                .orElseThrow()
                .homeworkId();
        HomeworkReading reading = testData.runAs(trainer, () -> review.read(courseId, homeworkId));
        testData.runAs(
                trainer,
                () -> review.giveFeedback(
                        courseId, reading.submissions().getFirst().id(), "", Outcome.VOLDAAN, reading.version()));
    }

    private void submit(CourseFixture fixture, PersonSummary person, int index) {
        long courseId = fixture.course().id();
        Moment moment = testData.openMomentToday(fixture.trainer().email(), courseId, index);
        ProgrammeOutline.Framework framework =
                testData.runAs(fixture.trainer().email(), () -> assessments.framework(courseId));
        Map<Long, Integer> all = new HashMap<>();
        framework.competences().stream().flatMap(c -> c.indicators().stream()).forEach(i -> all.put(i.id(), 3));
        testData.runAs(person.email(), () -> {
            long version = assessments.saveDraft(
                    courseId,
                    moment.id(),
                    new AssessmentDraft(
                            all,
                            "gesprekken",
                            "netwerk",
                            java.util.List.of("Vaker de wijk in"),
                            // the end looks back on the start's one goal
                            index == 0 ? Map.of() : Map.of(0, 3)),
                    assessments.mine(courseId, moment.id()).version());
            assessments.submit(courseId, moment.id(), version);
        });
    }

    private void readyPlan(CourseFixture fixture, PersonSummary person) {
        long courseId = fixture.course().id();
        var existing = testData.runAs(person.email(), () -> plans.plansOfCourse(courseId));
        if (!existing.isEmpty() && existing.getFirst().status().compareTo(PlanStatus.READY) >= 0) {
            return;
        }
        long planId = testData.runAs(person.email(), () -> plans.start(courseId, null));
        long v1 = testData.runAs(person.email(), () -> progress.changeStatus(planId, PlanStatus.IN_PROGRESS, 0));
        Plan plan = testData.runAs(person.email(), () -> plans.plan(planId));
        for (PlanSection section : plan.sections()) {
            if (section.required()) {
                testData.runAs(
                        person.email(),
                        () -> sections.save(planId, section.key(), "Ingevuld: " + section.title(), 0, false));
            }
        }
        testData.runAs(fixture.trainer().email(), () -> progress.changeStatus(planId, PlanStatus.READY, v1));
    }
}
