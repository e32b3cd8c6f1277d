package nl.pendel.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextsTest {

    @Test
    void text_of_only_no_break_zero_width_or_ordinary_spaces_is_blank() {
        assertThat(Texts.blank(null)).isTrue();
        assertThat(Texts.blank("")).isTrue();
        assertThat(Texts.blank(" \t\n")).isTrue();
        assertThat("\u00A0\u202F\u2007".isBlank()).as("what Java itself says").isFalse();
        assertThat(Texts.blank("\u00A0\u202F\u2007")).as("no-break spaces").isTrue();
        assertThat(Texts.blank("\u200B\uFEFF\u2060"))
                .as("zero-width characters")
                .isTrue();
    }

    @Test
    void text_with_anything_visible_is_not_blank() {
        assertThat(Texts.blank("\u00A0a\u00A0")).isFalse();
        assertThat(Texts.blank("🌱")).isFalse();
        assertThat(Texts.blank("فاطمة")).isFalse();
        assertThat(Texts.blank("e\u0308")).isFalse();
        assertThat(Texts.blank("-")).isFalse();
    }
}
