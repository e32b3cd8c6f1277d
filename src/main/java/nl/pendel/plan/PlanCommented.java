package nl.pendel.plan;

/** Someone commented on a section: the people involved are told. */
public record PlanCommented(long planId, long commentId) {}
