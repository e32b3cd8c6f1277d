package nl.pendel.rights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import nl.pendel.IntegrationTest;
import nl.pendel.MutableClock;
import nl.pendel.TestData;
import nl.pendel.course.CourseService;
import nl.pendel.course.CourseStatus;
import nl.pendel.shared.personaldata.PersonalData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The retention policy against MariaDB with a clock moved by hand: for every kind, data just inside
 * its period is kept and data just past it is deleted. Each test runs in a transaction that is
 * rolled back, since a run at a future time also deletes the shared demo data's old rows.
 */
@IntegrationTest
@Transactional
class RetentionServiceTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @Autowired
    TestData testData;

    @Autowired
    FilledPerson filledPerson;

    @Autowired
    CourseService courses;

    @Autowired
    PersonalDataExportService exports;

    @Autowired
    List<PersonalData> parts;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Environment environment;

    @Autowired
    RetentionService configured;

    @Autowired
    JdbcClient jdbc;

    @Test
    void the_periods_come_from_application_properties_and_a_property_overrides_a_kinds_period() {
        assertThat(configured.periods())
                .extracting(RetentionPeriod::kind, RetentionPeriod::period)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("homework", Period.ofMonths(12)),
                        org.assertj.core.groups.Tuple.tuple("self-assessment-texts", Period.ofMonths(24)),
                        org.assertj.core.groups.Tuple.tuple("attendance-notes", Period.ofMonths(12)),
                        org.assertj.core.groups.Tuple.tuple("outbox", Period.ofMonths(6)),
                        org.assertj.core.groups.Tuple.tuple("inbox", Period.ofMonths(6)),
                        org.assertj.core.groups.Tuple.tuple("score-views", Period.ofMonths(24)),
                        org.assertj.core.groups.Tuple.tuple("privacy-log", Period.ofMonths(24)),
                        org.assertj.core.groups.Tuple.tuple("plan-drafts", Period.ofMonths(3)),
                        org.assertj.core.groups.Tuple.tuple("look-back", Period.ofMonths(12)),
                        org.assertj.core.groups.Tuple.tuple("messages", Period.ofMonths(12)))
                .hasSize(10);
        RetentionService longer = service(new MutableClock(Instant.now()), Map.of("pendel.retention.homework", "18m"));
        assertThat(longer.periods())
                .filteredOn(p -> p.kind().equals("homework"))
                .singleElement()
                .extracting(RetentionPeriod::period)
                .isEqualTo(Period.ofMonths(18));
        assertThatThrownBy(() -> service(new MutableClock(Instant.now()), Map.of("pendel.retention.outbox", "0d")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("pendel.retention.outbox");
    }

    @Test
    void course_work_is_kept_until_its_period_after_the_closed_course_ended_and_deleted_just_after() {
        FilledPerson.Filled filled = filledPerson.create();
        long personId = filled.person().id();
        close(filled);
        // the test courses end on 31 March 2027
        MutableClock clock = new MutableClock(noonOn(2028, 3, 31));
        RetentionService retention = service(clock, Map.of());

        retention.enforce();
        assertThat(submissionBodies(personId))
                .as("homework just inside 12 months")
                .contains(FilledPerson.HOMEWORK_TEXT);
        assertThat(attachments(personId)).isEqualTo(1);
        assertThat(attendanceNotes(personId)).containsOnly(FilledPerson.ATTENDANCE_NOTE);

        clock.set(noonOn(2028, 4, 1));
        RetentionReport report = retention.enforce();
        assertThat(submissionBodies(personId))
                .as("homework just past 12 months")
                .containsOnly("");
        assertThat(attachments(personId)).isZero();
        assertThat(count(
                        "select count(*) from homework_feedback f join homework_submission s on s.id = f.submission_id"
                                + " join homework h on h.id = s.homework_id where h.person_id = ?",
                        personId))
                .isZero();
        assertThat(count(
                        "select count(*) from homework_submission s join homework h on h.id = s.homework_id"
                                + " where h.person_id = ?",
                        personId))
                .as("that it was handed in still counts")
                .isEqualTo(1);
        assertThat(attendanceNotes(personId)).containsOnly("");
        assertThat(count("select count(*) from attendance where person_id = ? and status = 'PRESENT'", personId))
                .isEqualTo(1);
        assertThat(report.rows().get("homework")).isPositive();
        assertThat(ownWords(personId))
                .as("self-assessment texts are kept 24 months")
                .contains(FilledPerson.MASTERED);

        clock.set(noonOn(2029, 3, 31));
        retention.enforce();
        assertThat(ownWords(personId)).contains(FilledPerson.MASTERED);
        assertThat(goals(personId)).isEqualTo(1);

        clock.set(noonOn(2029, 4, 1));
        retention.enforce();
        assertThat(ownWords(personId)).containsOnly("");
        assertThat(goals(personId)).isZero();
        assertThat(count(
                        "select count(*) from self_assessment_rating r join self_assessment a on a.id = r.assessment_id"
                                + " where a.person_id = ?",
                        personId))
                .as("the ratings stay for the figures")
                .isGreaterThan(10);
    }

    @Test
    void work_of_a_course_that_is_not_closed_is_never_deleted_however_late() {
        FilledPerson.Filled filled = filledPerson.create();
        service(new MutableClock(noonOn(2035, 1, 1)), Map.of()).enforce();
        assertThat(submissionBodies(filled.person().id())).contains(FilledPerson.HOMEWORK_TEXT);
        assertThat(ownWords(filled.person().id())).contains(FilledPerson.MASTERED);
    }

    @Test
    void logs_drafts_and_mails_are_kept_until_their_period_after_they_were_written_and_deleted_just_after() {
        FilledPerson.Filled filled = filledPerson.create();
        long personId = filled.person().id();
        testData.runAs(filled.person().email(), () -> exports.exportMine());
        long mailId = jdbc.sql("select min(id) from mail_outbox where person_id = ?")
                .param(personId)
                .query(Long.class)
                .single();
        jdbc.sql("update mail_outbox set status = 'SENT', sent_at = created_at where id = ?")
                .param(mailId)
                .update();

        // each kind's anchor moved to its own day, months apart, so that checking one kind (a run of
        // the whole policy at that time) never touches the next; checked in the order their periods end
        Instant drafted = at(2026, 1, 15, "update plan_section_draft set updated_at = ? where person_id = ?", personId);
        Instant written = at(2026, 2, 15, "update mail_outbox set created_at = ? where id = ?", mailId);
        Instant exported = at(2026, 3, 15, "update privacy_action set happened_at = ? where subject_id = ?", personId);
        Instant viewed = at(2026, 4, 15, "update score_view set viewed_at = ? where person_id = ?", personId);
        Duration minute = Duration.ofMinutes(1);

        check(
                "plan-drafts",
                drafted,
                Period.ofMonths(3),
                minute,
                () -> count("select count(*) from plan_section_draft where person_id = ?", personId));
        check(
                "outbox",
                written,
                Period.ofMonths(6),
                minute,
                () -> count("select count(*) from mail_outbox where id = ?", mailId));
        check(
                "privacy-log",
                exported,
                Period.ofMonths(24),
                minute,
                () -> count("select count(*) from privacy_action where subject_id = ?", personId));
        check(
                "score-views",
                viewed,
                Period.ofMonths(24),
                minute,
                () -> count("select count(*) from score_view where person_id = ?", personId));
        assertThat(count("select count(*) from mail_outbox where person_id = ? and status = 'PENDING'", personId))
                .as("mails not yet delivered are never deleted")
                .isPositive();
    }

    /** Just inside the period the row is there, just past it it is gone. */
    private void check(
            String kind, Instant anchor, Period period, Duration margin, java.util.function.IntSupplier rows) {
        Instant end = anchor.atZone(AMSTERDAM).plus(period).toInstant();
        MutableClock clock = new MutableClock(end.minus(margin));
        RetentionService retention = service(clock, Map.of());
        retention.enforce();
        assertThat(rows.getAsInt()).as(kind + " just inside its period").isPositive();
        clock.set(end.plus(margin));
        retention.enforce();
        assertThat(rows.getAsInt()).as(kind + " just past its period").isZero();
    }

    private RetentionService service(MutableClock clock, Map<String, String> overrides) {
        Binder binder = overrides.isEmpty()
                ? Binder.get(environment)
                : new Binder(new MapConfigurationPropertySource(overrides));
        return new RetentionService(parts, binder, transactions, clock);
    }

    private void close(FilledPerson.Filled filled) {
        long courseId = filled.course().id();
        String trainer = filled.course().trainer().email();
        for (CourseStatus next : List.of(CourseStatus.RUNNING, CourseStatus.CLOSED)) {
            testData.runAs(
                    trainer,
                    () -> courses.changeStatus(
                            courseId, courses.details(courseId).summary().version(), next));
        }
    }

    private static Instant noonOn(int year, int month, int day) {
        return LocalDateTime.of(year, month, day, 12, 0).atZone(AMSTERDAM).toInstant();
    }

    private List<String> submissionBodies(long personId) {
        return jdbc.sql("select s.body from homework_submission s join homework h on h.id = s.homework_id"
                        + " where h.person_id = ?")
                .param(personId)
                .query(String.class)
                .list();
    }

    private int attachments(long personId) {
        return count(
                "select count(*) from homework_file f join homework h on h.id = f.homework_id where h.person_id = ?",
                personId);
    }

    private List<String> attendanceNotes(long personId) {
        return jdbc.sql("select note from attendance where person_id = ?")
                .param(personId)
                .query(String.class)
                .list();
    }

    private List<String> ownWords(long personId) {
        return jdbc.sql("select mastered from self_assessment where person_id = ?")
                .param(personId)
                .query(String.class)
                .list();
    }

    private int goals(long personId) {
        return count(
                "select count(*) from development_goal g join self_assessment a on a.id = g.assessment_id"
                        + " where a.person_id = ?",
                personId);
    }

    /** Sets the anchor of the rows to 10:00 on that day and returns it. */
    private Instant at(int year, int month, int day, String update, long id) {
        Instant anchor =
                LocalDateTime.of(year, month, day, 10, 0).atZone(AMSTERDAM).toInstant();
        assertThat(jdbc.sql(update).params(java.sql.Timestamp.from(anchor), id).update())
                .isPositive();
        return anchor;
    }

    private int count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Integer.class).single();
    }
}
