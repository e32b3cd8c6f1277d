package nl.pendel.notification.internal;

/**
 * A mail's subject with its plain-text and HTML bodies, and its core as short plain text (no
 * greeting or footer) for listing it in a digest.
 */
public record MailContent(String subject, String text, String html, String summary) {}
