package nl.pendel.homework.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import nl.pendel.KaribuTest;
import nl.pendel.TestData.CourseFixture;
import nl.pendel.course.CourseDetails;
import nl.pendel.course.CourseService;
import nl.pendel.homework.DraftSaved;
import nl.pendel.homework.HomeworkRow;
import nl.pendel.homework.HomeworkService;
import nl.pendel.homework.MeetingCompletion;
import nl.pendel.security.Role;
import nl.pendel.shared.ui.NotFoundView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class HomeworkViewsTest extends KaribuTest {

    @Autowired
    CourseService courses;

    @Autowired
    HomeworkService homework;

    @Autowired
    nl.pendel.homework.MyHomeworkService myHomework;

    @Autowired
    nl.pendel.homework.HomeworkReviewService review;

    @Test
    void participant_types_and_finds_the_draft_again_after_closing_the_browser() {
        var fixture = testData.published(8);
        var participant = fixture.participants().getFirst();
        long meeting1 = meeting(fixture, 1).id();
        login(participant.email());
        open("huiswerk/" + fixture.course().id() + "/" + meeting1);
        assertThat(currentView()).isInstanceOf(HomeworkEditorView.class);

        _setValue(_get(TextArea.class, spec -> spec.withId("homework-text")), "Ik zie **veel** eenzaamheid.");

        newBrowserSession();
        login(participant.email());
        open("huiswerk/" + fixture.course().id() + "/" + meeting1);
        assertThat(_get(TextArea.class, spec -> spec.withId("homework-text")).getValue())
                .isEqualTo("Ik zie **veel** eenzaamheid.");
    }

    @Test
    void a_draft_holding_a_citizen_service_number_is_not_saved_says_so_and_keeps_the_text_in_the_field() {
        var fixture = testData.published(8);
        var participant = fixture.participants().getFirst();
        long meeting1 = meeting(fixture, 1).id();
        login(participant.email());
        open("huiswerk/" + fixture.course().id() + "/" + meeting1);
        TextArea text = _get(TextArea.class, spec -> spec.withId("homework-text"));
        _setValue(text, "Cliënt belde.");

        _setValue(text, "Cliënt belde. Haar bsn is 111222333.");

        assertThat(_get(
                                com.vaadin.flow.component.html.Span.class,
                                spec -> spec.withText(
                                        "Concept niet bewaard: haal eerst het BSN weg („111222333“). Je tekst blijft hier staan"
                                                + " en wordt weer bewaard zodra het BSN eruit is."))
                        .isVisible())
                .isTrue();
        assertThat(text.getValue())
                .as("nothing the writer typed is lost")
                .isEqualTo("Cliënt belde. Haar bsn is 111222333.");
        Div findings = _get(Div.class, spec -> spec.withClasses("privacy-findings"));
        assertThat(findings.getElement().getTextRecursively()).contains("111222333");
        assertThat(testData.runAs(
                                participant.email(),
                                () -> myHomework.mine(fixture.course().id(), meeting1))
                        .draft())
                .as("the stored draft stays at its last clean version")
                .isEqualTo("Cliënt belde.");
    }

    @Test
    void leaving_for_another_screen_while_the_draft_is_not_saved_asks_first() {
        var fixture = testData.published(8);
        var participant = fixture.participants().getFirst();
        long meeting1 = meeting(fixture, 1).id();
        login(participant.email());
        open("huiswerk/" + fixture.course().id() + "/" + meeting1);
        TextArea text = _get(TextArea.class, spec -> spec.withId("homework-text"));
        _setValue(text, "Cliënt belde. Haar bsn is 111222333.");

        open("huiswerk");

        ConfirmDialog dialog = _get(ConfirmDialog.class);
        assertThat(dialog.getElement().getProperty("header")).isEqualTo("Je wijzigingen zijn nog niet bewaard");
        assertThat(currentView()).as("still writing").isInstanceOf(HomeworkEditorView.class);
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(dialog);
        assertThat(currentView()).isInstanceOf(MyHomeworkView.class);

        open("huiswerk/" + fixture.course().id() + "/" + meeting1);
        _setValue(_get(TextArea.class, spec -> spec.withId("homework-text")), "Cliënt belde.");
        open("huiswerk");
        assertThat(currentView()).as("all stored: leaves without asking").isInstanceOf(MyHomeworkView.class);
    }

    @Test
    void participant_sees_a_privacy_warning_while_typing_and_confirms_before_handing_in() {
        var fixture = testData.published(8);
        var participant = fixture.participants().getFirst();
        long meeting1 = meeting(fixture, 1).id();
        login(participant.email());
        open("huiswerk/" + fixture.course().id() + "/" + meeting1);

        _setValue(_get(TextArea.class, spec -> spec.withId("homework-text")), "Mevrouw Jansen belt vaak.");
        Div findings = _get(Div.class, spec -> spec.withClasses("privacy-findings"));
        assertThat(findings.getClassNames()).contains("callout-warning");
        assertThat(findings.getElement().getTextRecursively()).contains("Mevrouw Jansen");

        _click(_get(Button.class, spec -> spec.withId("homework-submit")));
        ConfirmDialog dialog = _get(ConfirmDialog.class);
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(dialog);

        assertThat(testData.runAs(
                                participant.email(),
                                () -> myHomework.mine(fixture.course().id(), meeting1))
                        .submissions())
                .hasSize(1);
        assertThat(_find(Button.class, spec -> spec.withId("homework-withdraw")))
                .hasSize(1);
    }

    @Test
    void participant_lists_their_assignments_and_a_trainer_cannot_open_that_page() {
        var fixture = testData.published(8);
        login(fixture.participants().getFirst().email());
        open("huiswerk");
        assertThat(currentView()).isInstanceOf(MyHomeworkView.class);
        assertThat(_find(H3.class))
                .extracting(H3::getText)
                .contains("Bijeenkomst 1: " + meeting(fixture, 1).preparationTitle());

        login(fixture.trainer().email());
        open("huiswerk");
        assertThat(currentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    void participant_of_another_course_gets_not_found_for_someone_elses_assignment() {
        var fixture = testData.published(8);
        var other = testData.published(8);
        long meeting1 = meeting(fixture, 1).id();
        login(other.participants().getFirst().email());
        open("huiswerk/" + fixture.course().id() + "/" + meeting1);
        assertThat(currentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    void trainer_reads_a_handed_in_homework_and_sends_feedback() {
        var fixture = testData.published(8);
        var participant = fixture.participants().getFirst();
        long meeting1 = meeting(fixture, 1).id();
        testData.runAs(participant.email(), () -> {
            DraftSaved saved = homework.saveDraft(fixture.course().id(), meeting1, "Mijn voorbereiding", 0);
            homework.submit(fixture.course().id(), meeting1, saved.version(), false);
        });
        login(fixture.trainer().email());
        open("cursussen/" + fixture.course().id() + "/huiswerk");
        assertThat(currentView()).isInstanceOf(HomeworkReviewView.class);

        @SuppressWarnings("unchecked")
        Grid<HomeworkRow> grid = _get(Grid.class);
        int row = GridKt._findAll(grid).stream()
                .map(HomeworkRow::personId)
                .toList()
                .indexOf(participant.id());
        GridKt._clickItem(grid, row);
        Dialog dialog = _get(Dialog.class);
        assertThat(dialog.getHeaderTitle()).contains(participant.displayName());
        _setValue(_get(TextArea.class, spec -> spec.withId("homework-feedback")), "Sterk punt!");
        _click(_get(Button.class, spec -> spec.withId("homework-feedback-send")));

        long homeworkId = GridKt._get(grid, row).homeworkId();
        assertThat(review.read(fixture.course().id(), homeworkId)
                        .submissions()
                        .getFirst()
                        .feedback())
                .singleElement()
                .satisfies(f -> assertThat(f.body()).isEqualTo("Sterk punt!"));
    }

    @Test
    void team_lead_sees_completion_figures_without_read_buttons_and_another_lead_gets_not_found() {
        var fixture = testData.published(8);
        login(testData.teamLead(fixture.team().id()).email());
        open("cursussen/" + fixture.course().id() + "/huiswerk");
        assertThat(currentView()).isInstanceOf(HomeworkReviewView.class);
        @SuppressWarnings("unchecked")
        Grid<MeetingCompletion> grid = _get(Grid.class);
        assertThat(GridKt._size(grid)).isEqualTo(3);
        assertThat(_find(Button.class, spec -> spec.withText("Lezen"))).isEmpty();
        assertThat(_find(TextArea.class)).isEmpty();

        login(testData.person().roles(Role.TEAM_LEAD).create().email());
        open("cursussen/" + fixture.course().id() + "/huiswerk");
        assertThat(currentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    void trainer_opens_the_briefing_of_a_subgroup_and_a_participant_cannot() {
        var fixture = testData.published(8);
        long meeting1 = meeting(fixture, 1).id();
        var participant = fixture.participants().getFirst();
        testData.runAs(participant.email(), () -> {
            DraftSaved saved = homework.saveDraft(fixture.course().id(), meeting1, "Voor de briefing", 0);
            homework.submit(fixture.course().id(), meeting1, saved.version(), false);
        });
        login(fixture.trainer().email());
        for (int subgroup = 1; subgroup <= 4; subgroup++) {
            open(HomeworkBriefingView.route(fixture.course().id(), meeting1, subgroup));
            assertThat(currentView()).isInstanceOf(HomeworkBriefingView.class);
        }
        List<String> names = new java.util.ArrayList<>();
        for (int subgroup = 1; subgroup <= 4; subgroup++) {
            open(HomeworkBriefingView.route(fixture.course().id(), meeting1, subgroup));
            _find(H3.class).forEach(h -> names.add(h.getText()));
        }
        assertThat(names).contains(participant.displayName());

        login(participant.email());
        open(HomeworkBriefingView.route(fixture.course().id(), meeting1, 1));
        assertThat(currentView()).isInstanceOf(NotFoundView.class);
    }

    private CourseDetails.Meeting meeting(CourseFixture fixture, int position) {
        return testData.runAs(
                        fixture.trainer().email(),
                        () -> courses.details(fixture.course().id()))
                .meetings()
                .get(position - 1);
    }
}
