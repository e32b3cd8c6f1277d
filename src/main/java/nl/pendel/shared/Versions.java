package nl.pendel.shared;

/** Optimistic locking for edits that arrive as detached values (forms, records). */
public final class Versions {

    private Versions() {}

    /**
     * Refuses the edit when the stored version differs from the one the user started from.
     *
     * @throws EditConflictException when someone else saved in between
     */
    public static void requireUnchanged(long stored, long startedFrom) {
        if (stored != startedFrom) {
            throw new EditConflictException();
        }
    }
}
