package nl.pendel.course;

/** A course just published, with the invitations that went out. */
public record Publication(CourseSummary course, InvitationsSent invitations) {}
