package nl.pendel.evaluation;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.pendel.schedule.SessionStatus;
import nl.pendel.schedule.SessionView;

/**
 * When a course's evaluation can be answered: from the start of the last session of its last
 * meeting (the evaluation is part of that meeting's closing) until {@link #OPEN_FOR} later.
 */
public record EvaluationWindow(Instant opens, Instant closes) {

    public static final Duration OPEN_FOR = Duration.ofDays(21);
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    /** The window of a course with these sessions; empty while none of them is planned. */
    public static Optional<EvaluationWindow> of(List<SessionView> sessions) {
        List<SessionView> held = sessions.stream()
                .filter(s -> s.status() != SessionStatus.CANCELLED)
                .toList();
        return held.stream().mapToInt(SessionView::meetingPosition).max().stream()
                .boxed()
                .findFirst()
                .flatMap(last -> held.stream()
                        .filter(s -> s.meetingPosition() == last)
                        .map(s -> s.date().atTime(s.start()).atZone(AMSTERDAM).toInstant())
                        .max(Comparator.naturalOrder()))
                .map(opens -> new EvaluationWindow(opens, opens.plus(OPEN_FOR)));
    }

    public boolean isOpen(Instant now) {
        return !now.isBefore(opens) && now.isBefore(closes);
    }
}
