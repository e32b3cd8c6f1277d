package nl.pendel.material.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import nl.pendel.KaribuTest;
import nl.pendel.TestData.CourseFixture;
import nl.pendel.course.CourseService;
import nl.pendel.material.MaterialService;
import nl.pendel.shared.files.TestDocuments;
import nl.pendel.shared.ui.NotFoundView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class MaterialsViewTest extends KaribuTest {

    @Autowired
    MaterialService materials;

    @Autowired
    CourseService courses;

    @Test
    void the_trainer_uploads_a_file_adds_a_link_and_removes_it_after_confirming() {
        CourseFixture fixture = testData.published(2);
        long courseId = fixture.course().id();
        login(fixture.trainer().email());
        open("cursussen/" + courseId + "/materialen");
        assertThat(currentView()).isInstanceOf(MaterialsView.class);

        UploadKt._upload(
                _find(Upload.class).getFirst(), "sociale kaart.pdf", "application/pdf", TestDocuments.pdf("De kaart"));
        MockVaadin.clientRoundtrip(false);
        _click(_find(Button.class, spec -> spec.withClasses("material-add-link"))
                .getFirst());
        _setValue(_get(TextField.class, spec -> spec.withLabel("Titel")), "Literatuurlijst");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Adres (URL)")), "https://wijk.example/lijst");
        _click(_get(Button.class, spec -> spec.withText("Opslaan")));

        assertThat(_find(Anchor.class, spec -> spec.withClasses("material-file")))
                .extracting(Anchor::getText)
                .containsExactly("sociale kaart.pdf");
        Anchor link = _get(Anchor.class, spec -> spec.withClasses("material-link"));
        assertThat(link.getHref()).isEqualTo("https://wijk.example/lijst");
        assertThat(link.getText()).isEqualTo("Literatuurlijst");

        _click(_find(Button.class, spec -> spec.withClasses("material-remove")).get(1));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(confirm.isOpened()).isTrue();
        ConfirmDialogKt._fireConfirm(confirm);

        assertThat(_find(Anchor.class, spec -> spec.withClasses("material-link")))
                .isEmpty();
        assertThat(testData.runAs(fixture.trainer().email(), () -> materials.page(courseId))
                        .meetings()
                        .getFirst()
                        .materials())
                .hasSize(1);
    }

    @Test
    void a_link_that_is_not_http_is_refused_in_the_dialog_and_nothing_is_stored() {
        CourseFixture fixture = testData.course(2);
        long courseId = fixture.course().id();
        login(fixture.trainer().email());
        open("cursussen/" + courseId + "/materialen");

        _click(_find(Button.class, spec -> spec.withClasses("material-add-link"))
                .getFirst());
        _setValue(_get(TextField.class, spec -> spec.withLabel("Titel")), "Lijst");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Adres (URL)")), "javascript:alert(1)");
        _click(_get(Button.class, spec -> spec.withText("Opslaan")));

        assertThat(pageText()).contains("Een link moet beginnen met https:// of http://.");
        assertThat(testData.runAs(fixture.trainer().email(), () -> materials.page(courseId))
                        .meetings()
                        .getFirst()
                        .materials())
                .isEmpty();
    }

    @Test
    void a_participant_sees_them_read_only_and_with_the_session() {
        CourseFixture fixture = testData.published(2);
        long courseId = fixture.course().id();
        long meeting = testData.runAs(
                fixture.trainer().email(),
                () -> courses.details(courseId).meetings().getFirst().id());
        testData.runAs(
                fixture.trainer().email(),
                () -> materials.addLink(courseId, meeting, "Literatuurlijst", "https://wijk.example/lijst"));
        login(fixture.participants().getFirst().email());
        open("cursussen/" + courseId + "/materialen");

        assertThat(_get(Anchor.class, spec -> spec.withClasses("material-link")).getText())
                .isEqualTo("Literatuurlijst");
        assertThat(_find(Upload.class)).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withClasses("material-remove")))
                .isEmpty();
        assertThat(_find(Button.class, spec -> spec.withClasses("material-add-link")))
                .isEmpty();

        open("mijn-sessies");
        assertThat(_find(Anchor.class, spec -> spec.withClasses("material-link")))
                .extracting(Anchor::getText)
                .containsExactly("Literatuurlijst");
    }

    @Test
    void the_run_sheet_lists_the_meetings_materials() {
        CourseFixture fixture = testData.published(2);
        long courseId = fixture.course().id();
        long meeting = testData.runAs(
                fixture.trainer().email(),
                () -> courses.details(courseId).meetings().getFirst().id());
        login(fixture.trainer().email());
        open("cursussen/" + courseId + "/draaiboek/" + meeting);
        assertThat(pageText()).contains("Materialen").contains("Nog geen materialen voor deze bijeenkomst.");

        testData.runAs(
                fixture.trainer().email(),
                () -> materials.addLink(courseId, meeting, "Literatuurlijst", "https://wijk.example/lijst"));
        open("cursussen/" + courseId + "/draaiboek/" + meeting);
        assertThat(_get(Anchor.class, spec -> spec.withClasses("material-link")).getText())
                .isEqualTo("Literatuurlijst");
    }

    @Test
    void the_session_briefing_takes_the_meetings_materials_along() {
        CourseFixture fixture = testData.published(4);
        long courseId = fixture.course().id();
        long meeting = testData.runAs(
                fixture.trainer().email(),
                () -> courses.details(courseId).meetings().getFirst().id());
        testData.runAs(
                fixture.trainer().email(),
                () -> materials.addLink(courseId, meeting, "Literatuurlijst", "https://wijk.example/lijst"));
        login(fixture.trainer().email());
        open("cursussen/" + courseId + "/huiswerk/" + meeting + "/briefing/1");

        assertThat(currentView().getClass().getSimpleName()).isEqualTo("HomeworkBriefingView");
        assertThat(_get(Anchor.class, spec -> spec.withClasses("material-link")).getText())
                .isEqualTo("Literatuurlijst");
    }

    @Test
    void the_lead_of_the_courses_team_reads_them_without_changing() {
        CourseFixture fixture = testData.published(2);
        long courseId = fixture.course().id();
        long meeting = testData.runAs(
                fixture.trainer().email(),
                () -> courses.details(courseId).meetings().getFirst().id());
        testData.runAs(
                fixture.trainer().email(),
                () -> materials.addFile(courseId, meeting, "Dia's", "dia.pdf", TestDocuments.pdf("Dia")));
        login(testData.teamLead(fixture.team().id()).email());
        open("cursussen/" + courseId + "/materialen");

        assertThat(_get(Anchor.class, spec -> spec.withClasses("material-file")).getText())
                .isEqualTo("Dia's");
        assertThat(_find(Upload.class)).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withClasses("material-remove")))
                .isEmpty();
    }

    @Test
    void a_participant_of_another_course_gets_not_found() {
        CourseFixture fixture = testData.published(2);
        CourseFixture other = testData.published(2);
        login(other.participants().getFirst().email());
        open("cursussen/" + fixture.course().id() + "/materialen");

        assertThat(currentView()).isInstanceOf(NotFoundView.class);
    }
}
