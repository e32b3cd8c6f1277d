package nl.pendel.attendance;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * What a professional register asks for, for one course: per participant who they are and which
 * sessions they attended, with the hours. Texts are ready to show (discipline translated; empty
 * when unknown, also the register number of someone who has not given it).
 *
 * @param meetings the meetings of the course, in order
 * @param participants every participant of the course, by name, also those who attended nothing
 */
public record AccreditationList(
        String courseTitle,
        LocalDate startsOn,
        LocalDate endsOn,
        List<String> trainers,
        List<Meeting> meetings,
        List<Participant> participants,
        LocalDate madeOn) {

    public AccreditationList {
        trainers = List.copyOf(trainers);
        meetings = List.copyOf(meetings);
        participants = List.copyOf(participants);
    }

    /** The participants the register cannot credit yet: they have not given their register number. */
    public List<Participant> withoutRegisterNumber() {
        return participants.stream().filter(p -> !p.hasRegisterNumber()).toList();
    }

    public record Meeting(int position, String title) {}

    public record Participant(
            String displayName,
            String discipline,
            String organisation,
            String registerNumber,
            List<Session> sessions,
            double totalHours) {

        public Participant {
            sessions = List.copyOf(sessions);
        }

        /** Whether the participant has given their register number (the register needs it). */
        public boolean hasRegisterNumber() {
            return !registerNumber.isBlank();
        }

        /** The sessions attended for one meeting: normally one, none when missed. */
        public List<Session> sessionsOf(int meetingPosition) {
            return sessions.stream()
                    .filter(s -> s.meetingPosition() == meetingPosition)
                    .toList();
        }
    }

    /** A session attended; {@code catchUp} when it was another subgroup's session of the meeting. */
    public record Session(
            int meetingPosition, LocalDate date, LocalTime start, LocalTime end, double hours, boolean catchUp) {}
}
