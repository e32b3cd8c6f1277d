package nl.pendel.homework;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A participant's homework as a trainer reads it: only what was handed in (drafts stay the
 * participant's own), every version with its feedback, and the caseload themes.
 */
public record HomeworkReading(
        long homeworkId,
        String name,
        @Nullable Integer subgroupNumber,
        HomeworkState state,
        List<Submission> submissions,
        List<NeedLine> themes) {

    public HomeworkReading {
        submissions = List.copyOf(submissions);
        themes = List.copyOf(themes);
    }
}
