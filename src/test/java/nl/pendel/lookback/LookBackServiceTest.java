package nl.pendel.lookback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import nl.pendel.IntegrationTest;
import nl.pendel.TestData;
import nl.pendel.shared.IdentifierRefused;
import nl.pendel.shared.UserFacingException;
import nl.pendel.shared.personaldata.ExportLabels;
import nl.pendel.shared.personaldata.PersonalData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The look-back per session through its services, on a set clock (issue 19). */
@IntegrationTest
class LookBackServiceTest {

    @Autowired
    LookBackService lookBacks;

    @Autowired
    LookBackResultsService results;

    @Autowired
    LookBackFixture fixtures;

    @Autowired
    TestData testData;

    @Autowired
    List<PersonalData> personalData;

    @Autowired
    nl.pendel.shared.Translations translations;

    @Test
    void the_window_opens_half_an_hour_before_the_end_and_closes_a_week_after() {
        var course = fixtures.create();
        var session = course.meeting1();
        String who = course.first().email();
        for (long minutes : List.of(-31L, 7 * 24 * 60L)) {
            fixtures.minutesAfterEnd(session, minutes);
            assertThat(testData.runAs(who, () -> lookBacks.form(session.id())).open())
                    .isFalse();
            assertThatThrownBy(() -> testData.runAs(who, () -> lookBacks.save(session.id(), draft(4, "Te vroeg"))))
                    .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey())
                            .isEqualTo("lookback.error.closed"));
        }
        assertThat(testData.runAs(who, () -> lookBacks.form(session.id()))
                        .mine()
                        .version())
                .isZero();
        for (long minutes : List.of(-30L, 7 * 24 * 60L - 1)) {
            fixtures.minutesAfterEnd(session, minutes);
            assertThat(testData.runAs(who, () -> lookBacks.form(session.id())).open())
                    .isTrue();
        }
        LookBackForm saved = testData.runAs(who, () -> lookBacks.save(session.id(), draft(4, "Op tijd")));
        assertThat(saved.mine().texts()).containsEntry("meenemen", "Op tijd");
    }

    @Test
    void a_participant_of_another_subgroup_or_course_and_a_trainer_cannot_answer() {
        var course = fixtures.create();
        var other = fixtures.create();
        fixtures.minutesAfterEnd(course.meeting1(), 5);
        long session = course.meeting1().id();
        for (String who : List.of(course.otherSubgroup().email(), other.first().email())) {
            assertThatThrownBy(() -> testData.runAs(who, () -> lookBacks.form(session)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> testData.runAs(who, () -> lookBacks.save(session, draft(3, "Niet van mij"))))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> testData.runAs(course.trainer(), () -> lookBacks.form(session)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(testData.runAs(course.trainer(), () -> results.results(course.id()))
                        .sessions())
                .isEmpty();
    }

    @Test
    void each_participant_answers_once_and_changes_it_from_the_version_they_read() {
        var course = fixtures.create();
        fixtures.minutesAfterEnd(course.meeting1(), 5);
        long session = course.meeting1().id();
        String who = course.first().email();
        LookBackForm first = testData.runAs(who, () -> lookBacks.save(session, draft(2, "Eerst")));
        assertThat(first.mine().version()).isEqualTo(1);

        assertThatThrownBy(() -> testData.runAs(who, () -> lookBacks.save(session, draft(5, "Nog eens nieuw"))))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("error.edit-conflict"));
        LookBackForm changed = testData.runAs(
                who,
                () -> lookBacks.save(
                        session, new LookBackDraft(Map.of("cijfer", 5), Map.of("meenemen", "Later"), false, 1)));
        assertThat(changed.mine().version()).isEqualTo(2);
        assertThat(changed.mine().ratings()).containsEntry("cijfer", 5);

        SessionLookBack read = testData.runAs(course.trainer(), () -> results.results(course.id()))
                .sessions()
                .getFirst();
        assertThat(read.answers()).isEqualTo(1);
        assertThat(read.average()).isEqualTo(5.0);
        assertThat(read.texts().getFirst().answers())
                .extracting(SessionLookBack.Answer::text)
                .containsExactly("Later");
    }

    @Test
    void the_trainer_reads_anonymous_answers_without_and_signed_ones_with_a_name() {
        var course = fixtures.create();
        fixtures.minutesAfterEnd(course.meeting1(), 5);
        long session = course.meeting1().id();
        testData.runAs(course.first().email(), () -> lookBacks.save(session, draft(3, "Anoniem gezegd")));
        testData.runAs(
                course.second().email(),
                () -> lookBacks.save(
                        session,
                        new LookBackDraft(
                                Map.of("cijfer", 4),
                                Map.of("meenemen", "Met naam gezegd", "mis-ik-nog", "Meer oefenen"),
                                true,
                                0)));

        SessionLookBack read = testData.runAs(course.trainer(), () -> results.results(course.id()))
                .sessions()
                .getFirst();
        assertThat(read.answers()).isEqualTo(2);
        assertThat(read.average()).isEqualTo(3.5);
        assertThat(read.texts())
                .extracting(SessionLookBack.QuestionTexts::label)
                .containsExactly("Wat neem ik mee?", "Wat mis ik nog?");
        assertThat(read.texts().getFirst().answers())
                .containsExactly(
                        new SessionLookBack.Answer("Anoniem gezegd", null),
                        new SessionLookBack.Answer(
                                "Met naam gezegd", course.second().displayName()));
    }

    @Test
    void a_resident_identifier_is_refused_with_a_dutch_message_and_nothing_is_stored() {
        var course = fixtures.create();
        fixtures.minutesAfterEnd(course.meeting1(), 5);
        long session = course.meeting1().id();
        String who = course.first().email();
        assertThatThrownBy(() ->
                        testData.runAs(who, () -> lookBacks.save(session, draft(4, "Mevrouw met bsn 111222333 belde"))))
                .isInstanceOf(IdentifierRefused.class);
        assertThat(testData.runAs(who, () -> lookBacks.form(session)).mine()).isEqualTo(MyLookBack.NONE);
        assertThat(testData.runAs(course.trainer(), () -> results.results(course.id()))
                        .sessions())
                .isEmpty();
    }

    @Test
    void the_lead_sees_the_count_and_from_three_answers_the_average_but_never_the_texts() {
        var course = fixtures.create();
        fixtures.minutesAfterEnd(course.meeting1(), 5);
        long session = course.meeting1().id();
        testData.runAs(course.first().email(), () -> lookBacks.save(session, draft(2, "Geheim voor de lead")));
        testData.runAs(course.second().email(), () -> lookBacks.save(session, draft(4, "Ook geheim")));
        String lead = testData.teamLead(course.fixture().team().id()).email();

        LookBackResults seen = testData.runAs(lead, () -> results.results(course.id()));
        assertThat(seen.trainer()).isFalse();
        SessionLookBack read = seen.sessions().getFirst();
        assertThat(read.answers()).isEqualTo(2);
        assertThat(read.average()).as("fewer than three answers").isNull();
        assertThat(read.texts()).isEmpty();
        assertThat(read.textsShown()).isFalse();

        String otherLead =
                testData.teamLead(fixtures.create().fixture().team().id()).email();
        assertThatThrownBy(() -> testData.runAs(otherLead, () -> results.results(course.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> testData.runAs(course.first().email(), () -> results.results(course.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> testData.runAs(
                        lead,
                        () -> results.previous(
                                course.id(),
                                course.meeting2().meetingId(),
                                course.meeting2().subgroupNumber())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_next_meeting_shows_the_look_back_on_the_subgroups_previous_session() {
        var course = fixtures.create();
        fixtures.minutesAfterEnd(course.meeting1(), 5);
        testData.runAs(
                course.first().email(), () -> lookBacks.save(course.meeting1().id(), draft(5, "Mooi begin")));

        SessionLookBack previous = testData.runAs(
                        course.trainer(),
                        () -> results.previous(
                                course.id(),
                                course.meeting2().meetingId(),
                                course.meeting2().subgroupNumber()))
                .orElseThrow();
        assertThat(previous.sessionId()).isEqualTo(course.meeting1().id());
        assertThat(previous.average()).isEqualTo(5.0);
        assertThat(previous.texts().getFirst().answers().getFirst().text()).isEqualTo("Mooi begin");
        assertThat(testData.runAs(
                        course.trainer(),
                        () -> results.previous(
                                course.id(),
                                course.meeting1().meetingId(),
                                course.meeting1().subgroupNumber())))
                .as("the first meeting has no previous one")
                .isEmpty();
    }

    @Test
    void erasure_drops_the_name_and_keeps_the_answer_which_the_export_held() {
        var course = fixtures.create();
        fixtures.minutesAfterEnd(course.meeting1(), 5);
        long session = course.meeting1().id();
        var person = course.second();
        testData.runAs(
                person.email(),
                () -> lookBacks.save(
                        session, new LookBackDraft(Map.of("cijfer", 4), Map.of("meenemen", "Getekend"), true, 0)));
        PersonalData part = personalData.stream()
                .filter(p -> p.part().equals("look_back"))
                .findFirst()
                .orElseThrow();
        assertThat(part.export(person.id(), new ExportLabels(translations, java.util.Locale.forLanguageTag("nl")))
                        .toString())
                .contains("Getekend", "meenemen");

        assertThat(part.erase(person.id())).isEqualTo(1);

        assertThat(part.export(person.id(), new ExportLabels(translations, java.util.Locale.forLanguageTag("nl"))))
                .asList()
                .isEmpty();
        SessionLookBack read = testData.runAs(course.trainer(), () -> results.results(course.id()))
                .sessions()
                .getFirst();
        assertThat(read.answers()).isEqualTo(1);
        assertThat(read.texts().getFirst().answers()).containsExactly(new SessionLookBack.Answer("Getekend", null));
    }

    private static LookBackDraft draft(int rating, String takeAway) {
        return new LookBackDraft(Map.of("cijfer", rating), Map.of("meenemen", takeAway), false, 0);
    }
}
