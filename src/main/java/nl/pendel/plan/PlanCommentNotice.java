package nl.pendel.plan;

import java.util.Set;

/**
 * What the notification of a comment says, and to whom: the other members of the subgroup and the
 * course's trainers (not the writer).
 */
public record PlanCommentNotice(
        long planId,
        String planTitle,
        int subgroupNumber,
        String courseTitle,
        String sectionTitle,
        String author,
        String text,
        Set<Long> recipients) {

    public PlanCommentNotice {
        recipients = Set.copyOf(recipients);
    }
}
