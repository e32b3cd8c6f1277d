package nl.pendel.shared;

import org.jspecify.annotations.Nullable;

/**
 * The rule of {@link OneLine} for services that take plain strings: no control character (Unicode
 * category Cc: CR, LF, TAB, NUL, ESC, NEL ...) and no line or paragraph separator (U+2028, U+2029)
 * in the text as it is stored, which is the text {@link String#strip() stripped} of the white space
 * at its ends. A field of only spaces and tabs is therefore not refused for its tab but left to the
 * required-field rule, which says what is wrong: that it is empty.
 */
public final class OneLineText {

    /** The translation key of the message (in the bundles and in ValidationMessages). */
    public static final String KEY = "validation.one-line";

    private OneLineText() {}

    /**
     * Whether the stripped text holds no control character and no line or paragraph separator (null
     * does).
     */
    public static boolean holds(@Nullable CharSequence text) {
        return text == null || text.toString().strip().codePoints().noneMatch(OneLineText::refused);
    }

    /**
     * Refuses a text that is not one line.
     *
     * @throws UserFacingException {@value #KEY}
     */
    public static void check(@Nullable CharSequence text) {
        if (!holds(text)) {
            throw new UserFacingException(KEY);
        }
    }

    private static boolean refused(int codePoint) {
        return Character.getType(codePoint) == Character.CONTROL || codePoint == 0x2028 || codePoint == 0x2029;
    }
}
