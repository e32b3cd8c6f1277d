package nl.pendel.homework;

import java.util.List;

/**
 * The trainer's homework tab for one meeting, read at once: everyone's homework, the assignment's
 * settings and the common needs board.
 */
public record MeetingReview(List<HomeworkRow> rows, AssignmentSettings settings, NeedsBoard board) {

    public MeetingReview {
        rows = List.copyOf(rows);
    }
}
