package nl.pendel.notification.internal;

import java.util.List;
import nl.pendel.notification.InboxKind;
import org.jspecify.annotations.Nullable;

/**
 * What a notice puts into the person's inbox (the bell): its kind, the names its fixed text is
 * filled with (titles of courses, meetings, plan sections; never a person's or resident's data)
 * and the path it opens.
 */
public record InboxNote(
        InboxKind kind,
        List<String> params,
        String target,
        @Nullable Long courseId) {

    public InboxNote {
        params = List.copyOf(params);
    }
}
