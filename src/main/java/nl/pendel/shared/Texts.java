package nl.pendel.shared;

import org.jspecify.annotations.Nullable;

/** Small checks on text people type. */
public final class Texts {

    private Texts() {}

    /**
     * Whether the text shows nothing: empty, or only spaces of any kind — also the no-break spaces
     * and zero-width characters that {@link String#isBlank()} counts as content.
     */
    public static boolean blank(@Nullable CharSequence text) {
        if (text == null) {
            return true;
        }
        return text.codePoints().allMatch(Texts::invisible);
    }

    private static boolean invisible(int c) {
        return Character.isWhitespace(c)
                || Character.isSpaceChar(c)
                || c == '\u200B' // zero-width space
                || c == '\u200C' // zero-width non-joiner
                || c == '\u200D' // zero-width joiner
                || c == '\u2060' // word joiner
                || c == '\uFEFF' // zero-width no-break space
                || c == '\u00AD' // soft hyphen
                || Character.getType(c) == Character.CONTROL;
    }
}
