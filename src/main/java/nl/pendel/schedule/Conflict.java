package nl.pendel.schedule;

import java.util.Arrays;
import java.util.List;

/**
 * Something wrong with a schedule. A hard conflict refuses saving; a warning (weekend, public
 * holiday) is only shown.
 *
 * <p>The arguments keep their type, so the view can format them for the reader's language and a
 * message's placeholders get what they expect: numbers ({@link Integer}) stay numbers for
 * {@code {0,choice,…}}; dates ({@link java.time.LocalDate}) and times ({@link java.time.LocalTime})
 * are formatted by the view; {@link People} are shown as a few names; a {@link Translated} key is
 * translated; text ({@link String}: a course title, a place) is shown as it is.
 *
 * @param sessionIndex which draft it concerns (index in the list checked), or -1 for the whole
 *     schedule
 * @param messageKey translation key, with {@code arguments}
 */
public record Conflict(int sessionIndex, boolean hard, String messageKey, List<Object> arguments) {

    public Conflict {
        arguments = List.copyOf(arguments);
    }

    /** The display names of the people concerned, sorted; the view shows the first few. */
    public record People(List<String> names) {

        public People {
            names = names.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList();
        }
    }

    /** A translation key whose text stands in the message, such as a public holiday's name. */
    public record Translated(String key) {}

    static Conflict hard(int index, String key, Object... arguments) {
        return new Conflict(index, true, key, Arrays.asList(arguments));
    }

    static Conflict warning(int index, String key, Object... arguments) {
        return new Conflict(index, false, key, Arrays.asList(arguments));
    }
}
