package nl.pendel.course;

/**
 * The invitations publishing wrote to the outbox (the background sender mails them within
 * moments): how many mails, to how many people, for how many sessions.
 */
public record InvitationsSent(int invitations, int people, int sessions) {}
