package nl.pendel.plan;

import java.time.Instant;

/** A comment on one section. */
public record PlanComment(long id, String sectionKey, String author, String text, Instant createdAt) {}
