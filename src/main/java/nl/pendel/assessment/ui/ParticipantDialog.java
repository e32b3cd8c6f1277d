package nl.pendel.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import nl.pendel.assessment.MomentKind;
import nl.pendel.assessment.ParticipantReview;
import nl.pendel.assessment.SelfAssessmentReviewService;
import nl.pendel.shared.EditConflictException;
import nl.pendel.shared.UserFacingException;
import nl.pendel.shared.ui.Notifications;

/**
 * One participant's self-assessment for the course's trainers: per competence the self-ratings
 * per moment and the trainer's own observation beside them (stored apart), and the latest
 * development points and goals.
 */
class ParticipantDialog extends Dialog {

    private final SelfAssessmentReviewService review;
    private final long courseId;
    private final long personId;

    ParticipantDialog(
            SelfAssessmentReviewService review, long courseId, ParticipantReview participant, boolean editable) {
        this.review = review;
        this.courseId = courseId;
        this.personId = participant.personId();
        setHeaderTitle(participant.name());
        setWidth("min(56rem, 100vw)");
        for (ParticipantReview.CompetenceReview competence : participant.competences()) {
            add(competenceCard(competence, editable));
        }
        if (!participant.goals().isEmpty() || !participant.development().isBlank()) {
            Div texts = new Div();
            texts.addClassName("card");
            texts.add(new H3(getTranslation("assessment.development")), new Paragraph(participant.development()));
            texts.add(
                    new H3(getTranslation("assessment.goals")), new Paragraph(String.join(" · ", participant.goals())));
            add(texts);
        }
        getFooter().add(new Button(getTranslation("action.close"), e -> close()));
    }

    private Div competenceCard(ParticipantReview.CompetenceReview competence, boolean editable) {
        Div card = new Div(new H3(competence.code() + " · " + competence.shortTitle()));
        card.addClassName("card");
        card.add(new Paragraph(getTranslation("assessment.review.self", selfRatings(competence))));
        TextArea observation = new TextArea(getTranslation("assessment.review.observation"));
        observation.setWidthFull();
        observation.setMaxLength(SelfAssessmentReviewService.OBSERVATION_MAX);
        observation.setValue(competence.observation() == null ? "" : competence.observation());
        observation.setReadOnly(!editable);
        long[] version = {competence.observationVersion()};
        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                version[0] = review.observe(courseId, personId, competence.code(), observation.getValue(), version[0]);
                Notifications.success(this, "assessment.review.saved");
            } catch (EditConflictException ex) {
                Notifications.error(this, "assessment.error.conflict");
            } catch (UserFacingException ex) {
                Notifications.error(this, ex);
            }
        });
        save.addThemeVariants(ButtonVariant.TERTIARY);
        save.setVisible(editable);
        card.add(observation, save);
        return card;
    }

    /** "Start: 2.5 · End: 3.0", or "none yet". */
    private String selfRatings(ParticipantReview.CompetenceReview competence) {
        StringBuilder self = new StringBuilder();
        for (MomentKind kind : MomentKind.values()) {
            Double average = competence.selfAverages().get(kind);
            if (average != null) {
                if (!self.isEmpty()) {
                    self.append(" · ");
                }
                self.append(getTranslation(kind.translationKey()))
                        .append(": ")
                        .append(String.format(getLocale(), "%.1f", average));
            }
        }
        return self.isEmpty() ? getTranslation("assessment.review.none") : self.toString();
    }
}
