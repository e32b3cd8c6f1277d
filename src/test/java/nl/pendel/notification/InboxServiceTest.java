package nl.pendel.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import nl.pendel.IntegrationTest;
import nl.pendel.SqlStatements;
import nl.pendel.TestData;
import nl.pendel.account.PersonSummary;
import nl.pendel.notification.internal.InboxNote;
import nl.pendel.notification.internal.InboxStore;
import nl.pendel.rights.RetentionService;
import nl.pendel.shared.UserFacingException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/** The inbox of notifications in the app: a person only ever sees and marks their own items. */
@IntegrationTest
class InboxServiceTest {

    @Autowired
    TestData testData;

    @Autowired
    InboxService inbox;

    @Autowired
    InboxStore store;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    java.time.Clock clock;

    @Test
    void a_person_sees_only_their_own_items_newest_first_and_counts_the_unread() {
        PersonSummary me = testData.person().create();
        PersonSummary other = testData.person().create();
        add(me, "oud", 2);
        add(me, "nieuw", 1);
        add(other, "van een ander", 1);

        List<InboxItem> mine = testData.runAs(me.email(), () -> inbox.page(0, 20));

        assertThat(mine).extracting(i -> i.params().getFirst()).containsExactly("nieuw", "oud");
        assertThat(mine).allSatisfy(i -> assertThat(i.read()).isFalse());
        assertThat(testData.runAs(me.email(), () -> inbox.unread())).isEqualTo(2);
        assertThat(testData.runAs(me.email(), () -> inbox.count())).isEqualTo(2);
    }

    @Test
    void opening_an_item_marks_it_read_and_answers_where_it_leads() {
        PersonSummary me = testData.person().create();
        long item = add(me, "bijeenkomst", 1);

        String target = testData.runAs(me.email(), () -> inbox.open(item));

        assertThat(target).isEqualTo("huiswerk/1/2");
        assertThat(testData.runAs(me.email(), () -> inbox.unread())).isZero();
        assertThat(testData.runAs(me.email(), () -> inbox.page(0, 20))
                        .getFirst()
                        .read())
                .isTrue();
    }

    @Test
    void another_persons_item_is_not_found_and_stays_unread() {
        PersonSummary me = testData.person().create();
        PersonSummary other = testData.person().create();
        long theirs = add(other, "van een ander", 1);

        assertThatThrownBy(() -> testData.runAs(me.email(), () -> inbox.open(theirs)))
                .isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey())
                .isEqualTo("error.not-found");
        assertThat(testData.runAs(other.email(), () -> inbox.unread())).isEqualTo(1);
    }

    @Test
    void all_read_marks_only_my_own_items() {
        PersonSummary me = testData.person().create();
        PersonSummary other = testData.person().create();
        add(me, "een", 2);
        add(me, "twee", 1);
        add(other, "van een ander", 1);

        assertThat(testData.runAs(me.email(), () -> inbox.markAllRead())).isEqualTo(2);

        assertThat(testData.runAs(me.email(), () -> inbox.unread())).isZero();
        assertThat(testData.runAs(other.email(), () -> inbox.unread())).isEqualTo(1);
    }

    @Test
    void the_unread_count_is_one_statement_however_many_items() {
        PersonSummary me = testData.person().create();
        for (int i = 0; i < 30; i++) {
            add(me, "item " + i, i + 1);
        }

        var counted = SqlStatements.count(() -> testData.runAs(me.email(), () -> inbox.unread()));

        assertThat(counted.result()).isEqualTo(30);
        assertThat(counted.sql())
                .filteredOn(s -> s.contains("app_notification"))
                .hasSize(1);
    }

    @Test
    void a_page_never_holds_more_than_the_maximum() {
        PersonSummary me = testData.person().create();
        for (int i = 0; i < 3; i++) {
            add(me, "item " + i, i + 1);
        }

        assertThat(testData.runAs(me.email(), () -> inbox.page(1, 2)))
                .extracting(i -> i.params().getFirst())
                .containsExactly("item 1", "item 2");
        assertThat(testData.runAs(me.email(), () -> inbox.page(-5, 100_000))).hasSize(3);
    }

    @Test
    void nobody_signed_in_reads_nothing() {
        assertThatThrownBy(() -> inbox.unread()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> inbox.open(1)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void read_items_go_after_six_months_and_unread_ones_stay(@Autowired RetentionService retention) {
        PersonSummary me = testData.person().create();
        long read = add(me, "gelezen", 24 * 200);
        long unread = add(me, "ongelezen", 24 * 200);
        long recent = add(me, "recent gelezen", 24 * 30);
        testData.runAs(me.email(), () -> inbox.open(read));
        testData.runAs(me.email(), () -> inbox.open(recent));

        retention.enforce();

        assertThat(jdbc.sql("select id from app_notification where person_id = ?")
                        .param(me.id())
                        .query(Long.class)
                        .list())
                .containsExactlyInAnyOrder(unread, recent);
    }

    @Test
    void the_export_gives_the_text_as_read_and_erasure_deletes_every_item(
            @Autowired List<nl.pendel.shared.personaldata.PersonalData> parts,
            @Autowired nl.pendel.shared.Translations translations) {
        PersonSummary me = testData.person().create();
        add(me, "Bijeenkomst 1", 1);
        var notifications = parts.stream()
                .filter(p -> p.part().equals("notifications"))
                .findFirst()
                .orElseThrow();

        @SuppressWarnings("unchecked")
        var part = (java.util.Map<String, Object>) notifications.export(
                me.id(), new nl.pendel.shared.personaldata.ExportLabels(translations, java.util.Locale.of("nl")));

        assertThat(part.get("in_app").toString())
                .contains("text=Je trainer heeft gereageerd op je huiswerk voor Bijeenkomst 1 (Cursus)")
                .contains("target=huiswerk/1/2");
        assertThat(notifications.erase(me.id())).isGreaterThanOrEqualTo(1);
        assertThat(testData.runAs(me.email(), () -> inbox.count())).isZero();
    }

    /** An item for this person, written the given hours ago; answers its id. */
    private long add(PersonSummary person, String name, int hoursAgo) {
        Instant at = clock.instant().minus(hoursAgo, ChronoUnit.HOURS);
        String key = TestData.unique("test");
        store.add(
                person.id(),
                key,
                new InboxNote(InboxKind.HOMEWORK_FEEDBACK, List.of(name, "Cursus"), "huiswerk/1/2", null),
                at);
        return jdbc.sql("select id from app_notification where person_id = ? and dedupe_key = ?")
                .params(person.id(), key)
                .query(Long.class)
                .single();
    }
}
