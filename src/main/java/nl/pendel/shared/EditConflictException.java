package nl.pendel.shared;

/** Someone else saved the same thing since it was opened; nothing of this save was stored. */
public class EditConflictException extends UserFacingException {

    public EditConflictException() {
        super("error.edit-conflict");
    }
}
