package nl.pendel.plan;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One saved version of a section. */
public record SectionVersion(
        long id,
        long version,
        String content,
        String savedBy,
        Instant savedAt,
        @Nullable Long restoredFrom) {}
