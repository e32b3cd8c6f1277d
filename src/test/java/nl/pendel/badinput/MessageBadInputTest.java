package nl.pendel.badinput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.pendel.IntegrationTest;
import nl.pendel.TestData;
import nl.pendel.message.Announcement;
import nl.pendel.message.AnnouncementDraft;
import nl.pendel.message.Audience;
import nl.pendel.message.MessageService;
import nl.pendel.plan.PlanFixtures;
import nl.pendel.shared.UserFacingException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The hostile inputs on the announcement form and the reply form (decision 0018), through the
 * service behind them: kept exactly as typed, or refused with the Dutch message and nothing stored
 * (not in the tables, the outbox or the bell).
 */
@IntegrationTest
class MessageBadInputTest {

    @Autowired
    TestData testData;

    @Autowired
    PlanFixtures fixtures;

    @Autowired
    MessageService messages;

    @Autowired
    JdbcClient jdbc;

    @Test
    void the_announcement_form_keeps_every_character_or_refuses_with_a_dutch_message() {
        var course = fixtures.published(8);
        var other = fixtures.published(4);
        String trainer = course.trainer().email();
        int inputs = 0;

        for (String text : BadInputs.ACCEPTED_TEXTS) {
            testData.runAs(trainer, () -> messages.announce(course.id(), AnnouncementDraft.toCourse(text, text)));
            Announcement stored = testData.runAs(trainer, () -> messages.page(course.id()))
                    .announcements()
                    .getFirst();
            assertThat(stored.subject()).as("stored exactly: %s", text).isEqualTo(text);
            assertThat(stored.body()).isEqualTo(text);
            inputs++;
        }
        long announcements = count("course_announcement", course.id());
        long mails = mails();
        List<Object[]> refused = new ArrayList<>();
        for (String empty : new String[] {"", BadInputs.WHITESPACE, BadInputs.INVISIBLE}) {
            refused.add(new Object[] {AnnouncementDraft.toCourse(empty, "Tekst"), "message.error.subject-empty"});
            refused.add(new Object[] {AnnouncementDraft.toCourse("Onderwerp", empty), "message.error.body-empty"});
        }
        refused.add(new Object[] {AnnouncementDraft.toCourse(null, "Tekst"), "message.error.subject-empty"});
        refused.add(new Object[] {
            AnnouncementDraft.toCourse("x".repeat(MessageService.SUBJECT_MAX + 1), "Tekst"),
            "message.error.subject-too-long"
        });
        refused.add(
                new Object[] {AnnouncementDraft.toCourse("Twee\nregels", "Tekst"), "message.error.subject-one-line"});
        refused.add(
                new Object[] {AnnouncementDraft.toCourse("Onderwerp", BadInputs.OVERLONG), "message.error.body-too-long"
                });
        refused.add(new Object[] {
            AnnouncementDraft.toCourse("Bewoner " + ResidentIdentifiers.bsn(), "Tekst"), "privacy.refused"
        });
        refused.add(new Object[] {
            AnnouncementDraft.toCourse("Onderwerp", "Rekening " + ResidentIdentifiers.iban()), "privacy.refused"
        });
        refused.add(new Object[] {
            new AnnouncementDraft(Audience.SUBGROUP, null, null, "Onderwerp", "Tekst"), "message.error.subgroup"
        });
        refused.add(new Object[] {
            AnnouncementDraft.toSubgroup(BadInputs.NEGATIVE, "Onderwerp", "Tekst"), "message.error.subgroup"
        });
        refused.add(new Object[] {
            AnnouncementDraft.toSubgroup(other.subgroupIds().getFirst(), "Onderwerp", "Tekst"), "message.error.subgroup"
        });
        refused.add(new Object[] {
            new AnnouncementDraft(Audience.PERSON, null, null, "Onderwerp", "Tekst"), "message.error.person"
        });
        refused.add(new Object[] {
            AnnouncementDraft.toPerson(other.member(1, 0).id(), "Onderwerp", "Tekst"), "message.error.person"
        });
        for (Object[] row : refused) {
            AnnouncementDraft draft = (AnnouncementDraft) row[0];
            assertRefused(() -> testData.runAs(trainer, () -> messages.announce(course.id(), draft)), (String) row[1]);
            inputs++;
        }
        assertThat(count("course_announcement", course.id()))
                .as("refusals stored nothing")
                .isEqualTo(announcements);
        assertThat(mails()).as("nor wrote a mail").isEqualTo(mails);
        System.out.printf("bad input: announcement form, %d inputs%n", inputs);
    }

    @Test
    void the_reply_form_keeps_every_character_or_refuses_with_a_dutch_message() {
        var course = fixtures.published(8);
        String participant = course.member(1, 0).email();
        long id = testData.runAs(
                course.trainer().email(),
                () -> messages.announce(course.id(), AnnouncementDraft.toCourse("Vragen?", "Stel ze hier.")));
        int inputs = 0;
        for (String text : BadInputs.ACCEPTED_TEXTS) {
            testData.runAs(participant, () -> messages.reply(id, text));
            inputs++;
        }
        assertThat(testData.runAs(participant, () -> messages.page(course.id()))
                        .announcements()
                        .getFirst()
                        .threadOf(course.member(1, 0).id())
                        .lines())
                .extracting(Announcement.Line::body)
                .containsExactlyElementsOf(BadInputs.ACCEPTED_TEXTS);
        long mails = mails();
        Map<String, String> refused = Map.of(
                "",
                "message.error.body-empty",
                BadInputs.WHITESPACE,
                "message.error.body-empty",
                BadInputs.INVISIBLE,
                "message.error.body-empty",
                BadInputs.OVERLONG,
                "message.error.body-too-long",
                "Bewoner " + ResidentIdentifiers.bsn() + " belde",
                "privacy.refused",
                "IBAN " + ResidentIdentifiers.iban(),
                "privacy.refused");
        for (var entry : refused.entrySet()) {
            assertRefused(
                    () -> testData.runAs(participant, () -> messages.reply(id, entry.getKey())), entry.getValue());
            inputs++;
        }
        assertThat(jdbc.sql("select count(*) from announcement_reply where announcement_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .as("refusals stored nothing")
                .isEqualTo(BadInputs.ACCEPTED_TEXTS.size());
        assertThat(mails()).as("nor wrote a mail").isEqualTo(mails);
        System.out.printf("bad input: reply form, %d inputs%n", inputs);
    }

    private static void assertRefused(Runnable write, String key) {
        assertThatThrownBy(write::run).isInstanceOfSatisfying(UserFacingException.class, e -> {
            assertThat(e.messageKey()).isEqualTo(key);
            assertThat(BadInputs.dutch(e.messageKey(), e.arguments())).isNotBlank();
        });
    }

    private long count(String table, long courseId) {
        return jdbc.sql("select count(*) from " + table + " where course_id = ?")
                .param(courseId)
                .query(Long.class)
                .single();
    }

    private long mails() {
        return jdbc.sql("select count(*) from mail_outbox where dedupe_key like 'message-%'")
                        .query(Long.class)
                        .single()
                + jdbc.sql("select count(*) from app_notification where dedupe_key like 'message-%'")
                        .query(Long.class)
                        .single();
    }
}
