package nl.pendel.assessment;

import java.util.List;

/**
 * One team member's self-assessment scores as the lead of their team reads them: their growth per
 * competence and indicator, and only the free text (what they master, development points, goals)
 * of the moments the member chose to share with the lead.
 */
public record MemberScores(long personId, String name, Growth growth, List<SharedReflection> reflections) {

    public MemberScores {
        reflections = List.copyOf(reflections);
    }

    /** The free text of one moment the member shared. */
    public record SharedReflection(MomentKind moment, String mastered, String development) {}

    /** A participant of the course, for the lead's list (no scores: opening them is logged). */
    public record Member(long personId, String name, Integer subgroupNumber, int submittedMoments) {}

    /** Someone who opened the signed-in person's scores, and when. */
    public record View(java.time.Instant viewedAt, String viewerName, String courseTitle) {}

    /** One opening of a member's scores, for the administrators' audit. */
    public record LoggedView(
            java.time.Instant viewedAt,
            long personId,
            String personName,
            long viewerId,
            String viewerName,
            String courseTitle) {}
}
