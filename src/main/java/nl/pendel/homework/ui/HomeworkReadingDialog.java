package nl.pendel.homework.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import nl.pendel.homework.Feedback;
import nl.pendel.homework.HomeworkDownloadService;
import nl.pendel.homework.HomeworkReading;
import nl.pendel.homework.HomeworkReviewService;
import nl.pendel.homework.HomeworkState;
import nl.pendel.homework.Outcome;
import nl.pendel.homework.Submission;
import nl.pendel.shared.EditConflictException;
import nl.pendel.shared.UserFacingException;
import nl.pendel.shared.ui.Notifications;

/**
 * One participant's homework as the trainer reads it: every version with its files and feedback,
 * the caseload themes, the trainers' judgement, and (when the course may change) a reply on the
 * current version with a judgement ("voldaan", "nog niet" or none); {@code sent} runs after a reply
 * was sent.
 */
class HomeworkReadingDialog extends Dialog {

    private static final String NONE = "NONE";

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
        if (reading.outcome() != null) {
            content.add(new Div(HomeworkTexts.outcomeBadge(this, reading.outcome(), false)));
        }
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
            if (feedback.outcome() != null) {
                item.addComponentAtIndex(1, new Div(HomeworkTexts.outcomeBadge(this, feedback.outcome(), false)));
            }
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
        RadioButtonGroup<String> judgement = judgement(reading);
        Button send = new Button(getTranslation("homework.review.feedback.send"), e -> {
            Outcome outcome = NONE.equals(judgement.getValue()) ? null : Outcome.valueOf(judgement.getValue());
            try {
                review.giveFeedback(
                        courseId,
                        reading.submissions().getFirst().id(),
                        feedback.getValue(),
                        outcome,
                        reading.version());
                Notifications.success(this, "homework.review.feedback.sent", reading.name());
                close();
                sent.run();
            } catch (EditConflictException ex) {
                feedback.setInvalid(true);
                feedback.setErrorMessage(getTranslation(ex.messageKey(), ex.arguments()));
                Notifications.error(this, ex);
            } catch (UserFacingException ex) {
                feedback.setInvalid(true);
                feedback.setErrorMessage(getTranslation(ex.messageKey(), ex.arguments()));
            }
        });
        send.addThemeVariants(ButtonVariant.PRIMARY);
        send.setId("homework-feedback-send");
        add(feedback, judgement);
        getFooter().add(send);
    }

    /**
     * Voldaan / nog niet / no judgement, for the version handed in; while the participant is
     * adjusting work judged "nog niet" there is nothing to judge, so the choice is not offered.
     */
    private RadioButtonGroup<String> judgement(HomeworkReading reading) {
        RadioButtonGroup<String> judgement = new RadioButtonGroup<>(getTranslation("homework.outcome.label"));
        judgement.setId("homework-outcome");
        judgement.setItems(Outcome.VOLDAAN.name(), Outcome.NOG_NIET.name(), NONE);
        judgement.setItemLabelGenerator(v -> getTranslation(
                NONE.equals(v) ? "homework.outcome.none" : Outcome.valueOf(v).translationKey()));
        judgement.setValue(NONE);
        judgement.setHelperText(getTranslation("homework.outcome.help"));
        judgement.setVisible(reading.state() == HomeworkState.SUBMITTED);
        return judgement;
    }

    private String time(Instant instant) {
        return DateTimeFormatter.ofPattern("d MMM HH:mm", getLocale()).format(instant.atZone(clock.getZone()));
    }
}
