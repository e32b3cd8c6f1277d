package nl.pendel.schedule.ui;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import nl.pendel.schedule.Conflict;

/**
 * A {@link Conflict} as the reader's language writes it: dates as the schedule's date column
 * shows them ("di 29 dec. 2026"), times as 09:00, people as a few names ("Anouk Bakker en Jan de
 * Vries", "A, B, C en 2 anderen"), a translation key translated; numbers stay numbers, so a
 * {@code {0,choice,…}} placeholder gets what it expects.
 */
final class ConflictMessages {

    /** How many names a message lists before it says how many others. */
    static final int NAMES_SHOWN = 3;

    /** Translates a key with its arguments in the reader's language. */
    @FunctionalInterface
    interface Translator {
        String translate(String key, Object... arguments);
    }

    private final Locale locale;
    private final Translator translator;

    ConflictMessages(Locale locale, Translator translator) {
        this.locale = locale;
        this.translator = translator;
    }

    /** The schedule's date format in this language. */
    static DateTimeFormatter dateFormat(Locale locale) {
        return DateTimeFormatter.ofPattern("EEE d MMM yyyy", locale);
    }

    String text(Conflict conflict) {
        return translator.translate(conflict.messageKey(), arguments(conflict));
    }

    Object[] arguments(Conflict conflict) {
        return conflict.arguments().stream().map(this::format).toArray();
    }

    private Object format(Object argument) {
        return switch (argument) {
            case LocalDate date -> dateFormat(locale).format(date);
            case LocalTime time -> DateTimeFormatter.ofPattern("HH:mm", locale).format(time);
            case Conflict.People people -> names(people.names());
            case Conflict.Translated translated -> translator.translate(translated.key());
            default -> argument;
        };
    }

    private String names(List<String> names) {
        if (names.size() <= 1) {
            return String.join("", names);
        }
        if (names.size() <= NAMES_SHOWN) {
            return translator.translate(
                    "schedule.people.and", String.join(", ", names.subList(0, names.size() - 1)), names.getLast());
        }
        return translator.translate(
                "schedule.people.and-others",
                String.join(", ", names.subList(0, NAMES_SHOWN)),
                names.size() - NAMES_SHOWN);
    }
}
