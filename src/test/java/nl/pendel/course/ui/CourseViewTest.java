package nl.pendel.course.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import nl.pendel.KaribuTest;
import nl.pendel.course.CourseService;
import nl.pendel.course.CourseStatus;
import nl.pendel.shared.ui.NotFoundView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CourseViewTest extends KaribuTest {

    @Autowired
    CourseService courses;

    @Test
    void trainer_publishes_the_course() {
        var fixture = testData.course(3);
        login(fixture.trainer().email());
        open("cursussen/" + fixture.course().id());
        assertThat(currentView()).isInstanceOf(CourseView.class);

        _click(_get(Button.class, spec -> spec.withText("Publiceren")));
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(
                _get(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class));

        assertThat(testData.runAs(
                                fixture.trainer().email(),
                                () -> courses.details(fixture.course().id()))
                        .summary()
                        .status())
                .isEqualTo(CourseStatus.PUBLISHED);
        assertThat(_get(Span.class, spec -> spec.withClasses("badge")).getText())
                .isEqualTo("Gepubliceerd");
    }

    @Test
    void closing_a_running_course_asks_for_confirmation_first() {
        var fixture = testData.course(2);
        long id = fixture.course().id();
        String trainer = fixture.trainer().email();
        var published = testData.runAs(
                trainer, () -> courses.changeStatus(id, fixture.course().version(), CourseStatus.PUBLISHED));
        testData.runAs(trainer, () -> courses.changeStatus(id, published.version(), CourseStatus.RUNNING));
        login(trainer);
        open("cursussen/" + id);

        _click(_get(Button.class, spec -> spec.withText("Cursus afsluiten")));
        var confirm = _get(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class);
        assertThat(status(trainer, id)).isEqualTo(CourseStatus.RUNNING);

        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(confirm);
        assertThat(status(trainer, id)).isEqualTo(CourseStatus.CLOSED);
        assertThat(_find(Button.class, spec -> spec.withText("Cursus wijzigen")))
                .isEmpty();
    }

    private CourseStatus status(String email, long id) {
        return testData.runAs(email, () -> courses.details(id)).summary().status();
    }

    @Test
    void trainer_renames_a_meeting_in_the_dialog() {
        var fixture = testData.course(2);
        login(fixture.trainer().email());
        open("cursussen/" + fixture.course().id());

        _click(_find(Button.class, spec -> spec.withText("Wijzigen")).getFirst());
        var dialog = _get(com.vaadin.flow.component.dialog.Dialog.class);
        com.github.mvysny.kaributesting.v10.LocatorJ._setValue(
                _get(dialog, com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withLabel("Titel")),
                "Beelden van de wijk");
        _click(_get(dialog, Button.class, spec -> spec.withText("Opslaan")));

        assertThat(testData.runAs(
                                fixture.trainer().email(),
                                () -> courses.details(fixture.course().id()))
                        .meetings()
                        .getFirst()
                        .title())
                .isEqualTo("Beelden van de wijk");
    }

    @Test
    void team_lead_reads_a_published_course_of_their_team_without_changing_it() {
        var fixture = testData.course(3);
        testData.publish(fixture);
        String lead = testData.teamLead(fixture.team().id()).email();
        login(lead);
        open("cursussen/" + fixture.course().id());
        assertThat(currentView()).isInstanceOf(CourseView.class);
        assertThat(_find(Button.class, spec -> spec.withText("Cursus wijzigen")))
                .isEmpty();
    }

    @Test
    void participant_of_another_team_gets_not_found() {
        var fixture = testData.course(1);
        var other = testData.course(1);
        login(other.participants().getFirst().email());
        open("cursussen/" + fixture.course().id());
        assertThat(currentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    void a_course_that_does_not_exist_gets_not_found() {
        login(testData.course(1).trainer().email());
        open("cursussen/" + Long.MAX_VALUE);
        assertThat(currentView()).isInstanceOf(NotFoundView.class);
    }
}
