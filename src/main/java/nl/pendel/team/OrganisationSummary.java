package nl.pendel.team;

/** An organisation as other modules and views see it. */
public record OrganisationSummary(long id, String name, boolean active, long version) {}
