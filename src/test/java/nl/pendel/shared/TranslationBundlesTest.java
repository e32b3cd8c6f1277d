package nl.pendel.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text exists in Dutch and English, and every key the code asks for exists. */
class TranslationBundlesTest {

    private static final Pattern KEY_IN_CODE = Pattern.compile("getTranslation\\(\"([a-zA-Z0-9._-]+)\"\\s*[,)]");

    @Test
    void dutch_and_english_bundles_have_the_same_keys() throws IOException {
        Set<String> dutch = load("translations_nl").stringPropertyNames();
        Set<String> english = load("translations_en").stringPropertyNames();
        assertThat(new TreeSet<>(dutch))
                .as("keys only in Dutch or only in English")
                .isEqualTo(new TreeSet<>(english));
    }

    @Test
    void every_key_used_in_the_code_is_in_the_bundles() throws IOException {
        Set<String> known = load("translations_nl").stringPropertyNames();
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_IN_CODE.matcher(Files.readString(file));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(known).containsAll(used);
    }

    @Test
    void messages_with_arguments_format_without_losing_apostrophes() {
        Translations translations = new Translations();
        assertThat(translations.getTranslation("programme.problems", Translations.DUTCH, 2))
                .startsWith("2 problemen");
        assertThat(translations.getTranslation("menu.programmes", Translations.DUTCH))
                .isEqualTo("Programma's");
        assertThat(translations.getTranslation("no.such.key", Translations.ENGLISH))
                .isEqualTo("!no.such.key!");
    }

    @Test
    void validation_messages_exist_in_both_languages() throws IOException {
        Properties nl = new Properties();
        Properties en = new Properties();
        try (var a = getClass().getResourceAsStream("/ValidationMessages_nl.properties");
                var b = getClass().getResourceAsStream("/ValidationMessages_en.properties")) {
            nl.load(new InputStreamReader(a, StandardCharsets.UTF_8));
            en.load(new InputStreamReader(b, StandardCharsets.UTF_8));
        }
        assertThat(nl.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (var in = TranslationBundlesTest.class.getResourceAsStream("/vaadin-i18n/" + name + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
