package nl.pendel.assessment;

import java.time.LocalDate;

/** A self-assessment moment of a course, open from one day up to and including another. */
public record Moment(long id, long courseId, MomentKind kind, LocalDate opensOn, LocalDate closesOn, long version) {

    public boolean isOpen(LocalDate day) {
        return !day.isBefore(opensOn) && !day.isAfter(closesOn);
    }
}
