package nl.pendel.rights;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One export (its size and attachments) or erasure (rows deleted or changed): whose data, by whom, when. */
public record PrivacyAction(
        Instant at,
        PrivacyActionKind kind,
        long subjectId,
        String subjectName,
        long actorId,
        String actorName,
        @Nullable Long sizeBytes,
        @Nullable Integer files,
        @Nullable Integer rowsChanged) {}
