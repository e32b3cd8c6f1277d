package nl.pendel.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import nl.pendel.plan.NeedChoice;
import nl.pendel.plan.PlanSection;
import nl.pendel.plan.PlanSectionSaved;
import nl.pendel.plan.PlanSectionService;
import nl.pendel.plan.SectionSave;
import nl.pendel.shared.IdentifierRefused;
import nl.pendel.shared.UserFacingException;
import nl.pendel.shared.ui.DraftState;
import nl.pendel.shared.ui.Notifications;
import nl.pendel.shared.ui.PrivacyFindings;
import nl.pendel.shared.ui.UnsavedWork;
import org.jspecify.annotations.Nullable;

/**
 * One section of a plan: its text, and for the subgroup and trainers an editor that keeps what is
 * typed as a personal draft (so a dropped connection loses nothing) until it is saved. A save on a
 * version someone else has saved in between opens the choice between the two texts. Others'
 * saves arrive by push; who is editing the section is shown.
 */
class SectionEditor extends Div {

    /** The clicked button's action (its {@code data-action}), sent with a click on the card. */
    static final String ACTION = "event.target.dataset.action";

    /** Only clicks on an action button go to the server. */
    static final String ACTION_FILTER = "!!" + ACTION;

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
    /**
     * The section as read: title, guidance, text, its actions and who saved it last, written as
     * one element's HTML (the texts escaped). A plan page shows a dozen sections to every member
     * who has it open, and each component costs memory in their session; this way a section
     * reading costs four, and the actions are plain buttons whose clicks reach the card's one
     * listener ({@link #ACTION}).
     */
    private final Div view = new Div();

    private final Div presence = new Div();
    private final Div notice = new Div();
    /** The editor's components, while editing. */
    private @Nullable Div editor;

    private @Nullable TextArea area;
    private @Nullable PrivacyFindings findings;
    private @Nullable DraftState draftState;
    /** What is typed while editing and whether it is kept; null while reading. */
    private @Nullable UnsavedWork unsaved;

    private UnsavedWork.@Nullable Watched typed;
    private @Nullable SectionComments discussion;
    private int commentCount;
    private String content;
    private long version;
    private @Nullable String updatedBy;
    private @Nullable Instant updatedAt;
    private long baseVersion;
    private boolean editing;

    SectionEditor(
            long planId,
            PlanSection section,
            int commentCount,
            PlanSectionService sections,
            java.util.function.Supplier<List<NeedChoice>> needs,
            Events events,
            java.time.Clock clock) {
        this.planId = planId;
        this.section = section;
        this.commentCount = commentCount;
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
        presence.addClassName("plan-presence");
        presence.getElement().setAttribute("aria-live", "polite");
        notice.addClassName("plan-notice");
        notice.getElement().setAttribute("role", "status");
        add(view, presence, notice);
        getElement()
                .addEventListener(
                        "click", event -> act(event.getEventData().path(ACTION).asString("")))
                .addEventData(ACTION)
                .setFilter(ACTION_FILTER);

        if (section.myDraft() != null && section.editable()) {
            edit(section.myDraft().content(), section.myDraft().baseVersion());
            info(getTranslation("plan.draft-restored", time(section.myDraft().updatedAt())));
        } else {
            read();
        }
    }

    /** A click on one of the section's action buttons; what the person may not do, does nothing. */
    private void act(String action) {
        switch (action) {
            case "edit" -> {
                if (section.editable() && !editing) {
                    edit(content, version);
                }
            }
            case "history" -> {
                if (!editing) {
                    new HistoryDialog(planId, section, sections, this::restored, zone).open();
                }
            }
            case "comments" -> toggleDiscussion();
            default -> {
                // not an action of this section
            }
        }
    }

    String key() {
        return section.key();
    }

    boolean isEditing() {
        return editing;
    }

    /** True while the editor shows text that is neither saved nor kept as the writer's draft. */
    boolean hasUnsavedText() {
        return unsaved != null && unsaved.pending();
    }

    // ---- reading

    private void read() {
        editing = false;
        if (editor != null) {
            remove(editor);
            editor = null;
            area = null;
            findings = null;
            draftState = null;
            unsaved = null;
            typed = null;
        }
        view.getElement().setProperty("innerHTML", SectionHtml.reading(shown(), this::getTranslation));
    }

    /** While editing, the view shows the title, the guidance and who saved last. */
    private void readHeadingOnly() {
        view.getElement().setProperty("innerHTML", SectionHtml.headingOnly(shown()));
    }

    private SectionHtml.Shown shown() {
        String lastSaved = updatedAt == null
                ? null
                : getTranslation("plan.section.meta", updatedBy == null ? "?" : updatedBy, time(updatedAt), version);
        return new SectionHtml.Shown(section, content, lastSaved, commentCount, discussion != null);
    }

    /** Opens the discussion below the section (built now, with its comments read now), or closes it. */
    private void toggleDiscussion() {
        if (discussion == null) {
            discussion = new SectionComments(
                    planId, section.key(), section.title(), section.editable(), sections, zone, count -> {
                        commentCount = count;
                        if (!editing) {
                            read();
                        }
                    });
            add(discussion);
        } else {
            remove(discussion);
            discussion = null;
        }
        if (!editing) {
            read();
            focusButton("comments-toggle-");
        }
    }

    /**
     * Gives the keyboard focus back to one of the section's buttons after its HTML was written
     * anew (which replaced the button someone was on).
     */
    private void focusButton(String idPrefix) {
        getElement()
                .executeJs(
                        "const b = this.querySelector('#' + CSS.escape($0)); if (b) { b.focus(); }",
                        idPrefix + section.key());
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
        readHeadingOnly();
        if (editor != null) {
            remove(editor);
        }
        area = null;
        findings = new PrivacyFindings();
        draftState = new DraftState();
        area().setValue(text);
        // kept as the writer's draft a moment after typing starts and before the page is left
        unsaved = new UnsavedWork();
        typed = unsaved.watch(area());
        Button save = new Button(getTranslation("plan.section.save"), e -> save(area().getValue(), baseVersion, false));
        save.setId("save-" + section.key());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        Button cancel = new Button(getTranslation("plan.section.cancel"), e -> cancel());
        cancel.setId("cancel-" + section.key());
        Div actions = new Div(save, cancel, draftState);
        actions.addClassName("toolbar");
        editor = new Div();
        editor.addClassName("plan-section-editor");
        if (section.asksCommonNeed() && !needs.get().isEmpty()) {
            editor.add(needPicker());
        }
        editor.add(area(), findings, actions);
        // the editor goes where the text was: above an open discussion
        addComponentAtIndex(3, editor);
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
        String text = area().getValue();
        try {
            sections.saveDraft(planId, section.key(), text, baseVersion);
            if (typed != null) {
                typed.stored(text);
            }
            if (draftState != null) {
                draftState.saved(getTranslation("plan.draft-kept", time(clock.instant())));
            }
        } catch (IdentifierRefused e) {
            // the kept draft stays as it was; the text stays in the field
            if (draftState != null) {
                draftState.notSaved(getTranslation("privacy.draft-refused", e.arguments()));
            }
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
                focusButton("edit-");
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
                if (findings != null) {
                    findings.show(outcome.notices(), true);
                }
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
        PrivacyFindings findings = this.findings == null ? new PrivacyFindings() : this.findings;
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
        focusButton("edit-");
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
            readHeadingOnly();
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

    private String time(Instant instant) {
        return DateTimeFormatter.ofPattern("d MMM HH:mm", getLocale())
                .withZone(zone)
                .format(instant);
    }
}
