package nl.pendel.message;

/** Who an announcement is for: everyone in the course, one subgroup, or one participant. */
public enum Audience {
    COURSE,
    SUBGROUP,
    PERSON;

    public String translationKey() {
        return "message.audience." + name();
    }
}
