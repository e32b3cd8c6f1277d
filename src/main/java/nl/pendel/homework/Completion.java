package nl.pendel.homework;

/** How a participant's homework for one meeting looks to the trainer. */
public enum Completion {
    /** Handed in before the deadline. */
    ON_TIME,
    /** Handed in after the deadline. */
    LATE,
    /** Not handed in (a draft may exist) and the deadline has not passed. */
    OPEN,
    /** Not handed in and the deadline has passed. */
    MISSING;

    public String translationKey() {
        return "homework.completion." + name();
    }
}
