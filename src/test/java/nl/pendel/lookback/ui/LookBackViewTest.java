package nl.pendel.lookback.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import nl.pendel.KaribuTest;
import nl.pendel.lookback.LookBackFixture;
import nl.pendel.lookback.LookBackService;
import nl.pendel.lookback.MyLookBack;
import nl.pendel.shared.ui.NotFoundView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The participant's look-back form (issue 19). */
class LookBackViewTest extends KaribuTest {

    @Autowired
    LookBackFixture fixtures;

    @Autowired
    LookBackService lookBacks;

    @Test
    void a_participant_reaches_the_form_from_their_sessions_and_sends_it_signed() {
        var course = fixtures.create();
        fixtures.minutesAfterEnd(course.meeting1(), -10);
        login(course.first().email());
        open("mijn-sessies");
        Anchor link = _get(Anchor.class, spec -> spec.withText("Vul de terugblik in (minder dan een minuut)"));
        assertThat(link.getHref()).isEqualTo("terugblik/" + course.meeting1().id());

        open(link.getHref());
        assertThat(currentView()).isInstanceOf(LookBackView.class);
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Wat neem ik mee?")), "De wijk in, samen");
        _setValue(rating(), 4);
        _setValue(_get(Checkbox.class, spec -> spec.withLabel("Zet mijn naam erbij")), true);
        _click(_get(Button.class, spec -> spec.withText("Versturen")));

        MyLookBack mine = lookBacks.form(course.meeting1().id()).mine();
        assertThat(mine.version()).isEqualTo(1);
        assertThat(mine.signed()).isTrue();
        assertThat(mine.ratings()).containsEntry("cijfer", 4);
        assertThat(mine.texts()).containsEntry("meenemen", "De wijk in, samen");
        assertThat(pageText()).contains("Je terugblik is verstuurd. Je kunt hem wijzigen tot");
        assertThat(_find(Button.class, spec -> spec.withText("Wijziging opslaan")))
                .hasSize(1);
    }

    @Test
    void a_resident_identifier_is_refused_in_dutch_the_text_stays_and_nothing_is_stored() {
        var course = fixtures.create();
        fixtures.minutesAfterEnd(course.meeting1(), 10);
        login(course.first().email());
        open("terugblik/" + course.meeting1().id());
        TextArea miss = _get(TextArea.class, spec -> spec.withLabel("Wat mis ik nog?"));
        _setValue(miss, "Bewoner NL91ABNA0417164300 belde");
        _setValue(rating(), 3);
        NotificationsKt.clearNotifications();
        _click(_get(Button.class, spec -> spec.withText("Versturen")));

        assertThat(NotificationsKt.getNotifications())
                .extracting(n -> n.getElement().getProperty("text", "")
                        + com.github.mvysny.kaributesting.v10.BasicUtilsKt.get_textRecursively(n))
                .anySatisfy(text -> assertThat(text).startsWith("Niet bewaard").contains("IBAN"));
        assertThat(miss.getValue()).isEqualTo("Bewoner NL91ABNA0417164300 belde");
        assertThat(lookBacks.form(course.meeting1().id()).mine()).isEqualTo(MyLookBack.NONE);
    }

    @Test
    void before_the_window_opens_the_page_says_when_and_shows_no_form() {
        var course = fixtures.create();
        fixtures.minutesAfterEnd(course.meeting1(), -60);
        login(course.first().email());
        open("mijn-sessies");
        assertThat(_find(Anchor.class, spec -> spec.withText("Vul de terugblik in (minder dan een minuut)")))
                .isEmpty();
        open("terugblik/" + course.meeting1().id());
        assertThat(pageText()).contains("kan worden ingevuld van");
        assertThat(_find(Button.class, spec -> spec.withText("Versturen"))).isEmpty();
    }

    @Test
    void a_participant_of_another_subgroup_and_a_trainer_get_not_found() {
        var course = fixtures.create();
        fixtures.minutesAfterEnd(course.meeting1(), 10);
        login(course.otherSubgroup().email());
        open("terugblik/" + course.meeting1().id());
        assertThat(currentView()).isInstanceOf(NotFoundView.class);

        newBrowserSession();
        login(course.trainer());
        open("terugblik/" + course.meeting1().id());
        assertThat(currentView()).isInstanceOf(NotFoundView.class);
    }

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<Integer> rating() {
        return _get(RadioButtonGroup.class, spec -> spec.withLabel("Welk cijfer geef ik deze bijeenkomst?"));
    }
}
