package nl.pendel.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.pendel.assessment.AssessmentDraft;
import nl.pendel.assessment.MemberScoresService;
import nl.pendel.assessment.MySelfAssessment;
import nl.pendel.assessment.SelfAssessmentService;
import nl.pendel.programme.ProgrammeOutline;
import nl.pendel.security.Roles;
import nl.pendel.shared.EditConflictException;
import nl.pendel.shared.IdentifierRefused;
import nl.pendel.shared.UserFacingException;
import nl.pendel.shared.ui.DraftState;
import nl.pendel.shared.ui.Notifications;
import nl.pendel.shared.ui.TranslatedTitle;
import nl.pendel.shared.ui.UnsavedWork;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * One self-assessment: per competence its indicators rated on the framework's scale (with the
 * anchor texts, and the level chosen at the previous moment beside it), what one masters, one's
 * development points, one to three goals and how far one got with the previous moment's goals.
 * Every change is stored as a draft at once (texts a moment after typing stops); submitting checks
 * that every indicator and every earlier goal is rated. Whether the team lead may read the own
 * words of this moment is the participant's choice, at any time.
 */
@Route("zelfevaluatie/:courseId/:momentId")
@RolesAllowed(Roles.PARTICIPANT)
class SelfAssessmentFormView extends Div implements BeforeEnterObserver, BeforeLeaveObserver, TranslatedTitle {

    private final SelfAssessmentService assessments;
    private final MemberScoresService memberScores;
    private final List<CompetenceCard> competences = new ArrayList<>();
    private @Nullable GoalReview goalReview;
    private @Nullable GoalsCard goals;
    private final TextArea mastered = new TextArea();
    private final TextArea development = new TextArea();
    private final DraftState saveState = new DraftState();
    private UnsavedWork unsaved = new UnsavedWork();
    private long courseId;
    private long momentId;
    private long version;
    private boolean loading;
    private boolean listening;

    SelfAssessmentFormView(SelfAssessmentService assessments, MemberScoresService memberScores) {
        this.assessments = assessments;
        this.memberScores = memberScores;
        addClassNames("page", "narrow", "self-assessment-form");
    }

    static String route(long courseId, long momentId) {
        return "zelfevaluatie/" + courseId + "/" + momentId;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        courseId = event.getRouteParameters().getLong("courseId").orElse(-1L);
        momentId = event.getRouteParameters().getLong("momentId").orElse(-1L);
        try {
            build(assessments.mine(courseId, momentId));
        } catch (AccessDeniedException | UserFacingException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    @Override
    public String titleKey() {
        return "assessment.title";
    }

    /** Another screen of Pendel: asks first while a text shows what is not stored. */
    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        unsaved.confirmLeaving(event, this);
    }

    private void build(MySelfAssessment mine) {
        loading = true;
        removeAll();
        competences.clear();
        goalReview = null;
        unsaved = new UnsavedWork();
        version = mine.version();
        add(new Anchor("zelfevaluatie", getTranslation("assessment.back")));
        add(new H2(getTranslation(
                "assessment.form.title", getTranslation(mine.moment().kind().translationKey()))));
        Paragraph help = new Paragraph(getTranslation("assessment.form.help"));
        help.addClassName("muted");
        add(help);
        if (mine.earlier() != null) {
            Paragraph earlier = new Paragraph(getTranslation(
                    "assessment.form.earlier",
                    getTranslation(mine.earlier().kind().translationKey())));
            earlier.addClassNames("callout");
            add(earlier);
        }
        for (ProgrammeOutline.Competence competence : mine.framework().competences()) {
            CompetenceCard card = new CompetenceCard(competence, mine, this::save);
            competences.add(card);
            add(card);
        }
        add(texts(mine));
        goals = new GoalsCard(mine, unsaved, this::save);
        // looking back on the previous goals comes before setting new ones
        if (mine.earlier() != null && !mine.earlier().goals().isEmpty()) {
            goalReview = new GoalReview(mine, mine.editable(), this::save);
            add(goalReview);
        }
        add(goals);
        add(sharing(mine));
        actions(mine);
        loading = false;
    }

    /** What one masters and one's development points, stored a moment after typing stops. */
    private Div texts(MySelfAssessment mine) {
        mastered.setLabel(getTranslation("assessment.mastered"));
        development.setLabel(getTranslation("assessment.development"));
        for (TextArea area : List.of(mastered, development)) {
            area.setWidthFull();
            area.setMaxLength(AssessmentDraft.TEXT_MAX);
            area.setReadOnly(!mine.editable());
        }
        mastered.setValue(mine.answers().mastered());
        development.setValue(mine.answers().development());
        if (mine.editable()) {
            // saved a moment after typing starts and before the page is left; see UnsavedWork
            unsaved.watch(mastered);
            unsaved.watch(development);
        }
        if (!listening) {
            mastered.addValueChangeListener(e -> save());
            development.addValueChangeListener(e -> save());
            listening = true;
        }
        Div texts = new Div(mastered, development);
        texts.addClassName("card");
        return texts;
    }

    /** Submit while editable; once submitted and still open, the way to open it again. */
    private void actions(MySelfAssessment mine) {
        Div actions = new Div(saveState);
        actions.addClassName("toolbar");
        if (mine.editable()) {
            Button submit = new Button(getTranslation("assessment.submit"), e -> submit());
            submit.setId("assessment-submit");
            submit.addThemeVariants(ButtonVariant.PRIMARY);
            actions.add(submit);
        } else if (mine.canReopen()) {
            Paragraph done = new Paragraph(getTranslation("assessment.submitted"));
            done.addClassNames("callout", "callout-success");
            add(done);
            Button reopen = new Button(getTranslation("assessment.reopen"), e -> {
                try {
                    assessments.reopen(courseId, momentId);
                    build(assessments.mine(courseId, momentId));
                } catch (UserFacingException ex) {
                    Notifications.error(this, ex);
                }
            });
            reopen.setId("assessment-reopen");
            actions.add(reopen);
        }
        add(actions);
    }

    /** The participant's choice to let their team lead read this moment's own words. */
    private Div sharing(MySelfAssessment mine) {
        Checkbox share = new Checkbox(getTranslation("assessment.share"), mine.sharedWithLead());
        share.setId("assessment-share");
        share.setHelperText(getTranslation("assessment.share.help"));
        share.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            try {
                if (version == 0 && mine.editable()) {
                    save();
                }
                memberScores.shareWithLead(courseId, momentId, e.getValue());
                Notifications.success(this, e.getValue() ? "assessment.share.on" : "assessment.share.off");
            } catch (UserFacingException ex) {
                share.setValue(e.getOldValue());
                Notifications.error(this, ex);
            }
        });
        Div card = new Div(share);
        card.addClassNames("card", "assessment-share");
        return card;
    }

    private AssessmentDraft draft() {
        Map<Long, Integer> values = new HashMap<>();
        competences.forEach(card -> card.collect(values));
        Map<Integer, Integer> reviewed = goalReview == null ? Map.of() : goalReview.values();
        return new AssessmentDraft(
                values,
                mastered.getValue(),
                development.getValue(),
                goals == null ? List.of() : goals.values(),
                reviewed);
    }

    private void save() {
        if (loading) {
            return;
        }
        try {
            version = assessments.saveDraft(courseId, momentId, draft(), version);
            unsaved.allStored();
            saveState.saved(getTranslation("assessment.saved"));
        } catch (IdentifierRefused e) {
            // the stored draft stays as it was; the texts stay in their fields
            saveState.notSaved(getTranslation("privacy.draft-refused", e.arguments()));
        } catch (EditConflictException e) {
            Notifications.error(this, "assessment.error.conflict");
            build(assessments.mine(courseId, momentId));
        } catch (UserFacingException e) {
            Notifications.error(this, e);
        }
    }

    private void submit() {
        try {
            version = assessments.saveDraft(courseId, momentId, draft(), version);
            assessments.submit(courseId, momentId, version);
            Notifications.success(this, "assessment.submitted");
            build(assessments.mine(courseId, momentId));
        } catch (EditConflictException e) {
            Notifications.error(this, "assessment.error.conflict");
            build(assessments.mine(courseId, momentId));
        } catch (UserFacingException e) {
            Notifications.error(this, e);
        }
    }
}
