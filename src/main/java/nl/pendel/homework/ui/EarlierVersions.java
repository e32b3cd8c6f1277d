package nl.pendel.homework.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.function.Function;
import nl.pendel.homework.HomeworkDownloadService;
import nl.pendel.homework.Submission;

/**
 * The versions handed in before the current one (or all, when the work is a draft again), each
 * folded with its text, files and feedback; empty without any.
 */
class EarlierVersions extends Div {

    EarlierVersions(
            HomeworkDownloadService homework, List<Submission> earlier, Function<java.time.Instant, String> time) {
        if (earlier.isEmpty()) {
            return;
        }
        add(new H3(getTranslation("homework.history")));
        for (Submission submission : earlier) {
            add(new Details(
                    getTranslation(
                            "homework.history.version", submission.number(), time.apply(submission.submittedAt())),
                    new Div(
                            HomeworkHtml.of(submission.bodyHtml()),
                            new FileList(homework, submission.files(), null),
                            feedback(submission, time))));
        }
    }

    /** The trainers' feedback on one version, oldest first. */
    static Div feedback(Submission submission, Function<java.time.Instant, String> time) {
        Div section = new Div();
        for (var feedback : submission.feedback()) {
            Div item = new Div(
                    new Span(section.getTranslation(
                            "homework.feedback.from", feedback.trainerName(), time.apply(feedback.givenAt()))),
                    HomeworkHtml.of(feedback.bodyHtml()));
            if (feedback.outcome() != null) {
                item.addComponentAtIndex(1, new Div(HomeworkTexts.outcomeBadge(section, feedback.outcome(), false)));
            }
            item.addClassNames("callout", "callout-success", "feedback");
            section.add(item);
        }
        return section;
    }
}
