package nl.pendel.assessment;

/** When in a course a self-assessment is made. */
public enum MomentKind {
    /** Before meeting 1. */
    START,
    /** After meeting 3. */
    END,
    /** Three months after the course. */
    FOLLOW_UP;

    public String translationKey() {
        return "assessment.moment." + name();
    }
}
