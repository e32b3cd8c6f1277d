package nl.pendel.plan;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One section of a plan as the reader sees it now.
 *
 * @param version 0 while nobody saved it yet
 * @param myDraft what the reader typed here and has not saved yet, if anything
 * @param editable the reader may change this section now
 */
public record PlanSection(
        String key,
        String title,
        String guidance,
        boolean required,
        String content,
        long version,
        @Nullable String updatedBy,
        @Nullable Instant updatedAt,
        @Nullable Draft myDraft,
        boolean editable) {

    public boolean isEmpty() {
        return content.isBlank();
    }

    /** Unsaved text of the reader, and the version it was typed on. */
    public record Draft(String content, long baseVersion, Instant updatedAt) {}
}
