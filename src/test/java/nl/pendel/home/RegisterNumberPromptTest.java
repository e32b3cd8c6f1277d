package nl.pendel.home;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import nl.pendel.KaribuTest;
import nl.pendel.security.Role;
import org.junit.jupiter.api.Test;

/** A participant without a register number is asked for it on their home page, until they give it. */
class RegisterNumberPromptTest extends KaribuTest {

    @Test
    void participant_without_a_register_number_is_asked_for_it_and_told_why() {
        login(testData.person().create().email());
        open("");

        Div prompt = prompt().orElseThrow();
        assertThat(prompt.getElement().getTextRecursively())
                .contains("Vul je registratienummer in")
                .contains("accreditatielijst")
                .contains("Registerplein, SKJ of BIG");
        Anchor link = _get(prompt, Anchor.class);
        assertThat(link.getHref()).isEqualTo("profiel");
        assertThat(link.getText()).contains("Mijn profiel");
    }

    @Test
    void participant_with_a_register_number_is_not_asked() {
        login(testData.person().registerNumber("SKJ 110012345").create().email());
        open("");

        assertThat(prompt()).isEmpty();
    }

    @Test
    void the_prompt_goes_once_the_number_is_saved_on_the_profile() {
        login(testData.person().create().email());
        open("profiel");
        _setValue(
                _get(TextField.class, spec -> spec.withLabel("Registratienummer beroepsregister")), "BIG 19012345601");
        _click(_get(Button.class, spec -> spec.withText("Opslaan")));

        open("");

        assertThat(prompt()).isEmpty();
    }

    @Test
    void trainer_and_team_lead_who_take_no_part_are_not_asked() {
        for (var person : List.of(
                testData.trainer(),
                testData.person().roles(Role.TEAM_LEAD).create(),
                testData.person().roles(Role.ADMIN).noTeam().create())) {
            newBrowserSession();
            login(person.email());
            open("");
            assertThat(prompt()).as(person.email()).isEmpty();
        }
    }

    private static java.util.Optional<Div> prompt() {
        return _find(Div.class, spec -> spec.withClasses("register-number-prompt")).stream()
                .findFirst();
    }
}
