package nl.pendel.homework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.pendel.IntegrationTest;
import nl.pendel.TestClock;
import nl.pendel.TestData;
import nl.pendel.TestData.CourseFixture;
import nl.pendel.account.PersonSummary;
import nl.pendel.course.CourseDetails;
import nl.pendel.course.CourseService;
import nl.pendel.homework.internal.HomeworkStore;
import nl.pendel.privacy.FindingKind;
import nl.pendel.schedule.ScheduleService;
import nl.pendel.schedule.SessionView;
import nl.pendel.security.Role;
import nl.pendel.shared.IdentifierRefused;
import nl.pendel.shared.UserFacingException;
import nl.pendel.shared.files.TestDocuments;
import nl.pendel.subgroup.CourseSubgroup;
import nl.pendel.subgroup.SubgroupService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Homework on the real MariaDB: deadlines, handing in, the privacy guard, files, the board, access. */
@IntegrationTest
class HomeworkServiceTest {

    @Autowired
    TestData testData;

    @Autowired
    java.time.Clock applicationClock;

    @Autowired
    TestClock clock;

    @Autowired
    HomeworkDownloadService downloads;

    @Autowired
    HomeworkService homework;

    @Autowired
    nl.pendel.homework.AssignmentSettingsService assignmentSettings;

    @Autowired
    nl.pendel.homework.HomeworkBriefingService briefings;

    @Autowired
    nl.pendel.homework.HomeworkFiguresService homeworkFigures;

    @Autowired
    nl.pendel.homework.MyHomeworkService myHomework;

    @Autowired
    nl.pendel.homework.NeedsBoardService needsBoards;

    @Autowired
    HomeworkReviewService review;

    @Autowired
    HomeworkStore store;

    @Autowired
    nl.pendel.homework.internal.AssignmentSettingStore settingStore;

    @Autowired
    CourseService courses;

    @Autowired
    ScheduleService schedule;

    @Autowired
    SubgroupService subgroups;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void each_subgroup_hands_in_before_its_own_session_unless_the_trainer_sets_one_deadline() {
        Course course = publishedCourse(8);
        PersonSummary first = course.member(1);
        PersonSummary third = course.member(3);
        long meeting1 = course.meeting(1).id();

        assertThat(due(first, meeting1)).isEqualTo(course.sessionStart(1, 1));
        assertThat(due(third, meeting1)).isEqualTo(course.sessionStart(1, 3));
        assertThat(due(first, meeting1)).isNotEqualTo(due(third, meeting1));
        assertThat(due(first, meeting1)).isEqualTo(LocalDateTime.of(2027, 1, 26, 8, 30));
        assertThat(due(third, meeting1)).isEqualTo(LocalDateTime.of(2027, 1, 27, 8, 30));

        LocalDateTime common = LocalDateTime.of(2027, 1, 24, 20, 0);
        testData.runAs(
                course.trainer(),
                () -> assignmentSettings.saveSettings(course.id(), new AssignmentSettings(meeting1, common, 2, 0)));
        assertThat(due(first, meeting1)).isEqualTo(common);
        assertThat(due(third, meeting1)).isEqualTo(common);

        assertThatThrownBy(() -> testData.runAs(
                        course.trainer(),
                        () -> assignmentSettings.saveSettings(
                                course.id(), new AssignmentSettings(meeting1, common, 2, 0))))
                .as("a stale version is refused")
                .isInstanceOf(nl.pendel.shared.EditConflictException.class);
        assertThatThrownBy(() -> testData.runAs(
                        course.trainer(),
                        () -> assignmentSettings.saveSettings(
                                course.id(), new AssignmentSettings(meeting1, common, 30, 1))))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("homework.error.reminder-days"));
    }

    @Test
    void handing_in_after_the_deadline_is_accepted_and_marked_late_by_the_injected_clock() {
        Course course = publishedCourse(8);
        long meeting1 = course.meeting(1).id();
        PersonSummary early = course.member(1);
        PersonSummary late = course.members(1).get(1);
        LocalDateTime start = course.sessionStart(1, 1);
        clock.setTo(start.minusDays(1));

        SubmitOutcome onTime = testData.runAs(early.email(), () -> {
            DraftSaved saved = homework.saveDraft(course.id(), meeting1, "Veel vragen over **eenzaamheid**.", 0);
            return homework.submit(course.id(), meeting1, saved.version(), false);
        });
        clock.setTo(start.plusMinutes(5));
        SubmitOutcome afterwards = testData.runAs(late.email(), () -> {
            DraftSaved saved = homework.saveDraft(course.id(), meeting1, "Schulden komen steeds terug.", 0);
            return homework.submit(course.id(), meeting1, saved.version(), false);
        });

        assertThat(onTime.result()).isEqualTo(SubmitOutcome.Result.SUBMITTED);
        assertThat(onTime.late()).isFalse();
        assertThat(afterwards.result()).isEqualTo(SubmitOutcome.Result.SUBMITTED);
        assertThat(afterwards.late()).isTrue();
        Map<Long, Completion> overview =
                testData.runAs(course.trainer(), () -> review.overview(course.id(), meeting1)).stream()
                        .collect(Collectors.toMap(HomeworkRow::personId, HomeworkRow::completion));
        assertThat(overview.get(early.id())).isEqualTo(Completion.ON_TIME);
        assertThat(overview.get(late.id())).isEqualTo(Completion.LATE);
        assertThat(overview).hasSize(8);
    }

    @Test
    void the_completion_figures_count_by_the_same_rule_as_the_trainers_overview() {
        Course course = publishedCourse(8);
        long meeting1 = course.meeting(1).id();
        // a later meeting whose homework asks no caseload themes, so handing in needs text only
        long meeting2 = course.details().meetings().stream()
                .filter(m -> m.position() > 1 && !m.asksCaseloadThemes())
                .findFirst()
                .orElseThrow()
                .id();
        PersonSummary early = course.member(1);
        PersonSummary late = course.members(1).get(1);
        PersonSummary drafting = course.member(2);
        LocalDateTime start = course.sessionStart(1, 1);
        clock.setTo(start.minusDays(1));
        handIn(course, meeting1, early);
        testData.runAs(drafting.email(), () -> homework.saveDraft(course.id(), meeting1, "half af", 0));
        clock.setTo(start.plusMinutes(5));
        handIn(course, meeting1, late);
        // back to the suite's time line, where the figures are read
        clock.reset();
        // one deadline for the whole meeting that has passed already (by the application's clock,
        // which the figures are read by): who did not hand in is missing
        settingStore.saveSetting(
                course.id(), meeting2, LocalDateTime.now(applicationClock).minusDays(1), null, 0);
        handIn(course, meeting2, early);

        List<MeetingCompletion> figures =
                testData.runAs(course.trainer(), () -> homeworkFigures.completion(course.id()));

        assertThat(figures)
                .extracting(MeetingCompletion::meetingId)
                .startsWith(meeting1)
                .contains(meeting2);
        assertThat(figures.getFirst())
                .extracting(
                        MeetingCompletion::onTime,
                        MeetingCompletion::late,
                        MeetingCompletion::open,
                        MeetingCompletion::missing)
                .containsExactly(1, 1, 6, 0);
        assertThat(figures.stream()
                        .filter(m -> m.meetingId() == meeting2)
                        .findFirst()
                        .orElseThrow())
                .extracting(
                        MeetingCompletion::onTime,
                        MeetingCompletion::late,
                        MeetingCompletion::open,
                        MeetingCompletion::missing)
                .containsExactly(0, 1, 0, 7);
        for (MeetingCompletion meeting : figures) {
            Map<Completion, Long> perPerson =
                    testData.runAs(course.trainer(), () -> review.overview(course.id(), meeting.meetingId())).stream()
                            .collect(Collectors.groupingBy(HomeworkRow::completion, Collectors.counting()));
            assertThat(List.of(meeting.onTime(), meeting.late(), meeting.open(), meeting.missing()))
                    .as("meeting %d as the overview counts it", meeting.meetingPosition())
                    .containsExactly(
                            perPerson.getOrDefault(Completion.ON_TIME, 0L).intValue(),
                            perPerson.getOrDefault(Completion.LATE, 0L).intValue(),
                            perPerson.getOrDefault(Completion.OPEN, 0L).intValue(),
                            perPerson.getOrDefault(Completion.MISSING, 0L).intValue());
        }
    }

    @Test
    void withdrawing_makes_a_draft_again_every_version_is_kept_and_it_stops_when_the_session_starts() {
        Course course = publishedCourse(4);
        long meeting1 = course.meeting(1).id();
        PersonSummary writer = course.member(1);
        LocalDateTime start = course.sessionStart(1, 1);
        clock.setTo(start.minusDays(2));

        testData.runAs(writer.email(), () -> {
            DraftSaved first = homework.saveDraft(course.id(), meeting1, "Eerste versie", 0);
            homework.submit(course.id(), meeting1, first.version(), false);
            assertThatThrownBy(() -> homework.saveDraft(course.id(), meeting1, "tussendoor", first.version() + 1))
                    .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey())
                            .isEqualTo("homework.error.submitted"));
            homework.withdraw(course.id(), meeting1);
            MyHomework draft = myHomework.mine(course.id(), meeting1);
            assertThat(draft.assignment().state()).isEqualTo(HomeworkState.DRAFT);
            assertThat(draft.draft()).isEqualTo("Eerste versie");
            DraftSaved second = homework.saveDraft(course.id(), meeting1, "Tweede versie", draft.version());
            homework.submit(course.id(), meeting1, second.version(), false);
        });
        MyHomework mine = testData.runAs(writer.email(), () -> myHomework.mine(course.id(), meeting1));
        assertThat(mine.submissions()).extracting(Submission::number).containsExactly(2, 1);
        assertThat(mine.submissions().get(0).body()).isEqualTo("Tweede versie");
        assertThat(mine.submissions().get(1).body()).isEqualTo("Eerste versie");
        assertThat(mine.submissions().get(1).withdrawnAt()).isNotNull();
        assertThat(mine.canWithdraw()).isTrue();

        clock.setTo(start.plusMinutes(1));
        assertThatThrownBy(() -> testData.runAs(writer.email(), () -> homework.withdraw(course.id(), meeting1)))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("homework.error.session-started"));
        assertThat(testData.runAs(writer.email(), () -> myHomework.mine(course.id(), meeting1))
                        .canWithdraw())
                .isFalse();
    }

    @Test
    void two_windows_saving_the_same_draft_the_older_one_is_told_instead_of_overwriting() {
        Course course = publishedCourse(4);
        long meeting1 = course.meeting(1).id();
        PersonSummary writer = course.member(1);
        testData.runAs(writer.email(), () -> {
            DraftSaved first = homework.saveDraft(course.id(), meeting1, "venster 1", 0);
            homework.saveDraft(course.id(), meeting1, "venster 1, verder", first.version());
            assertThatThrownBy(() -> homework.saveDraft(course.id(), meeting1, "venster 2", first.version()))
                    .isInstanceOf(nl.pendel.shared.EditConflictException.class);
            assertThat(myHomework.mine(course.id(), meeting1).draft()).isEqualTo("venster 1, verder");
        });
    }

    @Test
    void a_draft_holding_a_citizen_service_number_is_not_saved_and_the_last_clean_draft_stays() {
        Course course = publishedCourse(4);
        long meeting1 = course.meeting(1).id();
        PersonSummary writer = course.member(1);
        testData.runAs(writer.email(), () -> {
            DraftSaved clean = homework.saveDraft(course.id(), meeting1, "Cliënt belde.", 0);
            // 111222333 passes the 11-proof: 9+8+7+12+10+8+9+6-3 = 66 = 6 × 11
            assertThatThrownBy(() -> homework.saveDraft(
                            course.id(), meeting1, "Cliënt met bsn 111222333 belde.", clean.version()))
                    .isInstanceOfSatisfying(IdentifierRefused.class, e -> {
                        assertThat(e.kind()).isEqualTo(FindingKind.BSN);
                        assertThat(e.arguments()).containsExactly("BSN", "111222333");
                    });
            MyHomework mine = myHomework.mine(course.id(), meeting1);
            assertThat(mine.draft()).isEqualTo("Cliënt belde.");
            assertThat(mine.version()).isEqualTo(clean.version());
        });
    }

    @Test
    void a_draft_saved_before_the_rule_with_a_citizen_service_number_cannot_be_handed_in() {
        Course course = publishedCourse(4);
        long meeting1 = course.meeting(1).id();
        PersonSummary writer = course.member(1);
        long version = testData.runAs(
                        writer.email(), () -> homework.saveDraft(course.id(), meeting1, "Cliënt belde.", 0))
                .version();
        // as stored by a version of Pendel that kept such drafts
        jdbc.sql("update homework set draft_text = ? where meeting_id = ? and person_id = ?")
                .params("Cliënt met bsn 111222333 belde.", meeting1, writer.id())
                .update();

        SubmitOutcome outcome =
                testData.runAs(writer.email(), () -> homework.submit(course.id(), meeting1, version, true));

        assertThat(outcome.result()).isEqualTo(SubmitOutcome.Result.BLOCKED);
        assertThat(outcome.findings()).singleElement().satisfies(n -> {
            assertThat(n.finding().kind()).isEqualTo(FindingKind.BSN);
            assertThat(n.finding().excerpt()).isEqualTo("111222333");
            assertThat(n.before()).endsWith("bsn ");
        });
        MyHomework mine = testData.runAs(writer.email(), () -> myHomework.mine(course.id(), meeting1));
        assertThat(mine.submissions()).isEmpty();
        assertThat(mine.assignment().state()).isEqualTo(HomeworkState.DRAFT);
    }

    @Test
    void a_resident_named_asks_for_confirmation_and_is_handed_in_once_confirmed() {
        Course course = publishedCourse(4);
        long meeting1 = course.meeting(1).id();
        PersonSummary writer = course.member(1);
        testData.runAs(writer.email(), () -> {
            DraftSaved saved = homework.saveDraft(course.id(), meeting1, "Mevrouw Jansen vraagt om hulp.", 0);
            SubmitOutcome first = homework.submit(course.id(), meeting1, saved.version(), false);
            assertThat(first.result()).isEqualTo(SubmitOutcome.Result.NEEDS_CONFIRMATION);
            assertThat(first.findings()).extracting(n -> n.finding().kind()).containsExactly(FindingKind.RESIDENT_NAME);
            assertThat(myHomework.mine(course.id(), meeting1).submissions()).isEmpty();
            SubmitOutcome confirmed = homework.submit(course.id(), meeting1, saved.version(), true);
            assertThat(confirmed.result()).isEqualTo(SubmitOutcome.Result.SUBMITTED);
        });
    }

    @Test
    void attachments_are_checked_by_their_bytes_and_one_holding_an_iban_is_not_stored() throws Exception {
        Course course = publishedCourse(4);
        long meeting1 = course.meeting(1).id();
        PersonSummary writer = course.member(1);
        byte[] exe = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0};
        byte[] pdf = TestDocuments.pdf("Overzicht van de wijk, zonder gegevens van bewoners.");
        byte[] withIban = TestDocuments.pdf("Overzicht van de wijk. Rekening NL91ABNA0417164300 van de familie.");

        testData.runAs(writer.email(), () -> {
            assertThatThrownBy(() -> homework.addFile(course.id(), meeting1, "verslag.pdf", exe))
                    .isInstanceOf(UserFacingException.class);
            assertThatThrownBy(() -> homework.addFile(course.id(), meeting1, "leeg.pdf", new byte[0]))
                    .isInstanceOf(UserFacingException.class);
            assertThatThrownBy(() -> homework.addFile(course.id(), meeting1, "rekening.pdf", withIban))
                    .as("a file holding an IBAN is not stored")
                    .isInstanceOfSatisfying(
                            IdentifierRefused.class, e -> assertThat(e.kind()).isEqualTo(FindingKind.IBAN));
            assertThat(myHomework.mine(course.id(), meeting1).files()).isEmpty();
            HomeworkFile file = homework.addFile(course.id(), meeting1, "../../verslag.pdf", pdf);
            assertThat(file.fileName()).isEqualTo("verslag.pdf");
            MyHomework mine = myHomework.mine(course.id(), meeting1);
            assertThat(mine.files()).extracting(HomeworkFile::fileName).containsExactly("verslag.pdf");
            homework.removeFile(course.id(), meeting1, file.id());
            assertThat(myHomework.mine(course.id(), meeting1).files()).isEmpty();
            for (int i = 0; i < 5; i++) {
                homework.addFile(course.id(), meeting1, "bijlage-" + i + ".pdf", TestDocuments.pdf("Bijlage " + i));
            }
            assertThatThrownBy(() -> homework.addFile(course.id(), meeting1, "zesde.pdf", TestDocuments.pdf("zes")))
                    .isInstanceOf(UserFacingException.class);
        });
        FileDownload own = testData.runAs(
                writer.email(),
                () -> downloads.download(testData.runAs(writer.email(), () -> myHomework.mine(course.id(), meeting1))
                        .files()
                        .getFirst()
                        .id()));
        assertThat(own.contentType()).isEqualTo("application/pdf");
    }

    @Test
    void a_pdf_bomb_is_refused_within_seconds_with_a_clear_message_and_nothing_is_stored() {
        Course course = publishedCourse(4);
        long meeting1 = course.meeting(1).id();
        PersonSummary writer = course.member(1);
        byte[] bomb = nl.pendel.shared.files.PdfBombs.sharedContent(10, 100);
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();

        testData.runAs(writer.email(), () -> {
            long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
            long start = System.nanoTime();
            assertThatThrownBy(() -> homework.addFile(course.id(), meeting1, "wijkkaart.pdf", bomb))
                    .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey())
                            .isEqualTo("upload.error.too-complex"));
            long millis = (System.nanoTime() - start) / 1_000_000;
            long allocatedMegabytes = (threads.getCurrentThreadAllocatedBytes() - allocatedBefore) / (1024 * 1024);
            System.out.printf(
                    "PDF bomb through HomeworkService.addFile (%d kB): %d ms, %d MB allocated%n",
                    bomb.length / 1024, millis, allocatedMegabytes);
            assertThat(millis).isLessThan(3_000);
            assertThat(allocatedMegabytes).isLessThan(300);
            assertThat(myHomework.mine(course.id(), meeting1).files()).isEmpty();
        });
        assertThat(filesOf(course, meeting1, writer)).isZero();
    }

    @Test
    void a_draft_attachment_taken_off_is_deleted_from_the_database_but_a_handed_in_version_keeps_its_file() {
        Course course = publishedCourse(4);
        long meeting1 = course.meeting(1).id();
        PersonSummary writer = course.member(1);

        testData.runAs(writer.email(), () -> {
            for (int i = 0; i < 10; i++) {
                HomeworkFile file = homework.addFile(
                        course.id(), meeting1, "poging-" + i + ".pdf", TestDocuments.pdf("Poging " + i));
                homework.removeFile(course.id(), meeting1, file.id());
            }
        });
        assertThat(filesOf(course, meeting1, writer))
                .as("upload and remove leaves nothing behind")
                .isZero();

        long handedIn = testData.runAs(writer.email(), () -> {
            HomeworkFile file =
                    homework.addFile(course.id(), meeting1, "kaart.pdf", TestDocuments.pdf("Sociale kaart"));
            DraftSaved saved = homework.saveDraft(course.id(), meeting1, "Zie de kaart.", 0);
            homework.submit(course.id(), meeting1, saved.version(), false);
            homework.withdraw(course.id(), meeting1);
            homework.removeFile(course.id(), meeting1, file.id());
            assertThat(myHomework.mine(course.id(), meeting1).files()).isEmpty();
            return file.id();
        });
        assertThat(filesOf(course, meeting1, writer))
                .as("the version handed in keeps its file")
                .isEqualTo(1);
        FileDownload kept = testData.runAs(writer.email(), () -> downloads.download(handedIn));
        assertThat(kept.fileName()).isEqualTo("kaart.pdf");
    }

    @Test
    void a_docx_with_too_many_parts_is_refused_saying_so_not_as_no_docx() throws Exception {
        Course course = publishedCourse(4);
        long meeting1 = course.meeting(1).id();
        PersonSummary writer = course.member(1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("[Content_Types].xml"));
            zip.write(("<Types><Override PartName=\"/word/document.xml\" ContentType=\"application/"
                            + "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.putNextEntry(new java.util.zip.ZipEntry("word/document.xml"));
            zip.write("<w:document/>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            for (int i = 0; i < 5_001; i++) {
                zip.putNextEntry(new java.util.zip.ZipEntry("word/media/" + i + ".bin"));
            }
        }

        testData.runAs(writer.email(), () -> assertThatThrownBy(
                        () -> homework.addFile(course.id(), meeting1, "verslag.docx", out.toByteArray()))
                .isInstanceOfSatisfying(UserFacingException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("upload.error.too-many-parts");
                    assertThat(e.arguments()).containsExactly("verslag.docx", 5_000);
                }));
        assertThat(filesOf(course, meeting1, writer)).isZero();
    }

    private long filesOf(Course course, long meetingId, PersonSummary writer) {
        return jdbc.sql("""
                        select count(*) from homework_file f join homework h on h.id = f.homework_id
                        where h.meeting_id = ? and h.person_id = ?""").params(meetingId, writer.id()).query(Long.class).single();
    }

    @Test
    void html_and_script_in_homework_are_shown_as_text_never_run() {
        Course course = publishedCourse(4);
        long meeting1 = course.meeting(1).id();
        PersonSummary writer = course.member(1);
        MyHomework mine = testData.runAs(writer.email(), () -> {
            DraftSaved saved = homework.saveDraft(
                    course.id(),
                    meeting1,
                    "<script>alert('x')</script> en [klik](javascript:alert(1)) <img src=x onerror=alert(1)>",
                    0);
            homework.submit(course.id(), meeting1, saved.version(), true);
            return myHomework.mine(course.id(), meeting1);
        });
        String html = mine.submissions().getFirst().bodyHtml();
        assertThat(html)
                .doesNotContain("<script")
                .doesNotContain("href=\"javascript")
                .doesNotContain("<img");
        assertThat(html).contains("&lt;script&gt;");
    }

    @Test
    void caseload_themes_add_up_per_subgroup_and_for_the_team_anonymously_most_frequent_first() {
        Course course = publishedCourse(8);
        CourseDetails.Meeting meeting2 = course.details().meetings().stream()
                .filter(CourseDetails.Meeting::asksCaseloadThemes)
                .findFirst()
                .orElseThrow();
        List<String> keys = testData.runAs(course.trainer(), () -> myHomework.caseloadThemes(course.id())).stream()
                .map(nl.pendel.course.CaseloadTheme::key)
                .toList();
        String lonely = keys.get(0);
        String debts = keys.get(1);
        PersonSummary a = course.members(1).get(0);
        PersonSummary b = course.members(1).get(1);
        PersonSummary c = course.members(2).get(0);
        handIn(course, meeting2.id(), a, List.of(new ThemeAnswer(lonely, null, 5), new ThemeAnswer(debts, null, 2)));
        handIn(
                course,
                meeting2.id(),
                b,
                List.of(new ThemeAnswer(lonely, null, 3), new ThemeAnswer(null, "taalles voor vaders", 4)));
        handIn(course, meeting2.id(), c, List.of(new ThemeAnswer(debts, null, 7)));
        testData.runAs(
                course.members(2).get(1).email(),
                () -> homework.saveThemes(course.id(), meeting2.id(), List.of(new ThemeAnswer(lonely, null, 9))));

        NeedsBoard board = testData.runAs(course.trainer(), () -> needsBoards.needsBoard(course.id(), meeting2.id()));
        String lonelyLabel = label(course, lonely);
        String debtsLabel = label(course, debts);
        assertThat(board.contributions()).isEqualTo(3);
        assertThat(board.team())
                .containsExactly(
                        new NeedLine(debtsLabel, false, 2, 9),
                        new NeedLine(lonelyLabel, false, 2, 8),
                        new NeedLine("Taalles voor vaders", true, 1, 4));
        assertThat(board.bySubgroup().get(1))
                .containsExactly(
                        new NeedLine(lonelyLabel, false, 2, 8),
                        new NeedLine("Taalles voor vaders", true, 1, 4),
                        new NeedLine(debtsLabel, false, 1, 2));
        assertThat(board.bySubgroup().get(2)).containsExactly(new NeedLine(debtsLabel, false, 1, 7));

        NeedsBoard participantView =
                testData.runAs(a.email(), () -> needsBoards.needsBoard(course.id(), meeting2.id()));
        assertThat(participantView.bySubgroup()).containsOnlyKeys(1);
        assertThat(participantView.team()).isEqualTo(board.team());

        assertThatThrownBy(() -> testData.runAs(
                        a.email(),
                        () -> homework.saveThemes(
                                course.id(), meeting2.id(), List.of(new ThemeAnswer(lonely, null, 0)))))
                .isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> testData.runAs(
                        c.email(),
                        () -> homework.saveThemes(
                                course.id(), course.meeting(1).id(), List.of(new ThemeAnswer(lonely, null, 1)))))
                .as("meeting 1 does not ask for themes")
                .isInstanceOf(UserFacingException.class);
    }

    @Test
    void others_never_see_a_draft_and_subgroup_members_read_each_others_work_only_after_the_deadline() {
        Course course = publishedCourse(8);
        long meeting1 = course.meeting(1).id();
        PersonSummary writer = course.members(1).get(0);
        PersonSummary peer = course.members(1).get(1);
        PersonSummary otherGroup = course.member(2);
        LocalDateTime start = course.sessionStart(1, 1);
        clock.setTo(start.minusDays(1));
        long fileId = testData.runAs(writer.email(), () -> {
            HomeworkFile file = homework.addFile(
                    course.id(), meeting1, "kaart.pdf", TestDocuments.pdf("Sociale kaart van de wijk"));
            DraftSaved saved = homework.saveDraft(course.id(), meeting1, "Mijn werk voor de subgroep", 0);
            homework.submit(course.id(), meeting1, saved.version(), false);
            return file.id();
        });
        assertThatThrownBy(() -> testData.runAs(peer.email(), () -> downloads.download(fileId)))
                .as("a subgroup member before the deadline")
                .isInstanceOf(AccessDeniedException.class);
        testData.runAs(peer.email(), () -> homework.saveDraft(course.id(), meeting1, "geheim concept", 0));

        assertThat(testData.runAs(peer.email(), () -> myHomework.subgroupWork(course.id(), meeting1)))
                .as("before the deadline")
                .isEmpty();
        clock.setTo(start.plusMinutes(1));
        assertThat(testData.runAs(peer.email(), () -> myHomework.subgroupWork(course.id(), meeting1)))
                .singleElement()
                .satisfies(w -> assertThat(w.body()).isEqualTo("Mijn werk voor de subgroep"));
        assertThat(testData.runAs(writer.email(), () -> myHomework.subgroupWork(course.id(), meeting1)))
                .as("a draft is never shared")
                .isEmpty();
        assertThat(testData.runAs(otherGroup.email(), () -> myHomework.subgroupWork(course.id(), meeting1)))
                .as("another subgroup")
                .isEmpty();
        assertThat(testData.runAs(peer.email(), () -> downloads.download(fileId))
                        .fileName())
                .isEqualTo("kaart.pdf");
        assertThatThrownBy(() -> testData.runAs(otherGroup.email(), () -> downloads.download(fileId)))
                .as("another subgroup")
                .isInstanceOf(AccessDeniedException.class);
        assertThat(testData.runAs(course.trainer(), () -> downloads.download(fileId))
                        .content())
                .isNotEmpty();

        long peerDraft = store.find(meeting1, peer.id()).orElseThrow().id();
        HomeworkReading reading = testData.runAs(course.trainer(), () -> review.read(course.id(), peerDraft));
        assertThat(reading.submissions())
                .as("trainers read what was handed in; the draft stays out")
                .isEmpty();
        assertThat(reading.toString()).doesNotContain("geheim concept");
    }

    @Test
    void the_team_lead_sees_figures_not_texts_and_strangers_see_nothing() {
        Course course = publishedCourse(4);
        long meeting1 = course.meeting(1).id();
        PersonSummary writer = course.member(1);
        long homeworkId = testData.runAs(writer.email(), () -> {
            DraftSaved saved = homework.saveDraft(course.id(), meeting1, "tekst", 0);
            homework.submit(course.id(), meeting1, saved.version(), false);
            return store.find(meeting1, writer.id()).orElseThrow().id();
        });
        PersonSummary lead = testData.teamLead(course.fixture().team().id());
        PersonSummary otherLead = testData.person().roles(Role.TEAM_LEAD).create();
        PersonSummary otherTrainer = testData.trainer();
        PersonSummary stranger = testData.person().create();

        List<MeetingCompletion> figures = testData.runAs(lead.email(), () -> homeworkFigures.completion(course.id()));
        assertThat(figures.getFirst().onTime()).isEqualTo(1);
        assertThat(figures.getFirst().open()).isEqualTo(3);
        assertThatThrownBy(() -> testData.runAs(lead.email(), () -> review.read(course.id(), homeworkId)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> testData.runAs(lead.email(), () -> review.overview(course.id(), meeting1)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> testData.runAs(otherLead.email(), () -> homeworkFigures.completion(course.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> testData.runAs(otherTrainer.email(), () -> review.read(course.id(), homeworkId)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> testData.runAs(stranger.email(), () -> myHomework.mine(course.id(), meeting1)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> testData.runAs(course.member(2).email(), () -> review.read(course.id(), homeworkId)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void feedback_is_stored_with_the_version_and_the_participant_sees_it() {
        Course course = publishedCourse(4);
        long meeting1 = course.meeting(1).id();
        PersonSummary writer = course.member(1);
        testData.runAs(writer.email(), () -> {
            DraftSaved saved = homework.saveDraft(course.id(), meeting1, "tekst", 0);
            homework.submit(course.id(), meeting1, saved.version(), false);
        });
        long submissionId = testData.runAs(writer.email(), () -> myHomework.mine(course.id(), meeting1))
                .submissions()
                .getFirst()
                .id();
        assertThatThrownBy(() ->
                        testData.runAs(course.trainer(), () -> review.giveFeedback(course.id(), submissionId, " ")))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("homework.error.feedback-empty"));
        testData.runAs(course.trainer(), () -> review.giveFeedback(course.id(), submissionId, "Mooi *verwoord*."));

        Submission seen = testData.runAs(writer.email(), () -> myHomework.mine(course.id(), meeting1))
                .submissions()
                .getFirst();
        assertThat(seen.feedback()).singleElement().satisfies(f -> {
            assertThat(f.body()).isEqualTo("Mooi *verwoord*.");
            assertThat(f.bodyHtml()).contains("<em>verwoord</em>");
        });
        assertThatThrownBy(() ->
                        testData.runAs(writer.email(), () -> review.giveFeedback(course.id(), submissionId, "zelf")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_trainers_overview_briefing_and_board_cost_the_same_statements_for_4_or_16_participants() {
        Course small = publishedCourse(4);
        Course large = publishedCourse(16);
        for (Course course : List.of(small, large)) {
            for (PersonSummary person : course.fixture().participants()) {
                testData.runAs(person.email(), () -> {
                    DraftSaved saved =
                            homework.saveDraft(course.id(), course.meeting(1).id(), "werk", 0);
                    homework.submit(course.id(), course.meeting(1).id(), saved.version(), false);
                });
            }
            long first = course.fixture().participants().getFirst().id();
            long submission = testData.runAs(
                            course.fixture().participants().getFirst().email(),
                            () -> myHomework.mine(course.id(), course.meeting(1).id()))
                    .submissions()
                    .getFirst()
                    .id();
            testData.runAs(course.trainer(), () -> review.giveFeedback(course.id(), submission, "goed " + first));
        }
        // once before counting: what a server reads once (the programme's caseload themes) is not counted
        statements(small, c -> briefings.briefing(c.id(), c.meeting(1).id(), 1));
        assertThat(statements(large, c -> review.overview(c.id(), c.meeting(1).id())))
                .isEqualTo(statements(
                        small, c -> review.overview(c.id(), c.meeting(1).id())));
        assertThat(statements(
                        large, c -> briefings.briefing(c.id(), c.meeting(1).id(), 1)))
                .isEqualTo(statements(
                        small, c -> briefings.briefing(c.id(), c.meeting(1).id(), 1)));
        assertThat(statements(
                        large, c -> needsBoards.needsBoard(c.id(), c.meeting(2).id())))
                .isEqualTo(statements(
                        small, c -> needsBoards.needsBoard(c.id(), c.meeting(2).id())));
        assertThat(statements(large, c -> homeworkFigures.completion(c.id())))
                .isEqualTo(statements(small, c -> homeworkFigures.completion(c.id())));
    }

    @Test
    void
            the_participants_page_costs_the_same_statements_for_8_or_24_within_the_screens_limit_also_once_the_subgroups_work_shows() {
        // two and six in each of the four subgroups, so there is others' work to read in both
        Course small = publishedCourse(8);
        Course large = publishedCourse(24);
        for (Course course : List.of(small, large)) {
            long meeting1 = course.meeting(1).id();
            for (PersonSummary person : course.fixture().participants()) {
                long submission = testData.runAs(person.email(), () -> {
                    homework.addFile(
                            course.id(), meeting1, "kaart.pdf", TestDocuments.pdf("Sociale kaart van " + person.id()));
                    DraftSaved saved = homework.saveDraft(course.id(), meeting1, "werk van " + person.id(), 0);
                    homework.submit(course.id(), meeting1, saved.version(), true);
                    return myHomework
                            .mine(course.id(), meeting1)
                            .submissions()
                            .getFirst()
                            .id();
                });
                testData.runAs(course.trainer(), () -> review.giveFeedback(course.id(), submission, "goed"));
            }
        }
        // once before counting: what a server reads once (the programme's caseload themes) is not counted
        pageStatements(small, 1, false);
        assertThat(pageStatements(large, 1, false))
                .as("before the deadline")
                .isEqualTo(pageStatements(small, 1, false));
        assertThat(pageStatements(large, 1, true))
                .as("after the deadline, with the subgroup's work")
                .isEqualTo(pageStatements(small, 1, true))
                .as("the screens' limit of SqlPerScreenTest (which opens it before the deadline)")
                .isLessThanOrEqualTo(20);
    }

    /** The statements of the first subgroup member's page of a meeting, read as its screen reads it. */
    private int pageStatements(Course course, int meetingPosition, boolean afterDeadline) {
        LocalDateTime start = course.sessionStart(meetingPosition, 1);
        LocalDateTime now = afterDeadline ? start.plusMinutes(1) : start.minusDays(1);
        clock.setTo(now);
        long meetingId = course.meeting(meetingPosition).id();
        var counted = testData.runAs(
                course.member(1).email(),
                () -> nl.pendel.SqlStatements.count(() -> myHomework.page(course.id(), meetingId)));
        assertThat(counted.result().mine().submissions()).singleElement().satisfies(s -> {
            assertThat(s.files()).hasSize(1);
            assertThat(s.feedback()).hasSize(1);
        });
        assertThat(course.members(1)).hasSizeGreaterThan(1);
        assertThat(counted.result().peers())
                .as("the subgroup's work, only after the deadline")
                .hasSize(afterDeadline ? course.members(1).size() - 1 : 0)
                .allSatisfy(peer -> assertThat(peer.files()).hasSize(1));
        return counted.statements();
    }

    private int statements(Course course, java.util.function.Function<Course, Object> screen) {
        return testData.runAs(course.trainer(), () -> nl.pendel.SqlStatements.count(() -> screen.apply(course)))
                .statements();
    }

    // ---- fixtures

    private void handIn(Course course, long meetingId, PersonSummary who) {
        testData.runAs(who.email(), () -> {
            DraftSaved saved = homework.saveDraft(course.id(), meetingId, "Wat ik zag.", 0);
            return homework.submit(course.id(), meetingId, saved.version(), false);
        });
    }

    private void handIn(Course course, long meetingId, PersonSummary who, List<ThemeAnswer> themes) {
        testData.runAs(who.email(), () -> {
            homework.saveThemes(course.id(), meetingId, themes);
            DraftSaved saved = homework.saveDraft(course.id(), meetingId, "Wat ik zie in mijn caseload.", 0);
            homework.submit(course.id(), meetingId, saved.version(), true);
        });
    }

    private String label(Course course, String key) {
        return testData.runAs(course.trainer(), () -> myHomework.caseloadThemes(course.id())).stream()
                .filter(t -> t.key().equals(key))
                .findFirst()
                .orElseThrow()
                .label();
    }

    private LocalDateTime due(PersonSummary person, long meetingId) {
        return testData.runAs(person.email(), () -> myHomework.myAssignments()).stream()
                .filter(a -> a.meetingId() == meetingId)
                .findFirst()
                .orElseThrow()
                .dueAt();
    }

    private Course publishedCourse(int participants) {
        CourseFixture fixture = testData.course(participants);
        List<SessionView> sessions = testData.schedule(fixture, TestData.unique("Buurthuis"));
        testData.publish(fixture);
        CourseDetails details = testData.runAs(
                fixture.trainer().email(),
                () -> courses.details(fixture.course().id()));
        List<CourseSubgroup> courseSubgroups = testData.runAs(
                fixture.trainer().email(),
                () -> subgroups.ofCourse(fixture.course().id()));
        return new Course(fixture, details, sessions, courseSubgroups);
    }

    private record Course(
            CourseFixture fixture, CourseDetails details, List<SessionView> sessions, List<CourseSubgroup> subgroups) {

        long id() {
            return fixture.course().id();
        }

        String trainer() {
            return fixture.trainer().email();
        }

        CourseDetails.Meeting meeting(int position) {
            return details.meetings().get(position - 1);
        }

        List<PersonSummary> members(int subgroupNumber) {
            CourseSubgroup subgroup = subgroups.stream()
                    .filter(s -> s.number() == subgroupNumber)
                    .findFirst()
                    .orElseThrow();
            return fixture.participants().stream()
                    .filter(p -> subgroup.members().contains(p.id()))
                    .sorted(java.util.Comparator.comparing(PersonSummary::id))
                    .toList();
        }

        PersonSummary member(int subgroupNumber) {
            return members(subgroupNumber).getFirst();
        }

        LocalDateTime sessionStart(int meetingPosition, int subgroupNumber) {
            SessionView session = sessions.stream()
                    .filter(s -> s.meetingPosition() == meetingPosition && s.subgroupNumber() == subgroupNumber)
                    .findFirst()
                    .orElseThrow();
            return session.date().atTime(session.start());
        }
    }
}
