package nl.pendel.homework;

/** Where a participant's homework for one meeting stands. */
public enum HomeworkState {
    NOT_STARTED,
    DRAFT,
    SUBMITTED;

    public String translationKey() {
        return "homework.state." + name();
    }
}
