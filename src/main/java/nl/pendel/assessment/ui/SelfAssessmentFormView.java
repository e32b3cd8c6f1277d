package nl.pendel.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
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
    private final Map<Long, RadioButtonGroup<Integer>> ratings = new HashMap<>();
    private @Nullable GoalReview goalReview;
    private final List<TextField> goals = new ArrayList<>();
    private final TextArea mastered = new TextArea();
    private final TextArea development = new TextArea();
    private final DraftState saveState = new DraftState();
    private UnsavedWork unsaved = new UnsavedWork();
    private long courseId;
    private long momentId;
    private long version;
    private boolean loading;

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
        ratings.clear();
        goalReview = null;
        goals.clear();
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
        boolean editable = mine.editable();
        for (ProgrammeOutline.Competence competence : mine.framework().competences()) {
            Div card = new Div(new H3(competence.code() + " · " + competence.title()));
            card.addClassNames("card", "competence-card");
            for (ProgrammeOutline.Indicator indicator : competence.indicators()) {
                RadioButtonGroup<Integer> group = new RadioButtonGroup<>(indicator.code() + " " + indicator.text());
                group.setItems(mine.framework().scale().stream()
                        .map(ProgrammeOutline.Level::value)
                        .toList());
                group.setItemLabelGenerator(value -> mine.framework().scale().stream()
                        .filter(l -> l.value() == value)
                        .map(l -> value + " – " + l.label())
                        .findFirst()
                        .orElse(String.valueOf(value)));
                Integer earlierLevel =
                        mine.earlier() == null ? null : mine.earlier().ratings().get(indicator.id());
                if (earlierLevel != null) {
                    group.setHelperText(getTranslation("assessment.form.earlier-level", earlierLevel));
                }
                group.setValue(mine.answers().ratings().get(indicator.id()));
                group.setReadOnly(!editable);
                group.addValueChangeListener(e -> save());
                ratings.put(indicator.id(), group);
                card.add(group);
            }
            add(card);
        }
        mastered.setLabel(getTranslation("assessment.mastered"));
        development.setLabel(getTranslation("assessment.development"));
        for (TextArea area : List.of(mastered, development)) {
            area.setWidthFull();
            area.setMaxLength(AssessmentDraft.TEXT_MAX);
            area.setReadOnly(!editable);
        }
        mastered.setValue(mine.answers().mastered());
        development.setValue(mine.answers().development());
        if (editable) {
            // saved a moment after typing starts and before the page is left; see UnsavedWork
            unsaved.watch(mastered);
            unsaved.watch(development);
        }
        Div texts = new Div(mastered, development);
        texts.addClassName("card");
        add(texts);
        Div goalCard = new Div(new H3(getTranslation("assessment.goals")));
        goalCard.addClassName("card");
        Paragraph goalHelp = new Paragraph(getTranslation("assessment.goals.help"));
        goalHelp.addClassName("muted");
        goalCard.add(goalHelp);
        for (int i = 0; i < AssessmentDraft.GOALS_MAX; i++) {
            TextField goal = new TextField(getTranslation("assessment.goal", i + 1));
            goal.setWidthFull();
            goal.setMaxLength(AssessmentDraft.GOAL_MAX);
            goal.setValue(
                    i < mine.answers().goals().size() ? mine.answers().goals().get(i) : "");
            goal.setReadOnly(!editable);
            if (editable) {
                unsaved.watch(goal);
            }
            goal.addValueChangeListener(e -> save());
            goals.add(goal);
            goalCard.add(goal);
        }
        // looking back on the previous goals comes before setting new ones
        if (mine.earlier() != null && !mine.earlier().goals().isEmpty()) {
            goalReview = new GoalReview(mine, editable, this::save);
            add(goalReview);
        }
        add(goalCard);
        mastered.addValueChangeListener(e -> save());
        development.addValueChangeListener(e -> save());

        add(sharing(mine));

        Div actions = new Div(saveState);
        actions.addClassName("toolbar");
        if (editable) {
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
        loading = false;
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
        ratings.forEach((id, group) -> {
            if (group.getValue() != null) {
                values.put(id, group.getValue());
            }
        });
        Map<Integer, Integer> reviewed = goalReview == null ? Map.of() : goalReview.values();
        return new AssessmentDraft(
                values,
                mastered.getValue(),
                development.getValue(),
                goals.stream().map(TextField::getValue).toList(),
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
