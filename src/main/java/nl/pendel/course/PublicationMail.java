package nl.pendel.course;

/**
 * The invitations that publishing a course mails, answered by the notification module (which
 * alone decides who gets which mail). The course module asks it before publishing, so that the
 * trainer confirms knowing whom it invites, and while publishing, so that the trainer reads what
 * actually went to the outbox.
 */
public interface PublicationMail {

    /** Whom publishing the course now would invite, for which sessions; writes nothing. */
    PublicationPreview preview(long courseId);

    /**
     * Writes the invitations of the course that is being published to the outbox, in the
     * caller's transaction (so they are stored with the status change, or not at all).
     *
     * @return what was written
     */
    InvitationsSent invite(long courseId);
}
