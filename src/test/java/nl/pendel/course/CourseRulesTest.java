package nl.pendel.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import nl.pendel.IntegrationTest;
import nl.pendel.TestData;
import nl.pendel.account.PersonService;
import nl.pendel.security.Role;
import nl.pendel.security.SystemAuthentication;
import nl.pendel.shared.UserFacingException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Who may be enrolled in a course, and which titles a course may have (issue 16). */
@IntegrationTest
class CourseRulesTest {

    @Autowired
    CourseService courses;

    @Autowired
    TestData testData;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PersonService people;

    @Autowired
    nl.pendel.course.internal.CourseRepository repository;

    @Test
    void the_team_lead_cannot_be_enrolled_as_a_participant() {
        var fixture = testData.course(2);
        var lead = testData.teamLead(fixture.team().id());
        Set<Long> withLead = ids(fixture);
        withLead.add(lead.id());
        var update = CourseDraft.of(fixture.course(), withLead);

        assertThatThrownBy(() -> testData.runAs(fixture.trainer().email(), () -> courses.update(update)))
                .isInstanceOfSatisfying(UserFacingException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("course.error.not-a-participant");
                    assertThat(e.arguments()).containsExactly(lead.displayName());
                });
        var create = CourseDraft.of(fixture.course(), withLead);
        create.setTitle(TestData.unique("Met teamleider"));
        assertThatThrownBy(() -> testData.runAs(fixture.trainer().email(), () -> courses.create(create)))
                .hasMessage("course.error.not-a-participant");
        assertThat(testData.runAs(
                                fixture.trainer().email(),
                                () -> courses.details(fixture.course().id()))
                        .participantIds())
                .doesNotContain(lead.id());
    }

    @Test
    void a_trainer_in_the_team_without_the_participant_role_cannot_be_enrolled() {
        var fixture = testData.course(1);
        var trainerInTeam =
                testData.person().roles(Role.TRAINER).team(fixture.team().id()).create();
        var draft = CourseDraft.of(fixture.course(), Set.of(trainerInTeam.id()));

        assertThatThrownBy(() -> testData.runAs(fixture.trainer().email(), () -> courses.update(draft)))
                .hasMessage("course.error.not-a-participant");
    }

    @Test
    void a_team_lead_who_is_also_a_participant_is_enrolled_as_a_participant() {
        var fixture = testData.course(1);
        var both = testData.person()
                .roles(Role.TEAM_LEAD, Role.PARTICIPANT)
                .team(fixture.team().id())
                .create();
        Set<Long> withBoth = ids(fixture);
        withBoth.add(both.id());

        var saved = testData.runAs(
                fixture.trainer().email(), () -> courses.update(CourseDraft.of(fixture.course(), withBoth)));

        assertThat(saved.participantCount()).isEqualTo(2);
    }

    @Test
    void a_second_open_course_of_the_team_with_the_same_title_in_another_case_is_refused() {
        var first = testData.course(1);
        var second = sameTeam(first);
        var draft = CourseDraft.of(second, ids(first));
        draft.setTitle("  " + first.course().title().toUpperCase(Locale.ROOT) + " ");

        assertThatThrownBy(() -> testData.runAs(first.trainer().email(), () -> courses.update(draft)))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("course.error.title-taken"));
        var copy = CourseDraft.of(first.course(), ids(first));
        assertThatThrownBy(() -> testData.runAs(
                        first.trainer().email(),
                        () -> courses.copy(first.course().id(), copy)))
                .hasMessage("course.error.title-taken");
        assertThat(testData.runAs(first.trainer().email(), () -> courses.summary(second.id()))
                        .title())
                .isEqualTo(second.title());
    }

    @Test
    void another_teams_course_may_carry_the_same_title() {
        var first = testData.course(1);
        var other = testData.course(1);
        var draft = CourseDraft.of(other.course(), ids(other));
        draft.setTitle(first.course().title());

        var renamed = testData.runAs(other.trainer().email(), () -> courses.update(draft));

        assertThat(renamed.title()).isEqualTo(first.course().title());
    }

    @Test
    void a_course_keeps_its_own_title_and_the_title_of_a_closed_course_may_be_used_again() {
        var fixture = testData.course(1);
        String trainer = fixture.trainer().email();
        long id = fixture.course().id();
        var same = testData.runAs(trainer, () -> courses.update(CourseDraft.of(fixture.course(), ids(fixture))));
        assertThat(same.title()).isEqualTo(fixture.course().title());
        var next = sameTeam(fixture);

        var published = testData.runAs(trainer, () -> courses.changeStatus(id, same.version(), CourseStatus.PUBLISHED));
        var running =
                testData.runAs(trainer, () -> courses.changeStatus(id, published.version(), CourseStatus.RUNNING));
        testData.runAs(trainer, () -> courses.changeStatus(id, running.version(), CourseStatus.CLOSED));
        var draft = CourseDraft.of(next, ids(fixture));
        draft.setTitle(fixture.course().title());

        var renamed = testData.runAs(trainer, () -> courses.update(draft));

        assertThat(renamed.title()).isEqualTo(fixture.course().title());
    }

    @Test
    void the_database_refuses_a_second_open_course_of_the_team_with_the_same_title_also_without_the_service() {
        var first = testData.course(1);
        var second = sameTeam(first);

        // as two saves at the same moment would: both past the service's check, into the table
        assertThatThrownBy(() -> {
                    var course = repository.findById(second.id()).orElseThrow();
                    course.setTitle(first.course().title().toUpperCase(Locale.ROOT));
                    repository.saveAndFlush(course);
                })
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("uk_course_open_title");
        // a closed course's title is free again: its open_title is empty
        assertThat(jdbc.sql("select count(*) from course where status = 'CLOSED' and open_title is not null")
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void someone_enrolled_before_who_has_since_lost_the_participant_role_does_not_block_renaming_the_course() {
        var fixture = testData.course(2);
        var leaving = fixture.participants().getFirst();
        // enrolled as a participant, then the administrator makes them team lead only
        var person = SystemAuthentication.runAsAdministrator(
                () -> people.find(leaving.id()).orElseThrow());
        var change = nl.pendel.account.PersonDraft.of(person);
        change.setRoles(Set.of(Role.TEAM_LEAD));
        SystemAuthentication.runAsAdministrator(() -> people.save(change));
        var draft = CourseDraft.of(fixture.course(), ids(fixture));
        draft.setTitle(fixture.course().title() + " (voorjaar)");

        var renamed = testData.runAs(fixture.trainer().email(), () -> courses.update(draft));

        assertThat(renamed.title()).endsWith("(voorjaar)");
        assertThat(renamed.participantCount())
                .as("they stay until the trainer takes them out")
                .isEqualTo(2);
    }

    /** A second course in the fixture's team, with a title of its own. */
    private nl.pendel.course.CourseSummary sameTeam(TestData.CourseFixture fixture) {
        var draft = CourseDraft.of(fixture.course(), ids(fixture));
        draft.setTitle(TestData.unique("Tweede cursus"));
        return testData.runAs(
                fixture.trainer().email(), () -> courses.copy(fixture.course().id(), draft));
    }

    private static Set<Long> ids(TestData.CourseFixture fixture) {
        Set<Long> ids = new HashSet<>();
        fixture.participants().forEach(p -> ids.add(p.id()));
        return ids;
    }
}
