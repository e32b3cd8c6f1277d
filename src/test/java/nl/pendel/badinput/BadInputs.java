package nl.pendel.badinput;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * The hostile inputs every form is tried with (issue 8, "Bad input"), and the Dutch texts the
 * refusals must show, read from the Dutch translation bundle itself.
 */
final class BadInputs {

    /** Far longer than any field allows. */
    static final String OVERLONG = "x".repeat(10_001);

    static final String EMOJI = "🌱👩🏽‍🌾";
    static final String ARABIC = "فاطمة الزهراء";
    /** "Zoë" with a combining diaeresis (U+0308), not the precomposed ë. */
    static final String COMBINING = "Zoe\u0308";

    static final String SCRIPT = "<script>alert(1)</script>";
    static final String BOLD = "<b>vet</b>";
    static final String SQL_DROP = "Robert'); DROP TABLE person;--";
    static final String SQL_OR = "' OR 1=1 --";

    static final String WHITESPACE = "   \t  ";
    /** Looks empty but {@link String#isBlank()} says it is not: no-break, narrow no-break and zero-width spaces. */
    static final String INVISIBLE = "\u00A0\u202F\u200B\u00A0";

    static final int NEGATIVE = -1;

    static final LocalDate YEAR_1 = LocalDate.of(1, 1, 1);
    static final LocalDate YEAR_9999 = LocalDate.of(9999, 12, 31);

    /** Text that a free-text field must store and show back exactly, as text. */
    static final List<String> ACCEPTED_TEXTS = List.of(EMOJI, ARABIC, COMBINING, SCRIPT, BOLD, SQL_DROP, SQL_OR);

    /**
     * A required text field's refusals as (input, Dutch message at the field): empty, blank,
     * only invisible spaces, and longer than {@code max}.
     */
    static List<List<String>> refusedRequiredTexts(int max) {
        String required = validation("validation.required");
        return List.of(
                List.of("", required),
                List.of(WHITESPACE, required),
                List.of(INVISIBLE, required),
                List.of(OVERLONG, dutch("validation.max-length-field", max)));
    }

    private static final Properties DUTCH = load("/vaadin-i18n/translations_nl.properties");
    private static final Properties DUTCH_VALIDATION = load("/ValidationMessages_nl.properties");

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = BadInputs.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private BadInputs() {}

    /** The Dutch text of this translation key, with its arguments filled in as the application does. */
    static String dutch(String key, Object... arguments) {
        String pattern = DUTCH.getProperty(key);
        if (pattern == null) {
            throw new IllegalArgumentException("No Dutch text for " + key);
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, Locale.of("nl")).format(arguments);
    }

    /** The Dutch Bean Validation text of this key, e.g. {@code validation.required}. */
    static String validation(String key) {
        String text = DUTCH_VALIDATION.getProperty(key);
        if (text == null) {
            throw new IllegalArgumentException("No Dutch validation text for " + key);
        }
        return text;
    }

    /** The text with a unique suffix, for names that must be unique. */
    static String uniquely(String text) {
        return text + " " + nl.pendel.TestData.unique("u");
    }
}
