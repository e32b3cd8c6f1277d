package nl.pendel.homework;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.pendel.shared.OneLineText;
import nl.pendel.shared.Texts;
import nl.pendel.shared.UserFacingException;

/** The caseload themes a participant chose, checked and tidied before they are stored. */
final class ThemeChoices {

    private ThemeChoices() {}

    /**
     * The themes as stored: each a known theme or an own one (one line, not too long), with a
     * sensible number of cases, none twice; refused with the reason otherwise.
     */
    static List<ThemeAnswer> clean(List<ThemeAnswer> themes, Set<String> known) {
        if (themes.size() > HomeworkService.THEMES_MAX) {
            throw new UserFacingException("homework.error.too-many-themes", HomeworkService.THEMES_MAX);
        }
        Set<String> seen = new HashSet<>();
        List<ThemeAnswer> clean = new ArrayList<>();
        for (ThemeAnswer theme : themes) {
            String own = theme.ownLabel() == null ? null : theme.ownLabel().strip();
            check(theme, own, known);
            String identity = theme.themeKey() != null ? "k:" + theme.themeKey() : "o:" + own.toLowerCase();
            if (!seen.add(identity)) {
                throw new UserFacingException("homework.error.theme-twice");
            }
            clean.add(new ThemeAnswer(theme.themeKey(), theme.themeKey() != null ? null : own, theme.cases()));
        }
        return clean;
    }

    private static void check(ThemeAnswer theme, String own, Set<String> known) {
        if (theme.themeKey() == null && Texts.blank(own)) {
            throw new UserFacingException("homework.error.theme-empty");
        }
        if (theme.themeKey() != null && !known.contains(theme.themeKey())) {
            throw new UserFacingException("homework.error.theme-unknown");
        }
        OneLineText.check(own);
        if (own != null && own.codePointCount(0, own.length()) > ThemeAnswer.OWN_LABEL_MAX) {
            throw new UserFacingException("homework.error.theme-too-long", ThemeAnswer.OWN_LABEL_MAX);
        }
        if (theme.cases() < 1 || theme.cases() > ThemeAnswer.MAX_CASES) {
            throw new UserFacingException("homework.error.cases", ThemeAnswer.MAX_CASES);
        }
    }
}
