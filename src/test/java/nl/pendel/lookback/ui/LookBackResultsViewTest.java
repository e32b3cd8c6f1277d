package nl.pendel.lookback.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.select.Select;
import java.util.Map;
import nl.pendel.KaribuTest;
import nl.pendel.lookback.LookBackDraft;
import nl.pendel.lookback.LookBackFixture;
import nl.pendel.lookback.LookBackService;
import nl.pendel.schedule.SessionView;
import nl.pendel.shared.ui.NotFoundView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The trainers' look-back results, and "Terugblik op vorige keer" in the briefing and the attendance (issue 19). */
class LookBackResultsViewTest extends KaribuTest {

    @Autowired
    LookBackFixture fixtures;

    @Autowired
    LookBackService lookBacks;

    @Test
    void the_trainer_reads_the_answers_with_names_only_where_signed() {
        var course = answered();
        login(course.trainer());
        open("cursussen/" + course.id() + "/terugblik");
        assertThat(currentView()).isInstanceOf(LookBackResultsView.class);
        assertThat(pageText())
                .contains("Bijeenkomst 1, subgroep 1")
                .contains("2 antwoorden · gemiddeld 3,5 (van 1 tot 5)")
                .contains("Wat neem ik mee?")
                .contains("Samen de wijk in")
                .contains("Rustiger tempo")
                .contains("— " + course.second().displayName())
                .doesNotContain(course.first().displayName());
    }

    @Test
    void the_next_meeting_s_briefing_and_attendance_show_the_look_back_on_last_time() {
        var course = answered();
        login(course.trainer());
        SessionView next = course.meeting2();
        open("cursussen/" + course.id() + "/huiswerk/" + next.meetingId() + "/briefing/" + next.subgroupNumber());
        assertThat(pageText())
                .contains("Terugblik op vorige keer")
                .contains("2 antwoorden · gemiddeld 3,5")
                .contains("Samen de wijk in");

        open("cursussen/" + course.id() + "/aanwezigheid");
        @SuppressWarnings("unchecked")
        Select<SessionView> session = _get(Select.class, spec -> spec.withLabel("Dagdeel"));
        _setValue(
                session,
                session.getListDataView()
                        .getItems()
                        .filter(s -> s.id() == next.id())
                        .findFirst()
                        .orElseThrow());
        assertThat(pageText()).contains("Terugblik op vorige keer").contains("Rustiger tempo");
    }

    @Test
    void the_lead_sees_how_many_answered_but_no_texts() {
        var course = answered();
        login(testData.teamLead(course.fixture().team().id()).email());
        open("cursussen/" + course.id() + "/terugblik");
        assertThat(currentView()).isInstanceOf(LookBackResultsView.class);
        assertThat(pageText())
                .contains("2 antwoorden")
                .doesNotContain("gemiddeld 3")
                .doesNotContain("Samen de wijk in")
                .doesNotContain("Rustiger tempo");
    }

    @Test
    void a_participant_and_another_team_s_lead_get_not_found() {
        var course = answered();
        login(course.first().email());
        open("cursussen/" + course.id() + "/terugblik");
        assertThat(currentView()).isInstanceOf(NotFoundView.class);

        newBrowserSession();
        login(testData.teamLead(fixtures.create().fixture().team().id()).email());
        open("cursussen/" + course.id() + "/terugblik");
        assertThat(currentView()).isInstanceOf(NotFoundView.class);
    }

    /** A course whose first meeting two of subgroup 1 looked back on, one anonymous and one signed. */
    private LookBackFixture.Course answered() {
        var course = fixtures.create();
        fixtures.minutesAfterEnd(course.meeting1(), 5);
        long session = course.meeting1().id();
        testData.runAs(
                course.first().email(),
                () -> lookBacks.save(
                        session,
                        new LookBackDraft(Map.of("cijfer", 3), Map.of("meenemen", "Samen de wijk in"), false, 0)));
        testData.runAs(
                course.second().email(),
                () -> lookBacks.save(
                        session,
                        new LookBackDraft(Map.of("cijfer", 4), Map.of("mis-ik-nog", "Rustiger tempo"), true, 0)));
        return course;
    }
}
