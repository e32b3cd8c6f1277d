package nl.pendel.message;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One announcement as its reader may see it, with the threads they may read under it: a
 * participant their own, the course's trainers every participant's.
 *
 * @param to the subgroup's number or the person's name, empty for the course
 */
public record Announcement(
        long id,
        Audience audience,
        String to,
        String author,
        String subject,
        String body,
        Instant createdAt,
        List<Thread> threads) {

    public Announcement {
        threads = List.copyOf(threads);
    }

    /** The messages between one participant and the trainers under this announcement, oldest first. */
    public record Thread(long participantId, String participant, List<Line> lines) {

        public Thread {
            lines = List.copyOf(lines);
        }
    }

    /** One message of a thread; {@code fromTrainer} when a trainer wrote it. */
    public record Line(String author, boolean fromTrainer, String body, Instant createdAt) {}

    /** The reader's own thread (a participant's), if they wrote or were answered. */
    public @Nullable Thread threadOf(long participantId) {
        return threads.stream()
                .filter(t -> t.participantId() == participantId)
                .findFirst()
                .orElse(null);
    }
}
