package nl.pendel.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The texts people read name things as they know them ("het programma"), not as the code or the
 * file tree does: no folder names, no constants, no class names.
 */
class DeveloperWordsTest {

    /** Folder names ({@code course-content}, {@code plan-templates/}), constants, camelCase, Java names. */
    private static final Pattern DEVELOPER_WORD =
            Pattern.compile("course-content|\\b[a-z]+(-[a-z]+)+/|\\b[A-Z]{2,}_[A-Z_]+\\b|\\b[a-z]{2,}[A-Z][a-z]+\\w*\\b"
                    + "|\\.java\\b|Exception\\b|\\bnull\\b|\\benum\\b");

    @Test
    void no_dutch_or_english_text_shows_folder_names_constants_or_class_names() throws IOException {
        for (String language : new String[] {"nl", "en"}) {
            Map<String, String> found = new TreeMap<>();
            load(language).forEach((key, text) -> {
                // content.error.* tell whoever keeps the programme files what to fix in which folder
                if (!key.toString().startsWith("content.error.")
                        && DEVELOPER_WORD.matcher(text.toString()).find()) {
                    found.put(key.toString(), text.toString());
                }
            });
            assertThat(found).as(language).isEmpty();
        }
    }

    private static Properties load(String language) throws IOException {
        Properties properties = new Properties();
        try (var in =
                DeveloperWordsTest.class.getResourceAsStream("/vaadin-i18n/translations_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
