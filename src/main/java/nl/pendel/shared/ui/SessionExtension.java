package nl.pendel.shared.ui;

import com.vaadin.flow.component.Component;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;

/**
 * Something another module adds to the screens of a session (e.g. the look-back: a link in the
 * participant's list of sessions, "Terugblik op vorige keer" in the trainer's session briefing and
 * beside the attendance list), so the schedule, homework and attendance modules need not know that
 * module. Beans of this type are asked in their {@link org.springframework.core.annotation.Order
 * order}; each builds a new component every time, or none.
 */
public interface SessionExtension {

    /**
     * For the course's trainers, with one subgroup's session of a meeting (the session briefing,
     * the attendance list); none when there is nothing to show or the signed-in person may not see it.
     */
    default Optional<Component> forTrainer(long courseId, long meetingId, int subgroupNumber) {
        return Optional.empty();
    }

    /** For a participant, on one of their own sessions in their list of sessions. */
    default Optional<Component> forParticipant(long sessionId, LocalDate date, LocalTime end, boolean cancelled) {
        return Optional.empty();
    }

    /**
     * For a participant, once at the top of their list of sessions (e.g. the course evaluation
     * while it is open); none when there is nothing to show.
     */
    default Optional<Component> forParticipantPage() {
        return Optional.empty();
    }
}
