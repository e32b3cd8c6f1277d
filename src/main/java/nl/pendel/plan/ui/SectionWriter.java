package nl.pendel.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import nl.pendel.plan.NeedChoice;
import nl.pendel.plan.PlanSection;
import nl.pendel.plan.PlanSectionService;
import nl.pendel.plan.SectionSave;
import nl.pendel.shared.IdentifierRefused;
import nl.pendel.shared.UserFacingException;
import nl.pendel.shared.ui.DraftState;
import nl.pendel.shared.ui.Notifications;
import nl.pendel.shared.ui.PrivacyFindings;
import nl.pendel.shared.ui.UnsavedWork;

/**
 * A section while it is written: the text (kept as the writer's draft a moment after typing, so a
 * dropped connection loses nothing), the common needs to pick from where the section asks for
 * one, and save or cancel. A save on a version someone else saved in between opens the choice
 * between the two texts; possible personal data asks for confirmation first.
 */
class SectionWriter extends Div {

    /** What the writer tells its section. */
    interface Owner {
        /** Someone else's save is now the section's text (a conflict showed it). */
        void adopt(SectionSave.Conflict theirs);

        /** Saved (or unchanged): writing ends. */
        void saved(String text, SectionSave outcome);

        /** Writing ends without saving (cancelled, or their text chosen); the draft is gone. */
        void closed(boolean cancelled);
    }

    private final long planId;
    private final PlanSection section;
    private final PlanSectionService sections;
    private final Clock clock;
    private final Owner owner;
    private final TextArea area = new TextArea();
    private final PrivacyFindings findings = new PrivacyFindings();
    private final DraftState draftState = new DraftState();
    /** What is typed and whether it is kept. */
    private final UnsavedWork unsaved = new UnsavedWork();

    private final UnsavedWork.Watched typed;
    private long baseVersion;

    SectionWriter(
            long planId,
            PlanSection section,
            String text,
            long baseVersion,
            List<NeedChoice> needs,
            PlanSectionService sections,
            Clock clock,
            Owner owner) {
        this.planId = planId;
        this.section = section;
        this.sections = sections;
        this.clock = clock;
        this.owner = owner;
        this.baseVersion = baseVersion;
        addClassName("plan-section-editor");
        prepareArea();
        area.setValue(text);
        // kept as the writer's draft a moment after typing starts and before the page is left
        typed = unsaved.watch(area);
        if (section.asksCommonNeed() && !needs.isEmpty()) {
            add(needPicker(needs));
        }
        add(area, findings, actions());
    }

    /** True while the text is neither saved nor kept as the writer's draft. */
    boolean hasUnsavedText() {
        return unsaved.pending();
    }

    void focusText() {
        area.focus();
    }

    private void prepareArea() {
        area.setLabel(section.title());
        area.addClassName("section-editor");
        area.setWidthFull();
        area.setMinHeight("8rem");
        area.setMaxLength(PlanSectionService.SECTION_MAX);
        area.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                keepDraft();
            }
        });
    }

    private Div actions() {
        Button save = new Button(getTranslation("plan.section.save"), e -> save(area.getValue(), baseVersion, false));
        save.setId("save-" + section.key());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        Button cancel = new Button(getTranslation("plan.section.cancel"), e -> cancel());
        cancel.setId("cancel-" + section.key());
        Div actions = new Div(save, cancel, draftState);
        actions.addClassName("toolbar");
        return actions;
    }

    /** The common needs board to pick the need from: the choice is added to the text. */
    private ComboBox<NeedChoice> needPicker(List<NeedChoice> needs) {
        ComboBox<NeedChoice> picker = new ComboBox<>(getTranslation("plan.need.pick"));
        picker.setId("need-picker");
        picker.setWidthFull();
        picker.setItems(needs);
        picker.setItemLabelGenerator(n -> getTranslation(
                n.ownSubgroup() ? "plan.need.subgroup" : "plan.need.team", n.label(), n.participants(), n.cases()));
        picker.addValueChangeListener(e -> {
            if (e.getValue() == null) {
                return;
            }
            String current = area.getValue().strip();
            area.setValue(
                    current.isEmpty()
                            ? e.getValue().label()
                            : current + "\n" + e.getValue().label());
            picker.clear();
            keepDraft();
        });
        return picker;
    }

    private void keepDraft() {
        String text = area.getValue();
        try {
            sections.saveDraft(planId, section.key(), text, baseVersion);
            typed.stored(text);
            draftState.saved(getTranslation("plan.draft-kept", time(clock.instant())));
        } catch (IdentifierRefused e) {
            // the kept draft stays as it was; the text stays in the field
            draftState.notSaved(getTranslation("privacy.draft-refused", e.arguments()));
        } catch (UserFacingException e) {
            Notifications.error(this, e);
        }
    }

    private void save(String text, long expectedVersion, boolean confirmed) {
        SectionSave outcome;
        try {
            outcome = sections.save(planId, section.key(), text, expectedVersion, confirmed);
        } catch (UserFacingException e) {
            Notifications.error(this, e);
            return;
        }
        switch (outcome.result()) {
            case SAVED, UNCHANGED -> owner.saved(text, outcome);
            case CONFLICT ->
                new ConflictDialog(section.title(), outcome.conflict(), choice -> resolve(choice, outcome.conflict()))
                        .open();
            case BLOCKED -> {
                findings.show(outcome.notices(), true);
                Notifications.error(this, "privacy.blocked", PrivacyFindings.kinds(this, outcome.notices()));
            }
            case NEEDS_CONFIRMATION -> confirmWarnings(text, expectedVersion, outcome);
        }
    }

    private void resolve(ConflictDialog.Choice choice, SectionSave.Conflict conflict) {
        owner.adopt(conflict);
        switch (choice.kind()) {
            case THEIRS -> {
                sections.discardDraft(planId, section.key());
                owner.closed(false);
            }
            case MINE, MERGED -> {
                area.setValue(choice.text());
                baseVersion = conflict.theirVersion();
                save(choice.text(), conflict.theirVersion(), false);
            }
        }
    }

    private void confirmWarnings(String text, long expectedVersion, SectionSave outcome) {
        findings.show(outcome.notices(), false);
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("homework.privacy.confirm.title"));
        dialog.setText(new Div(new Paragraph(getTranslation("privacy.why")), findings.list(outcome.notices())));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("homework.privacy.confirm.edit"));
        dialog.setConfirmText(getTranslation("plan.privacy.confirm"));
        dialog.addConfirmListener(e -> save(text, expectedVersion, true));
        dialog.open();
    }

    private void cancel() {
        sections.discardDraft(planId, section.key());
        owner.closed(true);
    }

    private String time(Instant instant) {
        return DateTimeFormatter.ofPattern("d MMM HH:mm", getLocale())
                .withZone(clock.getZone())
                .format(instant);
    }
}
