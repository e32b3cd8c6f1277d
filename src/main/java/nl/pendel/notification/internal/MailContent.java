package nl.pendel.notification.internal;

/**
 * A mail's subject with its plain-text and HTML bodies, and its core as short plain text (no
 * greeting or footer) for listing it in a digest. The subject is one line: a name or title that
 * holds a line break or another control character (stored before such texts were refused) does
 * not reach the mail header raw; each run of them becomes one space.
 */
public record MailContent(String subject, String text, String html, String summary) {

    public MailContent {
        subject = subject.replaceAll("[\\p{Cc}\\u2028\\u2029]+", " ");
    }
}
