package nl.pendel.programme.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.pendel.programme.AgendaLead;
import org.jspecify.annotations.Nullable;

/**
 * A meeting's {@code agenda} in course-content: each item a plain text, or a mapping
 * {@code { title, minutes, lead, needs }} for a run sheet (minutes 1 to 480; lead one of
 * {@code trainer}, {@code co-trainer}, {@code guest}, {@code all}; needs a text).
 */
final class AgendaItems {

    static final int TITLE_MAX = 500;
    static final int NEEDS_MAX = 500;
    static final int MINUTES_MAX = 480;

    private AgendaItems() {
        // functions only, no instances
    }

    static List<ContentModel.AgendaItem> parse(ContentNode meeting) {
        List<ContentModel.AgendaItem> items = new ArrayList<>();
        for (Object entry : meeting.textsOrChildren("agenda", TITLE_MAX, 1)) {
            if (entry instanceof ContentNode item) {
                items.add(item(item));
            } else {
                items.add(new ContentModel.AgendaItem((String) entry, null, null, ""));
            }
        }
        return List.copyOf(items);
    }

    private static ContentModel.AgendaItem item(ContentNode item) {
        item.allowOnly(Set.of("title", "minutes", "lead", "needs"));
        return new ContentModel.AgendaItem(
                item.text("title", TITLE_MAX, true),
                item.optionalInteger("minutes", 1, MINUTES_MAX),
                lead(item),
                item.text("needs", NEEDS_MAX, false));
    }

    private static @Nullable AgendaLead lead(ContentNode item) {
        String text = item.text("lead", 20, false);
        if (text.isEmpty()) {
            return null;
        }
        return AgendaLead.ofContentName(text).orElseGet(() -> {
            item.problem(item.field("lead"), "content.error.agenda-lead");
            return null;
        });
    }
}
