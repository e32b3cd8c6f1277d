package nl.pendel.programme;

import org.jspecify.annotations.Nullable;

/**
 * One agenda item of a programme's meeting as course-content describes it: its title and, when
 * the programme says so, how many minutes it takes, who leads it and what is needed for it
 * ({@code needs} is empty when nothing is named). A plain text item has only a title.
 */
public record AgendaItem(
        String title, @Nullable Integer minutes, @Nullable AgendaLead lead, String needs) {

    /** An item written as plain text. */
    public static AgendaItem plain(String title) {
        return new AgendaItem(title, null, null, "");
    }
}
