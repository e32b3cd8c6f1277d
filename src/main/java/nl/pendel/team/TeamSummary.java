package nl.pendel.team;

/** A team as other modules and views see it. */
public record TeamSummary(long id, String name, String district, boolean active, long version) {}
