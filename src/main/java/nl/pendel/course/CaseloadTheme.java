package nl.pendel.course;

/**
 * A recurring question participants may see in their caseload, from the course's caseload theme
 * list (e.g. {@code eenzaamheid}, "Eenzaamheid").
 *
 * @param key stable within the list: {@code a-z0-9-}
 * @param label what participants read
 * @param description more explanation; empty when there is none
 */
public record CaseloadTheme(String key, String label, String description) {}
