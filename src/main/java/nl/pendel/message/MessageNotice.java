package nl.pendel.message;

import java.util.Set;

/**
 * What the notification of an announcement or a reply says, and to whom (never the writer).
 *
 * @param reply whether it is a message in a thread rather than a new announcement
 * @param target the path the notification opens
 */
public record MessageNotice(
        long courseId,
        String courseTitle,
        boolean reply,
        String author,
        String subject,
        String text,
        String target,
        String dedupeKey,
        Set<Long> recipients) {

    public MessageNotice {
        recipients = Set.copyOf(recipients);
    }
}
