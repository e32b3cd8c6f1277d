package nl.pendel.homework;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One version handed in, kept also after it was withdrawn, with the trainers' feedback on it. */
public record Submission(
        long id,
        int number,
        Instant submittedAt,
        boolean late,
        @Nullable Instant withdrawnAt,
        String body,
        List<HomeworkFile> files,
        List<Feedback> feedback) {

    public Submission {
        files = List.copyOf(files);
        feedback = List.copyOf(feedback);
    }

    public String bodyHtml() {
        return nl.pendel.shared.Markdown.toHtml(body);
    }
}
