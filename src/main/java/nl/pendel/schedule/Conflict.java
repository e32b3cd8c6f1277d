package nl.pendel.schedule;

import java.util.List;

/**
 * Something wrong with a schedule. A hard conflict refuses saving; a warning (weekend, public
 * holiday) is only shown.
 *
 * @param sessionIndex which draft it concerns (index in the list checked), or -1 for the whole
 *     schedule
 * @param messageKey translation key, with {@code arguments}
 */
public record Conflict(int sessionIndex, boolean hard, String messageKey, List<String> arguments) {

    public Conflict {
        arguments = List.copyOf(arguments);
    }

    static Conflict hard(int index, String key, Object... arguments) {
        return new Conflict(
                index,
                true,
                key,
                java.util.Arrays.stream(arguments).map(String::valueOf).toList());
    }

    static Conflict warning(int index, String key, Object... arguments) {
        return new Conflict(
                index,
                false,
                key,
                java.util.Arrays.stream(arguments).map(String::valueOf).toList());
    }
}
