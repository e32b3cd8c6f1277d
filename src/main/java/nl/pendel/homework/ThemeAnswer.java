package nl.pendel.homework;

import org.jspecify.annotations.Nullable;

/**
 * A recurring question a participant sees in their caseload: one of the course's themes (by key)
 * or their own wording, and in how many cases.
 */
public record ThemeAnswer(
        @Nullable String themeKey, @Nullable String ownLabel, int cases) {

    public static final int MAX_CASES = 999;
    public static final int OWN_LABEL_MAX = 120;
}
