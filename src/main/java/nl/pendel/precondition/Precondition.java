package nl.pendel.precondition;

/**
 * The five preconditions for working preventively and environment-oriented (Kassenberg, 2015).
 * Stored by name; the texts live in the translation bundles.
 */
public enum Precondition {
    ROOM,
    LEADERSHIP,
    INFRASTRUCTURE,
    KNOWLEDGE,
    COLLABORATION;

    /** The short name, e.g. "Vrijheid / ruimte". */
    public String translationKey() {
        return "precondition." + name();
    }

    /** One sentence on what the precondition asks for. */
    public String descriptionKey() {
        return "precondition." + name() + ".description";
    }
}
