package nl.pendel.shared.personaldata;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import nl.pendel.shared.Translations;

/**
 * The words a person reads in their data export instead of Pendel's codes: a status, a kind, a
 * role or a discipline as the screens name it ({@code Aanwezig}, not {@code PRESENT}), in the
 * language of the person the export is about. Each module labels the coded columns of its own
 * part.
 */
public final class ExportLabels {

    private final Translations translations;
    private final Locale locale;

    public ExportLabels(Translations translations, Locale locale) {
        this.translations = translations;
        this.locale = Translations.supported(locale);
    }

    /** The text of a translation key in the person's language. */
    public String text(String key) {
        return translations.getTranslation(key, locale);
    }

    /** The label of one code of this enum, or the code itself when it is not one (an old value). */
    public <E extends Enum<E>> Object of(Object code, Class<E> type, Function<E, String> key) {
        if (!(code instanceof String name)) {
            return code;
        }
        try {
            return text(key.apply(Enum.valueOf(type, name)));
        } catch (IllegalArgumentException notAConstant) {
            return code;
        }
    }

    /** The labels of a list of codes (e.g. a person's roles). */
    public <E extends Enum<E>> List<Object> of(Collection<?> codes, Class<E> type, Function<E, String> key) {
        return codes.stream().map(code -> of(code, type, key)).toList();
    }

    /**
     * Replaces the code in this column of every row by its label.
     *
     * @return the same rows
     */
    public <E extends Enum<E>> List<Map<String, Object>> label(
            List<Map<String, Object>> rows, String column, Class<E> type, Function<E, String> key) {
        rows.forEach(row -> row.computeIfPresent(column, (name, code) -> of(code, type, key)));
        return rows;
    }
}
