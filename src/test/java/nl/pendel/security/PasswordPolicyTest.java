package nl.pendel.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void eleven_characters_are_too_few_and_twelve_are_enough() {
        assertThat(PasswordPolicy.problem("a".repeat(11))).contains("password.error.too-short");
        assertThat(PasswordPolicy.problem("a".repeat(12))).isEmpty();
    }

    @Test
    void long_pass_phrases_are_allowed_up_to_128_characters() {
        assertThat(PasswordPolicy.problem("x".repeat(64))).isEmpty();
        assertThat(PasswordPolicy.problem("x".repeat(128))).isEmpty();
        assertThat(PasswordPolicy.problem("x".repeat(129))).contains("password.error.too-long");
    }

    @Test
    void length_counts_characters_not_bytes() {
        // 12 emoji are 24 UTF-16 units and 48 UTF-8 bytes, but 12 characters
        assertThat(PasswordPolicy.problem("🌱".repeat(12))).isEmpty();
        assertThat(PasswordPolicy.problem("🌱".repeat(11))).contains("password.error.too-short");
    }

    @Test
    void blank_passwords_are_refused() {
        assertThat(PasswordPolicy.problem("             ")).contains("password.error.required");
    }
}
