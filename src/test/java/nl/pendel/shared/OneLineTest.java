package nl.pendel.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Locale;
import java.util.Set;
import nl.pendel.account.PersonDraft;
import nl.pendel.course.CourseDraft;
import nl.pendel.course.MeetingDraft;
import nl.pendel.schedule.SessionDraft;
import nl.pendel.team.OrganisationDraft;
import nl.pendel.team.TeamDraft;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One-line fields (names, e-mail addresses, titles, locations, rooms) refuse control characters
 * and line separators, with a Dutch message, on every draft a form or service validates.
 */
class OneLineTest {

    private static final Validator validator;

    static {
        Locale.setDefault(Locale.of("nl"));
        validator = Validation.buildDefaultValidatorFactory().getValidator();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Sophie Meijer\r\nBcc: evil@example.com",
                "Wijkcentrum\rZaal 2",
                "Regel\neen",
                "met\ttab",
                "nul\u0000teken",
                "escape\u001b[31m",
                "volgende\u0085regel",
                "regel\u2028scheiding",
                "ali\u2029nea",
                "delete\u007f"
            })
    void a_text_with_a_control_character_or_line_separator_is_not_one_line(String text) {
        assertThat(OneLineText.holds(text)).isFalse();
        assertThatThrownBy(() -> OneLineText.check(text))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining(OneLineText.KEY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Sophie Meijer", "Zaal 2 (1e verdieping)", "Café Ça-va", "ß ü ø 日本", ""})
    void ordinary_text_is_one_line(String text) {
        assertThat(OneLineText.holds(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"   \t  ", "\tZaal 2\r\n", "\n"})
    void white_space_at_the_ends_that_the_services_strip_is_not_judged_so_a_blank_field_hears_it_is_empty(String text) {
        assertThat(OneLineText.holds(text)).isTrue();
        assertThat(OneLineText.holds("Zaal 2" + text + "Bcc: evil@example.com")).isFalse();
    }

    @ParameterizedTest
    @CsvSource({
        "nl.pendel.account.PersonDraft, displayName",
        "nl.pendel.account.PersonDraft, email",
        "nl.pendel.team.TeamDraft, name",
        "nl.pendel.team.TeamDraft, district",
        "nl.pendel.team.OrganisationDraft, name",
        "nl.pendel.schedule.SessionDraft, location",
        "nl.pendel.schedule.SessionDraft, room",
        "nl.pendel.course.CourseDraft, title",
        "nl.pendel.course.MeetingDraft, title",
        "nl.pendel.course.MeetingDraft, preparationTitle"
    })
    void every_one_line_field_of_a_draft_refuses_a_line_break_in_dutch(String draft, String field) throws Exception {
        Set<? extends ConstraintViolation<?>> violations =
                validator.validateValue(Class.forName(draft), field, "Wijkcentrum\rBcc: evil@example.com");

        assertThat(violations)
                .extracting(ConstraintViolation::getMessage)
                .contains("Gebruik één regel, zonder regeleinden of andere onzichtbare stuurtekens.");
    }

    /** The drafts named above, so that a rename breaks the compile instead of the table. */
    @SuppressWarnings("unused")
    private static final Set<Class<?>> DRAFTS = Set.of(
            PersonDraft.class,
            TeamDraft.class,
            OrganisationDraft.class,
            SessionDraft.class,
            CourseDraft.class,
            MeetingDraft.class);
}
