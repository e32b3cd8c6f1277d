package nl.pendel.plan;

import java.time.Instant;
import nl.pendel.shared.Texts;
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

    /**
     * The template's section for the evaluation: the one a subgroup may still write after the
     * course closed (a convention of {@code course-content/plan-templates}).
     */
    public static final String EVALUATION = "evaluatie";

    /** The template's section for the common need: it offers the needs board to pick from. */
    public static final String COMMON_NEED = "gemeenschappelijke-vraag";

    public boolean asksCommonNeed() {
        return COMMON_NEED.equals(key);
    }

    public boolean isEmpty() {
        return Texts.blank(content);
    }

    /** Unsaved text of the reader, and the version it was typed on. */
    public record Draft(String content, long baseVersion, Instant updatedAt) {}
}
