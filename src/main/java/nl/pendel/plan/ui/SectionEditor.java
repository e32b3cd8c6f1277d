package nl.pendel.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import nl.pendel.plan.NeedChoice;
import nl.pendel.plan.PlanComment;
import nl.pendel.plan.PlanSection;
import nl.pendel.plan.PlanSectionSaved;
import nl.pendel.plan.PlanSectionService;
import nl.pendel.plan.SectionSave;
import nl.pendel.shared.UserFacingException;
import nl.pendel.shared.ui.Notifications;
import nl.pendel.shared.ui.PrivacyFindings;
import org.jspecify.annotations.Nullable;

/**
 * One section of a plan: its text, and for the subgroup and trainers an editor that keeps what is
 * typed as a personal draft (so a dropped connection loses nothing) until it is saved. A save on a
 * version someone else has saved in between opens the choice between the two texts. Others'
 * saves arrive by push; who is editing the section is shown.
 */
class SectionEditor extends Div {

    /** What the editor tells the plan page. */
    interface Events {
        void editing(String sectionKey);

        void stopped(String sectionKey);

        void saved(String sectionKey, String content);
    }

    private final long planId;
    private final PlanSection section;
    private final PlanSectionService sections;
    private final Events events;
    private final java.util.function.Supplier<List<NeedChoice>> needs;
    private final ZoneId zone;
    private final java.time.Clock clock;
    private final Div body = new Div();
    private final Span meta = new Span();
    private final Div presence = new Div();
    private final Div notice = new Div();
    private final PrivacyFindings findings = new PrivacyFindings();
    private @Nullable TextArea area;
    private final Span draftState = new Span();
    private String content;
    private long version;
    private @Nullable String updatedBy;
    private @Nullable Instant updatedAt;
    private long baseVersion;
    private boolean editing;

    SectionEditor(
            long planId,
            PlanSection section,
            List<PlanComment> sectionComments,
            PlanSectionService sections,
            java.util.function.Supplier<List<NeedChoice>> needs,
            Events events,
            java.time.Clock clock) {
        this.planId = planId;
        this.section = section;
        this.sections = sections;
        this.events = events;
        this.needs = needs;
        this.clock = clock;
        this.zone = clock.getZone();
        this.content = section.content();
        this.version = section.version();
        this.updatedBy = section.updatedBy();
        this.updatedAt = section.updatedAt();
        addClassNames("card", "plan-section");
        setId("section-" + section.key());
        H3 title = new H3(section.title() + (section.required() ? " *" : ""));
        Paragraph guidance = new Paragraph(section.guidance());
        guidance.addClassName("muted");
        presence.addClassName("plan-presence");
        presence.getElement().setAttribute("aria-live", "polite");
        meta.addClassNames("muted", "plan-section-meta");
        notice.addClassName("plan-notice");
        notice.getElement().setAttribute("role", "status");
        SectionComments comments =
                new SectionComments(planId, section.key(), section.editable(), sectionComments, sections, zone);
        add(title, guidance, presence, notice, body, meta, comments);

        draftState.addClassName("muted");
        draftState.getElement().setAttribute("aria-live", "polite");
        if (section.myDraft() != null && section.editable()) {
            edit(section.myDraft().content(), section.myDraft().baseVersion());
            info(getTranslation("plan.draft-restored", time(section.myDraft().updatedAt())));
        } else {
            read();
        }
    }

    String key() {
        return section.key();
    }

    boolean isEditing() {
        return editing;
    }

    // ---- reading

    private void read() {
        editing = false;
        body.removeAll();
        findings.show(List.of(), false);
        Div text = new Div();
        text.addClassNames("preformatted", "plan-section-text");
        if (content.isBlank()) {
            text.setText(getTranslation("plan.section.empty"));
            text.addClassName("muted");
        } else {
            text.setText(content);
        }
        body.add(text);
        Div actions = new Div();
        actions.addClassName("toolbar");
        if (section.editable()) {
            Button edit = new Button(getTranslation("plan.section.edit"), e -> edit(content, version));
            edit.setId("edit-" + section.key());
            edit.getElement().setAttribute("aria-label", getTranslation("plan.section.edit-named", section.title()));
            actions.add(edit);
        }
        Button history = new Button(
                getTranslation("plan.section.history"),
                e -> new HistoryDialog(planId, section, sections, this::restored, zone).open());
        history.addThemeVariants(ButtonVariant.TERTIARY);
        history.getElement().setAttribute("aria-label", getTranslation("plan.section.history-named", section.title()));
        actions.add(history);
        body.add(actions);
        showMeta();
    }

    // ---- editing

    /** The editor's text area, made when the section is first edited (most sections are only read). */
    private TextArea area() {
        if (area == null) {
            TextArea made = new TextArea();
            made.setLabel(section.title());
            made.addClassName("section-editor");
            made.setWidthFull();
            made.setMinHeight("8rem");
            made.setMaxLength(PlanSectionService.SECTION_MAX);
            made.setValueChangeMode(ValueChangeMode.TIMEOUT);
            made.setValueChangeTimeout(1000);
            made.addValueChangeListener(e -> {
                if (e.isFromClient() && editing) {
                    keepDraft();
                }
            });
            area = made;
        }
        return area;
    }

    private void edit(String text, long base) {
        editing = true;
        baseVersion = base;
        body.removeAll();
        area().setValue(text);
        Button save = new Button(getTranslation("plan.section.save"), e -> save(area().getValue(), baseVersion, false));
        save.setId("save-" + section.key());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        Button cancel = new Button(getTranslation("plan.section.cancel"), e -> cancel());
        cancel.setId("cancel-" + section.key());
        Div actions = new Div(save, cancel, draftState);
        actions.addClassName("toolbar");
        if (section.asksCommonNeed() && !needs.get().isEmpty()) {
            body.add(needPicker());
        }
        body.add(area(), findings, actions);
        area().focus();
        events.editing(section.key());
    }

    /** The common needs board to pick the need from: the choice is added to the text. */
    private ComboBox<NeedChoice> needPicker() {
        ComboBox<NeedChoice> picker = new ComboBox<>(getTranslation("plan.need.pick"));
        picker.setId("need-picker");
        picker.setWidthFull();
        picker.setItems(needs.get());
        picker.setItemLabelGenerator(n -> getTranslation(
                n.ownSubgroup() ? "plan.need.subgroup" : "plan.need.team", n.label(), n.participants(), n.cases()));
        picker.addValueChangeListener(e -> {
            if (e.getValue() == null) {
                return;
            }
            String current = area().getValue().strip();
            area().setValue(
                            current.isEmpty()
                                    ? e.getValue().label()
                                    : current + "\n" + e.getValue().label());
            picker.clear();
            keepDraft();
        });
        return picker;
    }

    private void keepDraft() {
        try {
            sections.saveDraft(planId, section.key(), area().getValue(), baseVersion);
            draftState.setText(getTranslation("plan.draft-kept", time(clock.instant())));
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
            case SAVED, UNCHANGED -> {
                if (outcome.result() == SectionSave.Result.SAVED) {
                    content = text;
                    version = outcome.version();
                    updatedBy = getTranslation("plan.you");
                    updatedAt = clock.instant();
                } else {
                    version = Math.max(version, outcome.version());
                }
                notice.removeAll();
                read();
                events.stopped(section.key());
                events.saved(section.key(), content);
                Notifications.success(this, "plan.section.saved", section.title());
            }
            case CONFLICT -> {
                if (!editing) {
                    edit(text, expectedVersion);
                }
                new ConflictDialog(section.title(), outcome.conflict(), choice -> resolve(choice, outcome.conflict()))
                        .open();
            }
            case BLOCKED -> {
                findings.show(outcome.notices(), true);
                Notifications.error(this, "privacy.blocked", PrivacyFindings.kinds(this, outcome.notices()));
            }
            case NEEDS_CONFIRMATION -> confirmWarnings(text, expectedVersion, outcome);
        }
    }

    private void resolve(ConflictDialog.Choice choice, SectionSave.Conflict conflict) {
        content = conflict.theirs();
        version = conflict.theirVersion();
        updatedBy = conflict.theirAuthor();
        updatedAt = conflict.theirSavedAt();
        switch (choice.kind()) {
            case THEIRS -> {
                sections.discardDraft(planId, section.key());
                notice.removeAll();
                read();
                events.stopped(section.key());
            }
            case MINE, MERGED -> {
                area().setValue(choice.text());
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
        notice.removeAll();
        read();
        events.stopped(section.key());
    }

    private void restored(String text, long newVersion) {
        content = text;
        version = newVersion;
        updatedBy = getTranslation("plan.you");
        updatedAt = clock.instant();
        if (!editing) {
            read();
        }
        events.saved(section.key(), content);
    }

    // ---- what others do

    /** Someone else saved this section (pushed): shown at once when reading, announced when writing. */
    void savedElsewhere(PlanSectionSaved saved) {
        if (saved.version() <= version) {
            return;
        }
        content = saved.content();
        version = saved.version();
        updatedBy = saved.personName();
        updatedAt = saved.savedAt();
        if (editing) {
            info(getTranslation("plan.saved-elsewhere.editing", saved.personName()));
            showMeta();
        } else {
            read();
            info(getTranslation("plan.saved-elsewhere", saved.personName()));
        }
    }

    /** Who else is editing this section now. */
    void editors(List<String> names) {
        presence.removeAll();
        for (String name : names) {
            Span chip = new Span(getTranslation("plan.presence", name));
            chip.addClassNames("badge", "badge-presence");
            presence.add(chip);
        }
    }

    private void info(String text) {
        notice.removeAll();
        Paragraph line = new Paragraph(text);
        line.addClassName("callout");
        notice.add(line);
    }

    private void showMeta() {
        meta.setText(
                updatedAt == null
                        ? ""
                        : getTranslation(
                                "plan.section.meta", updatedBy == null ? "?" : updatedBy, time(updatedAt), version));
    }

    private String time(Instant instant) {
        return DateTimeFormatter.ofPattern("d MMM HH:mm", getLocale())
                .withZone(zone)
                .format(instant);
    }
}
