package nl.pendel.attendance;

import nl.pendel.account.PersonProfile;

/** Per participant of a course: meetings attended (catch-ups included) and contact hours. */
public record ParticipantHours(PersonProfile person, int meetingsAttended, int meetingsHeld, double contactHours) {}
