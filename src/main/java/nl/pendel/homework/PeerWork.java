package nl.pendel.homework;

import java.time.Instant;
import java.util.List;

/** A subgroup member's homework as the others read it after the deadline. */
public record PeerWork(String name, Instant submittedAt, String body, List<HomeworkFile> files) {

    public PeerWork {
        files = List.copyOf(files);
    }

    public String bodyHtml() {
        return nl.pendel.shared.Markdown.toHtml(body);
    }
}
