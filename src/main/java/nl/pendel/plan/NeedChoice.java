package nl.pendel.plan;

/**
 * A common need from the caseloads that a plan can answer, from the needs board of the homework:
 * its label and how many colleagues and cases named it, in the plan's own subgroup or in the team.
 */
public record NeedChoice(String label, int participants, int cases, boolean ownSubgroup) {}
