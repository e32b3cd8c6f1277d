package nl.pendel.badinput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.pendel.IntegrationTest;
import nl.pendel.TestData;
import nl.pendel.account.PeopleImportService;
import nl.pendel.assessment.AssessmentDraft;
import nl.pendel.assessment.SelfAssessmentReviewService;
import nl.pendel.assessment.SelfAssessmentService;
import nl.pendel.attendance.AttendanceService;
import nl.pendel.attendance.AttendanceStatus;
import nl.pendel.course.CourseDetails;
import nl.pendel.course.CourseDraft;
import nl.pendel.course.CourseMeetingService;
import nl.pendel.course.CourseService;
import nl.pendel.course.MeetingDraft;
import nl.pendel.homework.HomeworkReviewService;
import nl.pendel.homework.HomeworkService;
import nl.pendel.homework.SubmitOutcome;
import nl.pendel.homework.ThemeAnswer;
import nl.pendel.homework.internal.HomeworkStore;
import nl.pendel.plan.PlanFixtures;
import nl.pendel.plan.PlanSectionService;
import nl.pendel.plan.PlanService;
import nl.pendel.plan.SectionSave;
import nl.pendel.precondition.Precondition;
import nl.pendel.precondition.PreconditionAnswer;
import nl.pendel.precondition.PreconditionService;
import nl.pendel.programme.AgendaLead;
import nl.pendel.runsheet.RunSheetItem;
import nl.pendel.runsheet.RunSheetService;
import nl.pendel.schedule.ScheduleService;
import nl.pendel.schedule.SessionDraft;
import nl.pendel.security.SystemAuthentication;
import nl.pendel.shared.UserFacingException;
import nl.pendel.shared.files.TestDocuments;
import nl.pendel.team.OrganisationDraft;
import nl.pendel.team.TeamDraft;
import nl.pendel.team.TeamService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 16, item 4: a resident's citizen service number (BSN) or IBAN is never stored, whatever a
 * person types it into. Every write path of free text, through the real services on the real
 * MariaDB, is tried with a new valid BSN and a new valid IBAN: it is refused with the Dutch
 * message, and afterwards no text column of the whole database holds the identifier. A second
 * test keeps the table complete: a new text column fails until it has a write path here or a
 * reason why no person types into it ({@link TextColumnsNobodyTypes}).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResidentIdentifiersNeverStoredTest {

    @Autowired
    TestData testData;

    @Autowired
    RunSheetService runSheets;

    @Autowired
    nl.pendel.material.MaterialService materials;

    @Autowired
    PlanFixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    HomeworkService homework;

    @Autowired
    nl.pendel.homework.MyHomeworkService myHomework;

    @Autowired
    HomeworkReviewService review;

    @Autowired
    HomeworkStore homeworkStore;

    @Autowired
    PlanService plans;

    @Autowired
    PlanSectionService sections;

    @Autowired
    AttendanceService attendance;

    @Autowired
    SelfAssessmentService assessments;

    @Autowired
    SelfAssessmentReviewService observations;

    @Autowired
    PreconditionService preconditions;

    @Autowired
    CourseService courses;

    @Autowired
    CourseMeetingService meetings;

    @Autowired
    ScheduleService schedule;

    @Autowired
    TeamService teams;

    @Autowired
    PeopleImportService peopleImport;

    @Autowired
    nl.pendel.lookback.LookBackService lookBacks;

    @Autowired
    nl.pendel.TestClock clock;

    @Autowired
    nl.pendel.evaluation.EvaluationService evaluations;

    private PlanFixtures.Course course;
    private String writer;
    private String trainer;
    private long textMeeting;
    private long themeMeeting;
    private long submissionId;
    private long planId;
    private String titleSection;
    private long momentId;
    private long announcementId;

    @Autowired
    nl.pendel.message.MessageService messages;

    @BeforeAll
    void aPublishedCourseWithHomeworkAPlanAndAnOpenSelfAssessment() {
        course = fixtures.published(8);
        writer = course.member(1, 0).email();
        trainer = course.trainer().email();
        List<CourseDetails.Meeting> all =
                testData.runAs(trainer, () -> courses.details(course.id())).meetings();
        textMeeting = all.stream()
                .filter(m -> !m.asksCaseloadThemes())
                .findFirst()
                .orElseThrow()
                .id();
        themeMeeting = all.stream()
                .filter(CourseDetails.Meeting::asksCaseloadThemes)
                .findFirst()
                .orElseThrow()
                .id();
        String handingIn = course.member(1, 1).email();
        submissionId = testData.runAs(handingIn, () -> {
            long version = homework.saveDraft(course.id(), textMeeting, "Veel vragen over eenzaamheid.", 0)
                    .version();
            assertThat(homework.submit(course.id(), textMeeting, version, true).result())
                    .isEqualTo(SubmitOutcome.Result.SUBMITTED);
            return myHomework
                    .mine(course.id(), textMeeting)
                    .submissions()
                    .getFirst()
                    .id();
        });
        planId = testData.runAs(writer, () -> plans.start(course.id(), null));
        titleSection = testData.runAs(writer, () -> plans.plan(planId))
                .sections()
                .getFirst()
                .key();
        momentId = testData.openMomentToday(trainer, course.id(), 0).id();
        announcementId = testData.runAs(
                trainer,
                () -> messages.announce(
                        course.id(), nl.pendel.message.AnnouncementDraft.toCourse("Welkom", "Tot dinsdag.")));
    }

    /** One way a person's text reaches the database, and the text columns it writes. */
    record WritePath(String name, Set<String> columns, Function<String, Object> write) {

        @Override
        public String toString() {
            return name;
        }
    }

    List<WritePath> writePaths() {
        return List.of(
                path(
                        "homework draft, saved while typing",
                        Set.of("homework.draft_text"),
                        text -> as(
                                writer,
                                () -> homework.saveDraft(
                                        course.id(),
                                        textMeeting,
                                        text,
                                        myHomework
                                                .mine(course.id(), textMeeting)
                                                .version()))),
                path(
                        "homework handed in (the store's write behind HomeworkService.submit)",
                        Set.of("homework_submission.body"),
                        text -> homeworkStore.submit(
                                homeworkStore
                                        .ensure(
                                                course.id(),
                                                textMeeting,
                                                course.member(2, 0).id())
                                        .id(),
                                text,
                                false,
                                0,
                                Instant.now())),
                path(
                        "homework: own caseload theme",
                        Set.of("homework_theme.own_label"),
                        text -> as(writer, () -> {
                            homework.saveThemes(course.id(), themeMeeting, List.of(new ThemeAnswer(null, text, 2)));
                            return null;
                        })),
                path(
                        "homework: text of an attachment",
                        Set.of("homework_file.extracted_text"),
                        text -> as(
                                writer,
                                () -> homework.addFile(
                                        course.id(), themeMeeting, "verslag.pdf", TestDocuments.pdf(text)))),
                path(
                        "homework: name of an attachment",
                        Set.of("homework_file.file_name"),
                        text -> as(
                                writer,
                                () -> homework.addFile(
                                        course.id(),
                                        themeMeeting,
                                        text.replace(' ', '-') + ".pdf",
                                        TestDocuments.pdf("Overzicht van de wijk.")))),
                path(
                        "trainer's feedback on homework",
                        Set.of("homework_feedback.body"),
                        text -> as(trainer, () -> review.giveFeedback(course.id(), submissionId, text))),
                path(
                        "plan section, saved (also the plan's title)",
                        Set.of("plan_section.content", "plan_section_version.content", "activity_plan.title"),
                        text -> as(writer, () -> sections.save(planId, titleSection, text, sectionVersion(), true)
                                .result())),
                path(
                        "plan section draft, kept while typing",
                        Set.of("plan_section_draft.content"),
                        text -> as(writer, () -> {
                            sections.saveDraft(planId, titleSection, text, sectionVersion());
                            return null;
                        })),
                path(
                        "comment on a plan section",
                        Set.of("plan_comment.text"),
                        text -> as(writer, () -> sections.comment(planId, titleSection, text))),
                path(
                        "announcement: subject",
                        Set.of("course_announcement.subject"),
                        text -> as(
                                trainer,
                                () -> messages.announce(
                                        course.id(), nl.pendel.message.AnnouncementDraft.toCourse(text, "Tekst")))),
                path(
                        "announcement: text",
                        Set.of("course_announcement.body"),
                        text -> as(
                                trainer,
                                () -> messages.announce(
                                        course.id(),
                                        nl.pendel.message.AnnouncementDraft.toSubgroup(
                                                course.subgroupIds().getFirst(), "Onderwerp", text)))),
                path(
                        "a participant's reply to an announcement",
                        Set.of("announcement_reply.body"),
                        text -> as(writer, () -> messages.reply(announcementId, text))),
                path(
                        "attendance note",
                        Set.of("attendance.note"),
                        text -> as(trainer, () -> {
                            long sessionId =
                                    schedule.sessions(course.id()).getFirst().id();
                            attendance.record(
                                    course.id(), sessionId, course.member(1, 0).id(), AttendanceStatus.ABSENT, text);
                            return null;
                        })),
                path(
                        "self-assessment: what I master",
                        Set.of("self_assessment.mastered"),
                        text -> selfAssessment(new AssessmentDraft(Map.of(), text, "", List.of()))),
                path(
                        "self-assessment: development points",
                        Set.of("self_assessment.development"),
                        text -> selfAssessment(new AssessmentDraft(Map.of(), "", text, List.of()))),
                path(
                        "self-assessment: a development goal",
                        Set.of("development_goal.text"),
                        text -> selfAssessment(new AssessmentDraft(Map.of(), "", "", List.of(text)))),
                path(
                        "trainer's observation",
                        Set.of("trainer_observation.text"),
                        text -> as(trainer, () -> {
                            String code = assessments
                                    .framework(course.id())
                                    .competences()
                                    .getFirst()
                                    .code();
                            return observations.observe(
                                    course.id(), course.member(1, 0).id(), code, text, 0);
                        })),
                path(
                        "preconditions scan: comment",
                        Set.of("precondition_rating.comment"),
                        text -> as(
                                writer,
                                () -> preconditions.save(
                                        course.id(),
                                        List.of(new PreconditionAnswer(Precondition.ROOM, 3, text)),
                                        preconditions.mine(course.id()).version()))),
                path(
                        "look-back on a session: a text answer",
                        Set.of("look_back_answer.text"),
                        text -> as(writer, () -> {
                            var session = schedule.mySessions().getFirst();
                            clock.setTo(session.date(), session.end());
                            return lookBacks.save(
                                    session.sessionId(),
                                    new nl.pendel.lookback.LookBackDraft(
                                            Map.of("cijfer", 4),
                                            Map.of("meenemen", text),
                                            true,
                                            lookBacks
                                                    .form(session.sessionId())
                                                    .mine()
                                                    .version()));
                        })),
                path(
                        "course evaluation: a text answer",
                        Set.of("course_evaluation_answer.text"),
                        text -> as(writer, () -> {
                            var last = schedule.sessions(course.id()).stream()
                                    .map(s -> s.date().atTime(s.start()))
                                    .max(java.util.Comparator.naturalOrder())
                                    .orElseThrow();
                            clock.setTo(last.plusHours(1));
                            return evaluations.answer(
                                    course.id(),
                                    new nl.pendel.evaluation.EvaluationDraft(
                                            Map.of("pendelen", 4, "samenwerken", 4, "cijfer", 4),
                                            Map.of("verbeteren", text)));
                        })),
                path(
                        "course title",
                        Set.of("course.title"),
                        text -> as(trainer, () -> {
                            var summary = courses.summary(course.id());
                            CourseDraft draft = CourseDraft.of(
                                    summary, courses.details(course.id()).participantIds());
                            draft.setTitle(text);
                            return courses.update(draft);
                        })),
                meetingPath("meeting title", "course_meeting.title", MeetingDraft::setTitle),
                meetingPath("meeting theme", "course_meeting.theme", MeetingDraft::setTheme),
                meetingPath(
                        "preparation assignment title",
                        "course_meeting.preparation_title",
                        MeetingDraft::setPreparationTitle),
                meetingPath(
                        "preparation assignment instructions",
                        "course_meeting.preparation_instructions",
                        MeetingDraft::setPreparationInstructions),
                meetingPath("agenda item", "course_agenda_item.text", (draft, text) -> draft.setAgenda(List.of(text))),
                path(
                        "new meeting",
                        Set.of("course_meeting.title"),
                        text -> as(trainer, () -> {
                            meetings.addMeeting(course.id(), text, "Voorbereiding");
                            return null;
                        })),
                sessionPath("session location", "course_session.location", SessionDraft::setLocation),
                sessionPath("session room", "course_session.room", SessionDraft::setRoom),
                path("team name", Set.of("team.name"), text -> {
                    TeamDraft draft = new TeamDraft();
                    draft.setName(text);
                    draft.setDistrict(TestData.unique("Wijk"));
                    return SystemAuthentication.runAsAdministrator(() -> teams.saveTeam(draft));
                }),
                path("team district", Set.of("team.district"), text -> {
                    TeamDraft draft = new TeamDraft();
                    draft.setName(TestData.unique("Team"));
                    draft.setDistrict(text);
                    return SystemAuthentication.runAsAdministrator(() -> teams.saveTeam(draft));
                }),
                path("organisation name", Set.of("organisation.name"), text -> {
                    OrganisationDraft draft = new OrganisationDraft();
                    draft.setName(text);
                    return SystemAuthentication.runAsAdministrator(() -> teams.saveOrganisation(draft));
                }),
                runSheetPath("run sheet item", "run_sheet_item.title", text -> item(text, AgendaLead.TRAINER, "", "")),
                runSheetPath(
                        "run sheet: a guest's name",
                        "run_sheet_item.guest_name",
                        text -> item("Welkom", AgendaLead.GUEST, text, "")),
                runSheetPath(
                        "run sheet: what an item needs",
                        "run_sheet_item.needs",
                        text -> item("Welkom", AgendaLead.TRAINER, "", text)),
                materialPath(
                        "material: title of a link",
                        "meeting_material.title",
                        (meeting, text) -> materials.addLink(course.id(), meeting, text, "https://wijk.example/dia")),
                materialPath(
                        "material: address of a link",
                        "meeting_material.url",
                        (meeting, text) -> materials.addLink(
                                course.id(), meeting, "Literatuur", "https://wijk.example/" + text.replace(' ', '-'))),
                materialPath(
                        "material: name of a file",
                        "meeting_material.file_name",
                        (meeting, text) -> materials.addFile(
                                course.id(),
                                meeting,
                                "Dia's",
                                text.replace(' ', '-') + ".pdf",
                                TestDocuments.pdf("Overzicht van de wijk."))),
                path("person's name", Set.of("person.display_name"), text -> testData.person()
                        .name(text)
                        .create()),
                path("person's name in an imported file", Set.of("person.display_name"), text -> {
                    String csv = "naam;e-mail;team;rollen\n" + text + ";" + TestData.unique("import") + "@pendel.test;"
                            + course.fixture().team().name() + ";deelnemer";
                    return SystemAuthentication.runAsAdministrator(
                            () -> peopleImport.importRows(peopleImport.preview(csv.getBytes(StandardCharsets.UTF_8))));
                }));
    }

    Stream<Arguments> pathsAndIdentifiers() {
        return writePaths().stream().flatMap(path -> Stream.of(Arguments.of(path, "BSN"), Arguments.of(path, "IBAN")));
    }

    @ParameterizedTest(name = "{0}: a {1}")
    @MethodSource("pathsAndIdentifiers")
    void every_write_path_of_free_text_refuses_a_bsn_and_an_iban_and_stores_it_nowhere(WritePath path, String kind) {
        String identifier = kind.equals("BSN") ? ResidentIdentifiers.bsn() : ResidentIdentifiers.iban();
        String text = "Bewoner " + identifier + " belde";

        Object[] outcome = new Object[1];
        Throwable refusal = catchThrowable(() -> outcome[0] = path.write().apply(text));

        if (outcome[0] instanceof SectionSave.Result result) {
            assertThat(result).as("the section's save shows the findings").isEqualTo(SectionSave.Result.BLOCKED);
        } else {
            assertThat(refusal).as("refused").isInstanceOfSatisfying(UserFacingException.class, e -> {
                assertThat(e.messageKey()).isEqualTo("privacy.refused");
                assertThat(BadInputs.dutch(e.messageKey(), e.arguments()))
                        .startsWith("Niet bewaard: haal eerst het " + kind + " weg")
                        .contains(identifier);
            });
        }
        assertThat(columnsHolding(identifier)).as("nowhere stored").isEmpty();
    }

    @Test
    void every_text_column_of_the_database_is_written_by_a_path_of_the_table_or_typed_by_nobody() {
        Set<String> covered =
                writePaths().stream().flatMap(p -> p.columns().stream()).collect(Collectors.toCollection(TreeSet::new));
        Set<String> columns = new TreeSet<>(textColumns());

        assertThat(covered).as("the table's columns exist").isSubsetOf(columns);
        assertThat(TextColumnsNobodyTypes.REASONS.keySet())
                .as("the explained columns exist")
                .isSubsetOf(columns);
        assertThat(covered)
                .as("a column is either written by a path or explained")
                .doesNotContainAnyElementsOf(TextColumnsNobodyTypes.REASONS.keySet());
        Set<String> unexplained = new TreeSet<>(columns);
        unexplained.removeAll(covered);
        unexplained.removeAll(TextColumnsNobodyTypes.REASONS.keySet());
        assertThat(unexplained)
                .as("text columns without a write path in this table or a reason why nobody types into them")
                .isEmpty();
    }

    // ---- the rows' helpers

    private static WritePath path(String name, Set<String> columns, Function<String, Object> write) {
        return new WritePath(name, columns, write);
    }

    private WritePath meetingPath(String name, String column, java.util.function.BiConsumer<MeetingDraft, String> set) {
        return path(
                name,
                Set.of(column),
                text -> as(trainer, () -> {
                    MeetingDraft draft = MeetingDraft.of(
                            courses.details(course.id()).meetings().getFirst());
                    set.accept(draft, text);
                    meetings.saveMeeting(course.id(), draft);
                    return null;
                }));
    }

    private WritePath runSheetPath(String name, String column, Function<String, RunSheetItem> item) {
        return path(
                name,
                Set.of(column),
                text -> as(trainer, () -> {
                    long meeting =
                            courses.details(course.id()).meetings().getFirst().id();
                    long version = runSheets.page(course.id(), meeting).version();
                    return runSheets.save(course.id(), meeting, version, List.of(item.apply(text)));
                }));
    }

    private WritePath materialPath(
            String name, String column, java.util.function.BiFunction<Long, String, Object> write) {
        return path(
                name,
                Set.of(column),
                text -> as(
                        trainer,
                        () -> write.apply(
                                courses.details(course.id())
                                        .meetings()
                                        .getFirst()
                                        .id(),
                                text)));
    }

    private static RunSheetItem item(String title, AgendaLead lead, String guest, String needs) {
        return new RunSheetItem(title, 15, lead, guest, needs);
    }

    private WritePath sessionPath(String name, String column, java.util.function.BiConsumer<SessionDraft, String> set) {
        return path(
                name,
                Set.of(column),
                text -> as(trainer, () -> {
                    SessionDraft draft =
                            SessionDraft.of(schedule.sessions(course.id()).getFirst());
                    set.accept(draft, text);
                    return schedule.update(course.id(), draft);
                }));
    }

    private Object selfAssessment(AssessmentDraft draft) {
        return as(
                writer,
                () -> assessments.saveDraft(
                        course.id(),
                        momentId,
                        draft,
                        assessments.mine(course.id(), momentId).version()));
    }

    private long sectionVersion() {
        return plans.plan(planId).section(titleSection).version();
    }

    private <T> T as(String email, java.util.function.Supplier<T> work) {
        return testData.runAs(email, work);
    }

    // ---- the database

    /** Every text column of Pendel's schema, as table.column. */
    private List<String> textColumns() {
        return jdbc.sql("""
                        select lower(concat(table_name, '.', column_name)) from information_schema.columns
                        where table_schema = database()
                          and data_type in ('char', 'varchar', 'tinytext', 'text', 'mediumtext', 'longtext')""").query(String.class).list();
    }

    /** The text columns in which some row holds the identifier. */
    private List<String> columnsHolding(String identifier) {
        return textColumns().stream()
                .filter(column -> {
                    String[] parts = column.split("\\.");
                    return jdbc.sql("select count(*) from `" + parts[0] + "` where `" + parts[1] + "` like ?")
                                    .param("%" + identifier + "%")
                                    .query(Long.class)
                                    .single()
                            > 0;
                })
                .toList();
    }
}
