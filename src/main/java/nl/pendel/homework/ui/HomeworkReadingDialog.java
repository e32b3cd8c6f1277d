package nl.pendel.homework.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import nl.pendel.homework.Feedback;
import nl.pendel.homework.HomeworkDownloadService;
import nl.pendel.homework.HomeworkReading;
import nl.pendel.homework.HomeworkReviewService;
import nl.pendel.homework.Submission;
import nl.pendel.shared.UserFacingException;
import nl.pendel.shared.ui.Notifications;

/**
 * One participant's homework as the trainer reads it: every version with its files and feedback,
 * the caseload themes, and (when the course may change) a reply on the current version; {@code
 * sent} runs after a reply was sent.
 */
class HomeworkReadingDialog extends Dialog {

    private final Clock clock;

    HomeworkReadingDialog(
            HomeworkReviewService review,
            HomeworkDownloadService homework,
            Clock clock,
            long courseId,
            HomeworkReading reading,
            int meetingPosition,
            boolean editable,
            Runnable sent) {
        this.clock = clock;
        setHeaderTitle(getTranslation("homework.review.reading", reading.name(), meetingPosition));
        setWidth("min(60rem, 100vw)");
        Div content = new Div();
        for (Submission submission : reading.submissions()) {
            content.add(version(homework, submission));
        }
        if (!reading.themes().isEmpty()) {
            content.add(NeedsBoardPanel.column(getTranslation("homework.themes.title"), reading.themes()));
        }
        add(content);
        if (editable
                && !reading.submissions().isEmpty()
                && reading.submissions().getFirst().withdrawnAt() == null) {
            reply(review, courseId, reading, sent);
        }
        getFooter().add(new Button(getTranslation("action.close"), e -> close()));
    }

    private Div version(HomeworkDownloadService homework, Submission submission) {
        Div version = new Div();
        version.addClassName("card");
        Paragraph when = new Paragraph(getTranslation(
                submission.late() ? "homework.review.version.late" : "homework.review.version",
                submission.number(),
                time(submission.submittedAt())));
        when.addClassName("muted");
        version.add(when);
        if (submission.withdrawnAt() != null) {
            Span withdrawn = new Span(getTranslation("homework.review.withdrawn"));
            withdrawn.addClassNames("badge", "badge-muted");
            version.add(withdrawn);
        }
        version.add(HomeworkHtml.of(submission.bodyHtml()));
        for (var file : submission.files()) {
            Anchor link = new Anchor(HomeworkDownloads.handler(homework, file.id()), file.fileName());
            link.getElement().setAttribute("download", true);
            version.add(new Div(link));
        }
        for (var feedback : submission.feedback()) {
            Div item = new Div(
                    new Span(
                            getTranslation("homework.feedback.from", feedback.trainerName(), time(feedback.givenAt()))),
                    HomeworkHtml.of(feedback.bodyHtml()));
            item.addClassNames("callout", "callout-success");
            version.add(item);
        }
        return version;
    }

    private void reply(HomeworkReviewService review, long courseId, HomeworkReading reading, Runnable sent) {
        TextArea feedback = new TextArea(getTranslation("homework.review.feedback.new"));
        feedback.setId("homework-feedback");
        feedback.setWidthFull();
        feedback.setMaxLength(Feedback.MAX);
        feedback.setHelperText(getTranslation("homework.review.feedback.help"));
        Button send = new Button(getTranslation("homework.review.feedback.send"), e -> {
            try {
                review.giveFeedback(courseId, reading.submissions().getFirst().id(), feedback.getValue());
                Notifications.success(this, "homework.review.feedback.sent", reading.name());
                close();
                sent.run();
            } catch (UserFacingException ex) {
                feedback.setInvalid(true);
                feedback.setErrorMessage(getTranslation(ex.messageKey(), ex.arguments()));
            }
        });
        send.addThemeVariants(ButtonVariant.PRIMARY);
        send.setId("homework-feedback-send");
        add(feedback);
        getFooter().add(send);
    }

    private String time(Instant instant) {
        return DateTimeFormatter.ofPattern("d MMM HH:mm", getLocale()).format(instant.atZone(clock.getZone()));
    }
}
