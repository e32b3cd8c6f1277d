package nl.pendel.notification;

import java.time.Instant;
import java.util.List;

/**
 * One item of the signed-in person's inbox.
 *
 * @param params the names the kind's text is filled with (titles, an ISO date)
 * @param target the path inside Pendel the item opens
 */
public record InboxItem(long id, InboxKind kind, List<String> params, String target, Instant createdAt, boolean read) {

    public InboxItem {
        params = List.copyOf(params);
    }
}
