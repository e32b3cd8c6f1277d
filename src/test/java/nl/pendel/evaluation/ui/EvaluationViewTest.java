package nl.pendel.evaluation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import nl.pendel.KaribuTest;
import nl.pendel.evaluation.EvaluationFixture;
import nl.pendel.evaluation.EvaluationService;
import nl.pendel.shared.ui.NotFoundView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The participant's course evaluation form (issue 19 item 6). */
class EvaluationViewTest extends KaribuTest {

    @Autowired
    EvaluationFixture fixtures;

    @Autowired
    EvaluationService evaluations;

    @Test
    void a_participant_reaches_the_form_from_their_sessions_and_sends_it_once() {
        var course = fixtures.create();
        fixtures.minutesAfterLastStart(course, 30);
        login(course.participant(0));
        open("mijn-sessies");
        Anchor link = _get(
                Anchor.class,
                spec -> spec.withText(
                        "Vul de evaluatie van " + course.fixture().course().title() + " in"));
        assertThat(link.getHref()).isEqualTo("evaluatie/" + course.id());

        open(link.getHref());
        assertThat(currentView()).isInstanceOf(EvaluationView.class);
        fillRequired(4);
        _setValue(
                _get(TextArea.class, spec -> spec.withLabel("Wat was voor mij het waardevolste onderdeel?")),
                "De wijkwandeling");
        _click(_get(Button.class, spec -> spec.withText("Versturen")));

        assertThat(evaluations.form(course.id()).answered()).isTrue();
        assertThat(pageText()).contains("Je hebt de evaluatie van deze cursus ingevuld.");
        assertThat(_find(Button.class, spec -> spec.withText("Versturen"))).isEmpty();
        open("mijn-sessies");
        assertThat(_find(
                        Anchor.class,
                        spec -> spec.withText("Vul de evaluatie van "
                                + course.fixture().course().title() + " in")))
                .isEmpty();
    }

    @Test
    void a_resident_identifier_is_refused_in_dutch_the_text_stays_and_nothing_is_stored() {
        var course = fixtures.create();
        fixtures.minutesAfterLastStart(course, 30);
        login(course.participant(0));
        open("evaluatie/" + course.id());
        fillRequired(3);
        TextArea better = _get(TextArea.class, spec -> spec.withLabel("Wat kan er beter voor het volgende team?"));
        _setValue(better, "Bewoner NL91ABNA0417164300 belde");
        NotificationsKt.clearNotifications();
        _click(_get(Button.class, spec -> spec.withText("Versturen")));

        assertThat(NotificationsKt.getNotifications())
                .extracting(n -> n.getElement().getProperty("text", "")
                        + com.github.mvysny.kaributesting.v10.BasicUtilsKt.get_textRecursively(n))
                .anySatisfy(text -> assertThat(text).startsWith("Niet bewaard").contains("IBAN"));
        assertThat(better.getValue()).isEqualTo("Bewoner NL91ABNA0417164300 belde");
        assertThat(evaluations.form(course.id()).answered()).isFalse();
    }

    @Test
    void before_the_last_meeting_the_page_says_when_and_shows_no_form() {
        var course = fixtures.create();
        fixtures.minutesAfterLastStart(course, -60);
        login(course.participant(0));
        open("mijn-sessies");
        assertThat(_find(
                        Anchor.class,
                        spec -> spec.withText("Vul de evaluatie van "
                                + course.fixture().course().title() + " in")))
                .isEmpty();
        open("evaluatie/" + course.id());
        assertThat(pageText()).contains("kan worden ingevuld van");
        assertThat(_find(Button.class, spec -> spec.withText("Versturen"))).isEmpty();
    }

    @Test
    void a_participant_of_another_course_and_a_trainer_get_not_found() {
        var course = fixtures.create();
        var other = fixtures.create();
        fixtures.minutesAfterLastStart(course, 30);
        login(other.participant(0));
        open("evaluatie/" + course.id());
        assertThat(currentView()).isInstanceOf(NotFoundView.class);

        newBrowserSession();
        login(course.trainer());
        open("evaluatie/" + course.id());
        assertThat(currentView()).isInstanceOf(NotFoundView.class);
    }

    @SuppressWarnings("unchecked")
    private static void fillRequired(int rating) {
        for (String label : new String[] {
            "Ik kan beter pendelen tussen individueel werk en preventief, collectief en omgevingsgericht werken.",
            "Ik werk beter samen met collega's uit andere disciplines in het WIJ-team.",
            "Welk cijfer geef ik de cursus als geheel?"
        }) {
            _setValue(_get(RadioButtonGroup.class, spec -> spec.withLabel(label)), rating);
        }
    }
}
