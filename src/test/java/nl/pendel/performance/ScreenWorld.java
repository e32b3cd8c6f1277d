package nl.pendel.performance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.pendel.TestData;
import nl.pendel.account.Discipline;
import nl.pendel.account.PersonSummary;
import nl.pendel.assessment.AssessmentDraft;
import nl.pendel.assessment.MemberScoresService;
import nl.pendel.assessment.Moment;
import nl.pendel.assessment.SelfAssessmentService;
import nl.pendel.attendance.AttendanceRow;
import nl.pendel.attendance.AttendanceService;
import nl.pendel.attendance.AttendanceStatus;
import nl.pendel.course.CourseDetails;
import nl.pendel.course.CourseDraft;
import nl.pendel.course.CourseService;
import nl.pendel.course.CourseStatus;
import nl.pendel.course.CourseSummary;
import nl.pendel.homework.DraftSaved;
import nl.pendel.homework.HomeworkReviewService;
import nl.pendel.homework.HomeworkService;
import nl.pendel.plan.PlanSectionService;
import nl.pendel.plan.PlanService;
import nl.pendel.precondition.Precondition;
import nl.pendel.precondition.PreconditionAnswer;
import nl.pendel.precondition.PreconditionService;
import nl.pendel.programme.ProgrammeOutline;
import nl.pendel.programme.ProgrammeService;
import nl.pendel.schedule.ScheduleService;
import nl.pendel.schedule.SessionView;
import nl.pendel.security.SystemAuthentication;
import nl.pendel.subgroup.CourseSubgroup;
import nl.pendel.subgroup.SubgroupService;
import nl.pendel.team.TeamSummary;
import org.springframework.context.ApplicationContext;

/**
 * A team's world for counting the SQL of its screens, made through the real services at a given
 * scale {@code k}: a main course of {@code 8·k} participants in four subgroups with its schedule,
 * meeting 1's homework handed in by everyone (every other one answered), the start moment's
 * self-assessment submitted by everyone, meeting 1's attendance, the preconditions scan, {@code k}
 * plans per subgroup with a section and a comment; and {@code k − 1} more courses of the same
 * trainer, each with the first participant, so the lists and the agenda grow too.
 */
record ScreenWorld(
        int scale,
        PersonSummary trainer,
        PersonSummary lead,
        PersonSummary participant,
        long courseId,
        long meetingId,
        long momentId,
        long planId,
        List<Long> courseIds,
        int submissions,
        int plans) {

    private static final List<LocalDate> MEETING_DAYS =
            List.of(LocalDate.of(2027, 1, 26), LocalDate.of(2027, 2, 9), LocalDate.of(2027, 3, 2));

    static ScreenWorld build(ApplicationContext context, int scale) {
        return new Builder(context).build(scale);
    }

    private static final class Builder {

        private final TestData testData;
        private final CourseService courses;
        private final ProgrammeService programmes;
        private final SubgroupService subgroups;
        private final ScheduleService schedule;
        private final HomeworkService homework;
        private final nl.pendel.homework.MyHomeworkService myHomework;
        private final HomeworkReviewService review;
        private final SelfAssessmentService assessments;
        private final MemberScoresService memberScores;
        private final AttendanceService attendance;
        private final PreconditionService preconditions;
        private final PlanService planService;
        private final PlanSectionService sections;
        private final java.time.Clock clock;
        private final nl.pendel.message.MessageService messages;

        private final ApplicationContext context;

        Builder(ApplicationContext context) {
            this.context = context;
            messages = context.getBean(nl.pendel.message.MessageService.class);
            testData = context.getBean(TestData.class);
            courses = context.getBean(CourseService.class);
            programmes = context.getBean(ProgrammeService.class);
            subgroups = context.getBean(SubgroupService.class);
            schedule = context.getBean(ScheduleService.class);
            homework = context.getBean(HomeworkService.class);
            myHomework = context.getBean(nl.pendel.homework.MyHomeworkService.class);
            review = context.getBean(HomeworkReviewService.class);
            assessments = context.getBean(SelfAssessmentService.class);
            memberScores = context.getBean(MemberScoresService.class);
            attendance = context.getBean(AttendanceService.class);
            preconditions = context.getBean(PreconditionService.class);
            planService = context.getBean(PlanService.class);
            sections = context.getBean(PlanSectionService.class);
            clock = context.getBean(java.time.Clock.class);
        }

        ScreenWorld build(int k) {
            TeamSummary team = testData.team();
            List<Long> organisations = List.of(
                    testData.organisation().id(),
                    testData.organisation().id(),
                    testData.organisation().id());
            PersonSummary trainer = testData.trainer();
            PersonSummary lead = testData.teamLead(team.id());
            List<PersonSummary> members = new ArrayList<>();
            Discipline[] disciplines = Discipline.values();
            for (int i = 0; i < 8 * k; i++) {
                members.add(member(team, disciplines[i % 6]));
            }
            PersonSummary participant = members.getFirst();

            long courseId = course(team, trainer, members, 4, 0);
            List<Long> courseIds = new ArrayList<>(List.of(courseId));
            for (int i = 1; i < k; i++) {
                List<PersonSummary> others = new ArrayList<>(List.of(participant));
                for (int j = 0; j < 3; j++) {
                    others.add(member(team, disciplines[(i + j) % 6]));
                }
                courseIds.add(course(team, trainer, others, 2, 6 * i));
            }

            CourseDetails details = testData.runAs(trainer.email(), () -> courses.details(courseId));
            long meetingId = details.meetings().getFirst().id();
            int submissions = homework(trainer, members, courseId, meetingId);
            long momentId = assessments(trainer, lead, members, courseId);
            attendance(trainer, courseId);
            preconditions(lead, members, courseId);
            List<Long> planIds = plans(trainer, members, courseId, k);
            materials(trainer, courseIds, k);
            messages(trainer, members, courseId, k);
            return new ScreenWorld(
                    k,
                    trainer,
                    lead,
                    participant,
                    courseId,
                    meetingId,
                    momentId,
                    planIds.getFirst(),
                    List.copyOf(courseIds),
                    submissions,
                    planIds.size());
        }

        /** In every course, for its first two meetings, a file and {@code k} links. */
        private void materials(PersonSummary trainer, List<Long> courseIds, int k) {
            nl.pendel.material.MaterialService materials = context.getBean(nl.pendel.material.MaterialService.class);
            testData.runAs(trainer.email(), () -> {
                for (long id : courseIds) {
                    for (CourseDetails.Meeting meeting :
                            courses.details(id).meetings().subList(0, 2)) {
                        materials.addFile(
                                id,
                                meeting.id(),
                                "Dia's",
                                "dia.pdf",
                                nl.pendel.shared.files.TestDocuments.pdf("Dia's"));
                        for (int i = 0; i < k; i++) {
                            materials.addLink(id, meeting.id(), "Literatuur " + i, "https://wijk.example/" + i);
                        }
                    }
                }
            });
        }

        /** k announcements to the course and each member one to them, each answered by its reader. */
        private void messages(PersonSummary trainer, List<PersonSummary> members, long courseId, int k) {
            for (int i = 0; i < k; i++) {
                long wide = testData.runAs(
                        trainer.email(),
                        () -> messages.announce(
                                courseId, nl.pendel.message.AnnouncementDraft.toCourse("Mededeling", "Tot dinsdag.")));
                for (PersonSummary member : members) {
                    testData.runAs(member.email(), () -> messages.reply(wide, "Dank je."));
                }
            }
            for (PersonSummary member : members) {
                testData.runAs(
                        trainer.email(),
                        () -> messages.announce(
                                courseId,
                                nl.pendel.message.AnnouncementDraft.toPerson(member.id(), "Voor jou", "Bel je even?")));
            }
        }

        private PersonSummary member(TeamSummary team, Discipline discipline) {
            return testData.person().team(team.id()).discipline(discipline).create();
        }

        /** A published course of these people, scheduled from the standard days some weeks later. */
        private long course(
                TeamSummary team, PersonSummary trainer, List<PersonSummary> members, int subgroupCount, int weeks) {
            long programmeVersionId = SystemAuthentication.runAsAdministrator(() -> programmes.latestVersions().stream()
                    .filter(v -> v.key().equals("wij-korrewegwijk"))
                    .findFirst()
                    .orElseThrow()
                    .id());
            CourseDraft draft = new CourseDraft();
            draft.setTitle(TestData.unique("Cursus"));
            draft.setTeamId(team.id());
            draft.setProgrammeVersionId(programmeVersionId);
            draft.setStartsOn(LocalDate.of(2027, 1, 11));
            draft.setEndsOn(LocalDate.of(2027, 12, 31));
            draft.setTrainerId(trainer.id());
            draft.setSubgroupCount(subgroupCount);
            draft.setParticipantIds(new java.util.HashSet<>(
                    members.stream().map(PersonSummary::id).toList()));
            return testData.runAs(trainer.email(), () -> {
                CourseSummary course = courses.create(draft);
                subgroups.composeAutomatically(course.id());
                List<CourseDetails.Meeting> meetings =
                        courses.details(course.id()).meetings();
                Map<Long, LocalDate> days = new HashMap<>();
                for (int i = 0; i < meetings.size(); i++) {
                    days.put(meetings.get(i).id(), MEETING_DAYS.get(i).plusWeeks(weeks));
                }
                schedule.save(course.id(), schedule.generate(course.id(), days, TestData.unique("Buurthuis")));
                long version = courses.details(course.id()).summary().version();
                courses.changeStatus(course.id(), version, CourseStatus.PUBLISHED);
                return course.id();
            });
        }

        /** Everyone hands in meeting 1; the trainer answers every other submission. */
        private int homework(PersonSummary trainer, List<PersonSummary> members, long courseId, long meetingId) {
            int n = 0;
            for (PersonSummary member : members) {
                long submissionId = testData.runAs(member.email(), () -> {
                    DraftSaved saved = homework.saveDraft(
                            courseId, meetingId, "Wat ik in mijn caseload zie: eenzaamheid en geldzorgen.", 0);
                    homework.submit(courseId, meetingId, saved.version(), true);
                    return myHomework
                            .mine(courseId, meetingId)
                            .submissions()
                            .getFirst()
                            .id();
                });
                if (n++ % 2 == 0) {
                    testData.runAs(
                            trainer.email(),
                            () -> review.giveFeedback(courseId, submissionId, "Goed beschreven, neem het mee."));
                }
            }
            return n;
        }

        /** The start moment, open today, submitted by everyone; every third shares with the lead, who looks once. */
        private long assessments(
                PersonSummary trainer, PersonSummary lead, List<PersonSummary> members, long courseId) {
            Moment moment = testData.runAs(trainer.email(), () -> {
                Moment start = assessments.moments(courseId).getFirst();
                LocalDate today = LocalDate.now(clock);
                return assessments.changeMoment(
                        courseId, start.id(), today.minusDays(1), today.plusDays(14), start.version());
            });
            ProgrammeOutline.Framework framework =
                    testData.runAs(trainer.email(), () -> assessments.framework(courseId));
            int seed = 0;
            for (PersonSummary member : members) {
                Map<Long, Integer> ratings = new HashMap<>();
                int n = seed++;
                framework.competences().forEach(c -> c.indicators()
                        .forEach(i -> ratings.put(i.id(), 1 + Math.floorMod(n * 7 + (int) i.id(), 5))));
                testData.runAs(member.email(), () -> {
                    long version = assessments.saveDraft(
                            courseId,
                            moment.id(),
                            new AssessmentDraft(ratings, "Contact leggen.", "Netwerken.", List.of("Vaker de wijk in")),
                            0);
                    assessments.submit(courseId, moment.id(), version);
                    if (n % 3 == 0) {
                        memberScores.shareWithLead(courseId, moment.id(), true);
                    }
                });
            }
            testData.runAs(
                    lead.email(),
                    () -> memberScores.open(courseId, members.getFirst().id()));
            return moment.id();
        }

        /** Everyone present at meeting 1. */
        private void attendance(PersonSummary trainer, long courseId) {
            testData.runAs(trainer.email(), () -> {
                for (SessionView session : schedule.sessions(courseId)) {
                    if (session.meetingPosition() != 1) {
                        continue;
                    }
                    for (AttendanceRow row : attendance.sheet(courseId, session.id())) {
                        attendance.record(courseId, session.id(), row.person().id(), AttendanceStatus.PRESENT, "");
                    }
                }
            });
        }

        private void preconditions(PersonSummary lead, List<PersonSummary> members, long courseId) {
            int n = 0;
            for (PersonSummary who : concat(members, lead)) {
                int rating = 1 + n++ % 5;
                List<PreconditionAnswer> answers = new ArrayList<>();
                for (Precondition p : Precondition.values()) {
                    answers.add(new PreconditionAnswer(p, rating, ""));
                }
                testData.runAs(who.email(), () -> preconditions.save(courseId, answers, 0));
            }
        }

        /** k plans per subgroup, each started by a member, with its working title and a comment. */
        private List<Long> plans(PersonSummary trainer, List<PersonSummary> members, long courseId, int k) {
            Map<Long, Set<Long>> bySubgroup =
                    testData.runAs(trainer.email(), () -> subgroups.ofCourse(courseId)).stream()
                            .filter(s -> !s.members().isEmpty())
                            .collect(Collectors.toMap(CourseSubgroup::id, CourseSubgroup::members));
            List<Long> planIds = new ArrayList<>();
            // the first participant's subgroup first, so the first plan is theirs
            long own = testData.runAs(
                            members.getFirst().email(),
                            () -> subgroups.subgroupOf(
                                    courseId, members.getFirst().id()))
                    .orElseThrow();
            List<Long> order = new ArrayList<>(List.of(own));
            bySubgroup.keySet().stream().filter(id -> id != own).sorted().forEach(order::add);
            for (long subgroupId : order) {
                Set<Long> ids = bySubgroup.get(subgroupId);
                PersonSummary writer = subgroupId == own
                        ? members.getFirst()
                        : members.stream()
                                .filter(m -> ids.contains(m.id()))
                                .findFirst()
                                .orElseThrow();
                for (int i = 0; i < k; i++) {
                    int n = i;
                    planIds.add(testData.runAs(writer.email(), () -> {
                        long planId = planService.start(courseId, null);
                        sections.save(planId, "werktitel", "Buurtcafé " + n, 0, false);
                        sections.comment(planId, "werktitel", "Goed idee, wie doet er mee?");
                        return planId;
                    }));
                }
            }
            return planIds;
        }

        private static List<PersonSummary> concat(List<PersonSummary> members, PersonSummary lead) {
            List<PersonSummary> all = new ArrayList<>(members);
            all.add(lead);
            return all;
        }
    }
}
