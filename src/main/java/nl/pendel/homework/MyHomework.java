package nl.pendel.homework;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A participant's own work on one assignment: the draft (or the text handed in), attachments,
 * caseload themes, every version handed in with feedback, and what they may do now.
 *
 * @param version the draft's version, to be passed back when saving (0 before the first save)
 * @param editable the draft can be changed (not handed in, course not closed)
 * @param canWithdraw handed in, not judged "voldaan", and the participant's session has not started yet
 */
public record MyHomework(
        Assignment assignment,
        String draft,
        @Nullable Instant draftSavedAt,
        long version,
        List<HomeworkFile> files,
        List<ThemeAnswer> themes,
        List<Submission> submissions,
        boolean editable,
        boolean canWithdraw) {

    public MyHomework {
        files = List.copyOf(files);
        themes = List.copyOf(themes);
        submissions = List.copyOf(submissions);
    }
}
