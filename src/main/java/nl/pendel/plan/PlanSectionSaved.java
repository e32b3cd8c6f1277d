package nl.pendel.plan;

import java.time.Instant;

/**
 * A section was saved. Published inside the transaction; the live view passes it to the other
 * open windows of the plan after the commit, with the text so they need not read it again.
 */
public record PlanSectionSaved(
        long planId,
        String sectionKey,
        long version,
        long personId,
        String personName,
        String content,
        Instant savedAt) {}
