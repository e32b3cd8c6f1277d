package nl.pendel.rights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.pendel.IntegrationTest;
import nl.pendel.TestData;
import nl.pendel.account.PersonService;
import nl.pendel.account.PersonSummary;
import nl.pendel.attendance.AttendanceService;
import nl.pendel.plan.PlanSection;
import nl.pendel.plan.PlanSectionService;
import nl.pendel.plan.PlanService;
import nl.pendel.security.Role;
import nl.pendel.security.SystemAuthentication;
import nl.pendel.shared.UserFacingException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Erasing a person: their personal data gone, the course's anonymous figures intact, the account
 * unusable, and who may not.
 */
@IntegrationTest
class ErasureServiceTest {

    private static final String ADMIN = "beheerder@pendel.test";

    @Autowired
    TestData testData;

    @Autowired
    FilledPerson filledPerson;

    @Autowired
    ErasureService erasure;

    @Autowired
    PrivacyAuditService audit;

    @Autowired
    PersonService people;

    @Autowired
    PlanService plans;

    @Autowired
    PlanSectionService sections;

    @Autowired
    AttendanceService attendance;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    JdbcClient jdbc;

    @Test
    void an_erased_person_is_anonymous_and_their_own_texts_are_gone_while_the_course_figures_still_count() {
        FilledPerson.Filled filled = filledPerson.create();
        PersonSummary person = filled.person();
        long courseId = filled.course().id();
        double teamAverageBefore = teamAverage(courseId);
        int ratingsBefore = count(
                "select count(*) from self_assessment_rating r join self_assessment a"
                        + " on a.id = r.assessment_id where a.person_id = ?",
                person.id());
        assertThat(ratingsBefore).isGreaterThan(10);

        testData.runAs(ADMIN, () -> erasure.erase(person.id()));

        PersonSummary erased = SystemAuthentication.runAsAdministrator(() -> people.find(person.id()))
                .orElseThrow();
        assertThat(erased.displayName()).isEqualTo("Verwijderde deelnemer");
        assertThat(erased.email()).isEqualTo("verwijderd-" + person.id() + "@pendel.invalid");
        assertThat(erased.active()).isFalse();
        assertThat(erased.canSignIn()).as("no password any more").isFalse();
        assertThat(erased.roles()).isEmpty();
        assertThat(erased.registerNumber()).isNull();
        assertThatThrownBy(() -> userDetails.loadUserByUsername(person.email()))
                .isInstanceOf(UsernameNotFoundException.class);
        assertThatThrownBy(() -> userDetails.loadUserByUsername(erased.email()))
                .isInstanceOf(UsernameNotFoundException.class);

        // own free texts, attachments and drafts
        assertThat(texts("select draft_text from homework where person_id = ?", person.id()))
                .containsOnly("");
        assertThat(texts(
                        "select s.body from homework_submission s join homework h on h.id = s.homework_id"
                                + " where h.person_id = ?",
                        person.id()))
                .containsOnly("");
        assertThat(count(
                        "select count(*) from homework_file f join homework h on h.id = f.homework_id"
                                + " where h.person_id = ?",
                        person.id()))
                .isZero();
        assertThat(count(
                        "select count(*) from homework_feedback f join homework_submission s on s.id = f.submission_id"
                                + " join homework h on h.id = s.homework_id where h.person_id = ?",
                        person.id()))
                .isZero();
        assertThat(texts("select concat(mastered, development) from self_assessment where person_id = ?", person.id()))
                .containsOnly("");
        assertThat(count(
                        "select count(*) from development_goal g join self_assessment a on a.id = g.assessment_id"
                                + " where a.person_id = ?",
                        person.id()))
                .isZero();
        assertThat(texts("select comment from precondition_rating where person_id = ?", person.id()))
                .containsOnly("");
        assertThat(count("select count(*) from plan_comment where author_id = ?", person.id()))
                .isZero();
        assertThat(count("select count(*) from plan_section_draft where person_id = ?", person.id()))
                .isZero();
        assertThat(count("select count(*) from mail_outbox where person_id = ?", person.id()))
                .isZero();
        assertThat(count("select count(*) from mail_outbox where recipient = ?", person.email()))
                .isZero();

        // the anonymous figures
        assertThat(count(
                        "select count(*) from self_assessment_rating r join self_assessment a"
                                + " on a.id = r.assessment_id where a.person_id = ?",
                        person.id()))
                .isEqualTo(ratingsBefore);
        assertThat(teamAverage(courseId))
                .as("their ratings still count in the team average")
                .isEqualTo(teamAverageBefore);
        assertThat(testData.runAs(filled.course().trainer().email(), () -> attendance.overview(courseId)))
                .filteredOn(h -> h.person().id() == person.id())
                .singleElement()
                .satisfies(h -> assertThat(h.meetingsAttended()).isEqualTo(1));
        assertThat(texts("select note from attendance where person_id = ?", person.id()))
                .containsOnly("");
        assertThat(count(
                        "select count(*) from homework_submission s join homework h on h.id = s.homework_id"
                                + " where h.person_id = ?",
                        person.id()))
                .as("that they handed in stays, for the completion figures")
                .isEqualTo(1);
        PlanSection section =
                testData.runAs(filled.course().trainer().email(), () -> plans.plan(filled.planId())).sections().stream()
                        .filter(s -> s.key().equals("doelgroep"))
                        .findFirst()
                        .orElseThrow();
        assertThat(section.content()).as("the plan keeps its collective text").isEqualTo(FilledPerson.PLAN_TEXT);
        assertThat(section.updatedBy()).as("with the author shown as removed").isEqualTo("Verwijderde deelnemer");

        assertThat(testData.runAs(ADMIN, () -> audit.actions(person.id(), 0, 10)))
                .first()
                .satisfies(a -> {
                    assertThat(a.kind()).isEqualTo(PrivacyActionKind.ERASURE);
                    assertThat(a.actorName()).isEqualTo("Ruud Postma");
                    assertThat(a.subjectName()).isEqualTo("Verwijderde deelnemer");
                });
        assertThat(testData.runAs(filled.course().trainer().email(), () -> plans.plan(filled.planId()))
                        .members())
                .doesNotContain(person.displayName());
    }

    @Test
    void two_erased_people_get_different_unusable_addresses() {
        PersonSummary one = testData.person().create();
        PersonSummary two = testData.person().create();
        testData.runAs(ADMIN, () -> {
            erasure.erase(one.id());
            erasure.erase(two.id());
        });
        var emails = texts("select email from person where id in (?, ?)", one.id(), two.id());
        assertThat(emails).doesNotHaveDuplicates().allSatisfy(e -> assertThat(e).endsWith("@pendel.invalid"));
    }

    @Test
    void nobody_erases_themselves_and_only_administrators_erase_anyone() {
        FilledPerson.Filled filled = filledPerson.create();
        PersonSummary admin = testData.person().roles(Role.ADMIN).noTeam().create();
        assertThatThrownBy(() -> testData.runAs(admin.email(), () -> erasure.erase(admin.id())))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("rights.error.erase-self"));
        for (String email : new String[] {
            filled.colleague().email(),
            filled.course().trainer().email(),
            filled.course().lead().email()
        }) {
            assertThatThrownBy(() -> testData.runAs(
                            email, () -> erasure.erase(filled.person().id())))
                    .as(email)
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> testData.runAs(ADMIN, () -> erasure.erase(999_999L)))
                .isInstanceOf(UserFacingException.class);
        assertThat(SystemAuthentication.runAsAdministrator(
                                () -> people.find(filled.person().id()))
                        .orElseThrow()
                        .displayName())
                .isEqualTo(filled.person().displayName());
        assertThat(count(
                        "select count(*) from homework_file f join homework h on h.id = f.homework_id"
                                + " where h.person_id = ?",
                        filled.person().id()))
                .as("nothing erased by the refused attempts")
                .isEqualTo(1);
    }

    @Test
    @org.springframework.transaction.annotation.Transactional
    void the_last_active_administrator_is_never_erased() {
        // an administrator still signed in after being deactivated, and one other active administrator:
        // every other administrator is deactivated here (rolled back after the test)
        PersonSummary stale = testData.person().roles(Role.ADMIN).noTeam().create();
        PersonSummary last = testData.person().roles(Role.ADMIN).noTeam().create();
        jdbc.sql("""
                        update person set active = false
                        where id in (select person_id from person_role where role = 'ADMIN') and id <> ?""").param(last.id()).update();
        assertThat(SystemAuthentication.runAsAdministrator(() -> people.countActiveAdministrators()))
                .isEqualTo(1);

        assertThatThrownBy(() -> testData.runAs(stale.email(), () -> erasure.erase(last.id())))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("rights.error.erase-last-admin"));
        assertThat(texts("select display_name from person where id = ?", last.id()))
                .containsExactly(last.displayName());
    }

    private double teamAverage(long courseId) {
        return jdbc.sql("""
                        select avg(r.level_value) from self_assessment_rating r
                        join self_assessment a on a.id = r.assessment_id
                        join assessment_moment m on m.id = a.moment_id
                        where m.course_id = ? and a.state = 'SUBMITTED'""").param(courseId).query(Double.class).single();
    }

    private int count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Integer.class).single();
    }

    private java.util.List<String> texts(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(String.class).list();
    }
}
