package nl.pendel.assessment;

import java.util.Set;

/** A self-assessment moment that is open, with the participants who have not submitted yet. */
public record OpenMoment(long courseId, String courseTitle, Moment moment, Set<Long> notSubmitted) {

    public OpenMoment {
        notSubmitted = Set.copyOf(notSubmitted);
    }
}
