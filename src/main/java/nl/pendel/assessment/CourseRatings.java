package nl.pendel.assessment;

import java.time.LocalDate;
import java.util.List;

/**
 * A course's moments and every rating of every submitted self-assessment in it, for figures over
 * the team (the team dashboard). Individual ratings: whoever receives them shows only aggregates
 * over enough people, never one person's figures.
 *
 * @param moments the course's moments, in order
 * @param ratings per moment, person and indicator the level they gave
 */
public record CourseRatings(List<MomentPeriod> moments, List<Rating> ratings) {

    public CourseRatings {
        moments = List.copyOf(moments);
        ratings = List.copyOf(ratings);
    }

    /** One moment of the course and its period. */
    public record MomentPeriod(MomentKind kind, LocalDate opensOn, LocalDate closesOn) {}

    /** One person's level on one indicator at one moment, in a submitted self-assessment. */
    public record Rating(MomentKind kind, long personId, long indicatorId, int level) {}
}
