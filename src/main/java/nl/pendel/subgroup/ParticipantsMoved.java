package nl.pendel.subgroup;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Participants of a course changed subgroup (moved by hand or recomposed), published inside the
 * transaction that stored it.
 */
public record ParticipantsMoved(long courseId, List<Move> moves) {

    public ParticipantsMoved {
        moves = List.copyOf(moves);
    }

    /** One person's move; {@code from} is null when they had no subgroup yet. */
    public record Move(long personId, @Nullable Long from, long to) {}
}
