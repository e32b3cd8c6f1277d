package nl.pendel.homework;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A participant's homework as a trainer reads it: only what was handed in (drafts stay the
 * participant's own), every version with its feedback, and the caseload themes.
 *
 * @param version the homework row's version, passed back with a judgement ({@link
 *     HomeworkReviewService#giveFeedback(long, long, String, Outcome, long)})
 * @param outcome the trainers' current judgement; null without one
 */
public record HomeworkReading(
        long homeworkId,
        String name,
        @Nullable Integer subgroupNumber,
        HomeworkState state,
        long version,
        @Nullable Outcome outcome,
        List<Submission> submissions,
        List<NeedLine> themes) {

    public HomeworkReading {
        submissions = List.copyOf(submissions);
        themes = List.copyOf(themes);
    }
}
