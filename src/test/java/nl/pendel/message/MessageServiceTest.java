package nl.pendel.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.pendel.IntegrationTest;
import nl.pendel.TestData;
import nl.pendel.account.PersonSummary;
import nl.pendel.notification.InboxItem;
import nl.pendel.notification.InboxKind;
import nl.pendel.notification.InboxService;
import nl.pendel.plan.PlanFixtures;
import nl.pendel.rights.ErasureService;
import nl.pendel.shared.UserFacingException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * Announcements to a course, a subgroup or one participant: who reads what, who may write, and
 * that a participant's answer reaches the trainers only (decision 0018).
 */
@IntegrationTest
class MessageServiceTest {

    private static final String ADMIN = "beheerder@pendel.test";

    @Autowired
    TestData testData;

    @Autowired
    PlanFixtures fixtures;

    @Autowired
    MessageService messages;

    @Autowired
    InboxService inbox;

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_course_wide_announcement_is_read_by_every_participant_and_the_lead_and_rings_their_bell() {
        var course = fixtures.published(8);
        long id = announce(course, AnnouncementDraft.toCourse("Zaal gewijzigd", "We zitten in zaal 2.\nTot dan!"));

        for (PersonSummary reader : List.of(course.member(1, 0), course.member(2, 0), course.lead())) {
            assertThat(subjects(reader, course.id())).as(reader.displayName()).containsExactly("Zaal gewijzigd");
        }
        Announcement read =
                page(course.member(1, 0), course.id()).announcements().getFirst();
        assertThat(read.id()).isEqualTo(id);
        assertThat(read.body()).isEqualTo("We zitten in zaal 2.\nTot dan!");
        assertThat(read.author()).isEqualTo(course.trainer().displayName());

        InboxItem item = testData.runAs(course.member(2, 1).email(), () -> inbox.page(0, 20))
                .getFirst();
        assertThat(item.kind()).isEqualTo(InboxKind.ANNOUNCEMENT);
        assertThat(item.target()).isEqualTo("cursussen/" + course.id() + "/berichten");
        assertThat(item.params()).containsExactly(course.fixture().course().title());
        assertThat(testData.runAs(course.trainer().email(), () -> inbox.unread()))
                .as("the writer's own bell")
                .isZero();
        assertThat(testData.runAs(course.lead().email(), () -> inbox.unread()))
                .as("the lead reads, is not told")
                .isZero();
    }

    @Test
    void a_subgroup_announcement_is_read_by_its_members_and_the_trainer_only() {
        var course = fixtures.published(8);
        announce(course, AnnouncementDraft.toSubgroup(course.subgroupIds().getFirst(), "Subgroep 1", "Tekst"));

        assertThat(subjects(course.member(1, 0), course.id())).containsExactly("Subgroep 1");
        assertThat(subjects(course.member(1, 1), course.id())).containsExactly("Subgroep 1");
        assertThat(page(course.member(1, 1), course.id())
                        .announcements()
                        .getFirst()
                        .to())
                .as("the subgroup's number, as the participant reads it")
                .isEqualTo("1");
        assertThat(subjects(course.member(2, 0), course.id())).isEmpty();
        assertThat(subjects(course.lead(), course.id()))
                .as("lead: course-wide only")
                .isEmpty();
        assertThat(subjects(course.trainer(), course.id())).containsExactly("Subgroep 1");
        assertThat(testData.runAs(course.member(1, 1).email(), () -> inbox.unread()))
                .isEqualTo(1);
        assertThat(testData.runAs(course.member(2, 0).email(), () -> inbox.unread()))
                .isZero();
    }

    @Test
    void a_personal_announcement_is_read_by_that_participant_only() {
        var course = fixtures.published(8);
        var to = course.member(2, 1);
        announce(course, AnnouncementDraft.toPerson(to.id(), "Even bellen?", "Wil je me bellen?"));

        assertThat(subjects(to, course.id())).containsExactly("Even bellen?");
        assertThat(page(course.trainer(), course.id())
                        .announcements()
                        .getFirst()
                        .to())
                .isEqualTo(to.displayName());
        assertThat(subjects(course.member(2, 0), course.id())).isEmpty();
        assertThat(subjects(course.member(1, 0), course.id())).isEmpty();
        assertThat(subjects(course.lead(), course.id())).isEmpty();
    }

    @Test
    void a_participant_the_lead_and_another_courses_trainer_cannot_announce() {
        var course = fixtures.published(8);
        var other = fixtures.published(4);
        for (String email : List.of(
                course.member(1, 0).email(),
                course.lead().email(),
                other.trainer().email())) {
            assertThatThrownBy(() -> testData.runAs(
                            email, () -> messages.announce(course.id(), AnnouncementDraft.toCourse("Hallo", "Tekst"))))
                    .as(email)
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> testData.runAs(other.trainer().email(), () -> messages.page(course.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(count(course.id())).isZero();
    }

    @Test
    void a_subgroup_or_participant_of_another_course_is_refused_and_nothing_is_stored() {
        var course = fixtures.published(8);
        var other = fixtures.published(4);
        assertRefused(
                course,
                AnnouncementDraft.toSubgroup(other.subgroupIds().getFirst(), "Hallo", "Tekst"),
                "message.error.subgroup");
        assertRefused(
                course, AnnouncementDraft.toPerson(other.member(1, 0).id(), "Hallo", "Tekst"), "message.error.person");
        assertRefused(
                course, AnnouncementDraft.toPerson(course.trainer().id(), "Hallo", "Tekst"), "message.error.person");
        assertRefused(
                course,
                new AnnouncementDraft(Audience.SUBGROUP, null, null, "Hallo", "Tekst"),
                "message.error.subgroup");
        assertThat(count(course.id())).isZero();
    }

    @Test
    void a_reply_reaches_the_trainers_only_and_the_other_participants_never_see_it() {
        var course = fixtures.published(8);
        var asking = course.member(1, 0);
        var other = course.member(1, 1);
        long id = announce(course, AnnouncementDraft.toCourse("Huiswerk", "Lees hoofdstuk 3."));

        testData.runAs(asking.email(), () -> messages.reply(id, "Welk hoofdstuk precies?"));

        Announcement.Thread mine =
                page(asking, course.id()).announcements().getFirst().threadOf(asking.id());
        assertThat(mine).isNotNull();
        assertThat(mine.lines()).extracting(Announcement.Line::body).containsExactly("Welk hoofdstuk precies?");
        assertThat(page(other, course.id()).announcements().getFirst().threads())
                .as("another participant sees no thread of someone else")
                .isEmpty();
        assertThat(page(course.lead(), course.id()).announcements().getFirst().threads())
                .isEmpty();
        assertThat(testData.runAs(other.email(), () -> inbox.unread()))
                .as("only the announcement rang")
                .isEqualTo(1);
        InboxItem told = testData.runAs(course.trainer().email(), () -> inbox.page(0, 20))
                .getFirst();
        assertThat(told.kind()).isEqualTo(InboxKind.MESSAGE);

        testData.runAs(course.trainer().email(), () -> messages.answer(id, asking.id(), "Hoofdstuk 3.2."));
        Announcement.Thread seen =
                page(course.trainer(), course.id()).announcements().getFirst().threadOf(asking.id());
        assertThat(seen.lines())
                .extracting(Announcement.Line::body, Announcement.Line::fromTrainer)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Welk hoofdstuk precies?", false),
                        org.assertj.core.groups.Tuple.tuple("Hoofdstuk 3.2.", true));
        assertThat(testData.runAs(asking.email(), () -> inbox.unread())).isEqualTo(2);
        assertThat(testData.runAs(other.email(), () -> inbox.unread())).isEqualTo(1);
    }

    @Test
    void only_an_addressee_replies_and_a_participant_cannot_answer_in_anothers_thread() {
        var course = fixtures.published(8);
        long id = announce(
                course, AnnouncementDraft.toSubgroup(course.subgroupIds().getFirst(), "Subgroep 1", "Tekst"));

        assertThatThrownBy(() -> testData.runAs(course.member(2, 0).email(), () -> messages.reply(id, "Ik ook?")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> testData.runAs(course.lead().email(), () -> messages.reply(id, "Goed zo")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> testData.runAs(
                        course.member(1, 0).email(),
                        () -> messages.answer(id, course.member(1, 1).id(), "Hoi")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> testData.runAs(
                        course.trainer().email(),
                        () -> messages.answer(id, course.member(2, 0).id(), "Hoi")))
                .isInstanceOf(UserFacingException.class);
        assertThat(jdbc.sql("select count(*) from announcement_reply where announcement_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void erasure_deletes_a_persons_messages_and_keeps_the_announcements_to_the_course(
            @Autowired ErasureService erasure) {
        var course = fixtures.published(8);
        var asking = course.member(1, 0);
        long wide = announce(course, AnnouncementDraft.toCourse("Voor iedereen", "Tekst"));
        announce(course, AnnouncementDraft.toPerson(asking.id(), "Voor jou", "Tekst"));
        testData.runAs(asking.email(), () -> messages.reply(wide, "Mijn vraag"));

        testData.runAs(ADMIN, () -> erasure.erase(asking.id()));

        assertThat(subjects(course.trainer(), course.id())).containsExactly("Voor iedereen");
        assertThat(page(course.trainer(), course.id())
                        .announcements()
                        .getFirst()
                        .threads())
                .isEmpty();

        testData.runAs(ADMIN, () -> erasure.erase(course.trainer().id()));
        assertThat(subjects(course.member(1, 1), course.id()))
                .as("the course's announcement stays under the anonymised name")
                .containsExactly("Voor iedereen");
    }

    @Test
    void the_export_holds_the_announcements_to_me_and_my_messages_not_those_to_others(
            @Autowired nl.pendel.rights.PersonalDataExportService exports) throws Exception {
        var course = fixtures.published(8);
        var asking = course.member(1, 0);
        long wide = announce(course, AnnouncementDraft.toCourse("Voor iedereen", "Tekst"));
        announce(course, AnnouncementDraft.toPerson(asking.id(), "Voor jou", "Persoonlijke tekst"));
        announce(course, AnnouncementDraft.toPerson(course.member(2, 0).id(), "Voor een ander", "Andere tekst"));
        testData.runAs(asking.email(), () -> messages.reply(wide, "Mijn eigen vraag"));

        byte[] zip = testData.runAs(asking.email(), () -> exports.exportMine()).content();
        String json = "";
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals(nl.pendel.rights.PersonalDataExportService.JSON_NAME)) {
                    json = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                }
            }
        }
        assertThat(json)
                .contains("Persoonlijke tekst")
                .contains("Mijn eigen vraag")
                .doesNotContain("Andere tekst");
    }

    private void assertRefused(PlanFixtures.Course course, AnnouncementDraft draft, String key) {
        assertThatThrownBy(() -> testData.runAs(course.trainer().email(), () -> messages.announce(course.id(), draft)))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey())
                        .isEqualTo(key));
    }

    private long announce(PlanFixtures.Course course, AnnouncementDraft draft) {
        return testData.runAs(course.trainer().email(), () -> messages.announce(course.id(), draft));
    }

    private MessagesPage page(PersonSummary reader, long courseId) {
        return testData.runAs(reader.email(), () -> messages.page(courseId));
    }

    private List<String> subjects(PersonSummary reader, long courseId) {
        return page(reader, courseId).announcements().stream()
                .map(Announcement::subject)
                .toList();
    }

    private long count(long courseId) {
        return jdbc.sql("select count(*) from course_announcement where course_id = ?")
                .param(courseId)
                .query(Long.class)
                .single();
    }
}
