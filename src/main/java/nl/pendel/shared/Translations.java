package nl.pendel.shared;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * All UI text, from the bundles {@code vaadin-i18n/translations_nl.properties} (the default) and
 * {@code translations_en.properties}. An unknown key shows as {@code !key!} so it is noticed.
 */
@Component
public class Translations implements I18NProvider {

    /** Dutch, the default language of the portal. */
    public static final Locale DUTCH = Locale.of("nl");

    /** English, the second language. */
    public static final Locale ENGLISH = Locale.ENGLISH;

    static final String BUNDLE = "vaadin-i18n/translations";

    private static final Logger log = LoggerFactory.getLogger(Translations.class);
    private static final List<Locale> LOCALES = List.of(DUTCH, ENGLISH);

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        ResourceBundle bundle = bundle(locale);
        try {
            String pattern = bundle.getString(key);
            return params.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(params);
        } catch (MissingResourceException e) {
            log.warn("Missing translation for key {} in {}", key, bundle.getLocale());
            return "!" + key + "!";
        }
    }

    /** The supported locale closest to the given one (Dutch when nothing fits). */
    public static Locale supported(@Nullable Locale locale) {
        return locale != null && ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : DUTCH;
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(
                BUNDLE,
                supported(locale),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
