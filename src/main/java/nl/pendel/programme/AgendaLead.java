package nl.pendel.programme;

import java.util.Locale;
import java.util.Optional;

/**
 * Who leads an agenda item of a meeting: the course's trainer, its co-trainer, a guest, or
 * everyone together. In course-content it is written in lower case with a dash ({@code co-trainer}).
 */
public enum AgendaLead {
    TRAINER,
    CO_TRAINER,
    GUEST,
    ALL;

    /** As written in course-content: {@code trainer}, {@code co-trainer}, {@code guest}, {@code all}. */
    public String contentName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The lead a course-content text names, if it names one. */
    public static Optional<AgendaLead> ofContentName(String text) {
        for (AgendaLead lead : values()) {
            if (lead.contentName().equals(text)) {
                return Optional.of(lead);
            }
        }
        return Optional.empty();
    }
}
