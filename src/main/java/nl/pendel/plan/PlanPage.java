package nl.pendel.plan;

import java.util.Map;

/**
 * What a plan's page shows, read at once: the plan, the competences it can be tagged with and how
 * many comments each section has.
 *
 * @param competenceChoices code → "code · short title", in the framework's order
 * @param commentCounts section key → number of comments (sections without comments are missing)
 */
public record PlanPage(Plan plan, Map<String, String> competenceChoices, Map<String, Integer> commentCounts) {

    public PlanPage {
        competenceChoices = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(competenceChoices));
        commentCounts = Map.copyOf(commentCounts);
    }

    /** The number of comments on one section. */
    public int comments(String sectionKey) {
        return commentCounts.getOrDefault(sectionKey, 0);
    }
}
