package nl.pendel.homework;

import java.time.Instant;

/** A trainer's written feedback on one version handed in. */
public record Feedback(long id, String trainerName, Instant givenAt, String body) {

    public static final int MAX = 5000;

    public String bodyHtml() {
        return nl.pendel.shared.Markdown.toHtml(body);
    }
}
