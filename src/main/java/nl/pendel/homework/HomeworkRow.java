package nl.pendel.homework;

import java.time.Instant;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * One participant's homework for one meeting, as the trainer's overview lists it.
 *
 * @param outcome the trainers' current judgement; null without one
 */
public record HomeworkRow(
        long personId,
        String name,
        @Nullable Integer subgroupNumber,
        @Nullable Long homeworkId,
        Completion completion,
        @Nullable LocalDateTime dueAt,
        @Nullable Instant submittedAt,
        int versions,
        int feedbackCount,
        @Nullable Outcome outcome) {}
