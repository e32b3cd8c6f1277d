package nl.pendel.plan.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import nl.pendel.plan.NeedChoice;
import nl.pendel.plan.PlanSection;
import nl.pendel.plan.PlanSectionSaved;
import nl.pendel.plan.PlanSectionService;
import nl.pendel.plan.SectionSave;
import nl.pendel.shared.ui.Notifications;
import org.jspecify.annotations.Nullable;

/**
 * One section of a plan: its text, and for the subgroup and trainers an editor that keeps what is
 * typed as a personal draft (so a dropped connection loses nothing) until it is saved. A save on a
 * version someone else has saved in between opens the choice between the two texts. Others'
 * saves arrive by push; who is editing the section is shown.
 */
class SectionEditor extends Div implements SectionWriter.Owner {

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
    /** The editor, while editing. */
    private @Nullable SectionWriter writer;

    private @Nullable SectionComments discussion;
    private int commentCount;
    /** The section's text as last saved (here or elsewhere), with its version, writer and time. */
    private Saved saved;

    private boolean editing;

    private record Saved(
            String content,
            long version,
            @Nullable String by,
            @Nullable Instant at) {}

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
        this.saved = new Saved(section.content(), section.version(), section.updatedBy(), section.updatedAt());
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
                    edit(saved.content(), saved.version());
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
        return writer != null && writer.hasUnsavedText();
    }

    // ---- reading

    private void read() {
        editing = false;
        if (writer != null) {
            remove(writer);
            writer = null;
        }
        view.getElement().setProperty("innerHTML", SectionHtml.reading(shown(), this::getTranslation));
    }

    /** While editing, the view shows the title, the guidance and who saved last. */
    private void readHeadingOnly() {
        view.getElement().setProperty("innerHTML", SectionHtml.headingOnly(shown()));
    }

    private SectionHtml.Shown shown() {
        String lastSaved = saved.at() == null
                ? null
                : getTranslation(
                        "plan.section.meta", saved.by() == null ? "?" : saved.by(), time(saved.at()), saved.version());
        return new SectionHtml.Shown(section, saved.content(), lastSaved, commentCount, discussion != null);
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

    private void edit(String text, long base) {
        editing = true;
        readHeadingOnly();
        if (writer != null) {
            remove(writer);
        }
        List<NeedChoice> choices = section.asksCommonNeed() ? needs.get() : List.of();
        writer = new SectionWriter(planId, section, text, base, choices, sections, clock, this);
        // the editor goes where the text was: above an open discussion
        addComponentAtIndex(3, writer);
        writer.focusText();
        events.editing(section.key());
    }

    @Override
    public void adopt(SectionSave.Conflict theirs) {
        saved = new Saved(theirs.theirs(), theirs.theirVersion(), theirs.theirAuthor(), theirs.theirSavedAt());
    }

    @Override
    public void saved(String text, SectionSave outcome) {
        saved = outcome.result() == SectionSave.Result.SAVED
                ? new Saved(text, outcome.version(), getTranslation("plan.you"), clock.instant())
                : new Saved(saved.content(), Math.max(saved.version(), outcome.version()), saved.by(), saved.at());
        notice.removeAll();
        read();
        focusButton("edit-");
        events.stopped(section.key());
        events.saved(section.key(), saved.content());
        Notifications.success(this, "plan.section.saved", section.title());
    }

    @Override
    public void closed(boolean cancelled) {
        notice.removeAll();
        read();
        if (cancelled) {
            focusButton("edit-");
        }
        events.stopped(section.key());
    }

    private void restored(String text, long newVersion) {
        saved = new Saved(text, newVersion, getTranslation("plan.you"), clock.instant());
        if (!editing) {
            read();
        }
        events.saved(section.key(), saved.content());
    }

    // ---- what others do

    /** Someone else saved this section (pushed): shown at once when reading, announced when writing. */
    void savedElsewhere(PlanSectionSaved elsewhere) {
        if (elsewhere.version() <= saved.version()) {
            return;
        }
        saved = new Saved(elsewhere.content(), elsewhere.version(), elsewhere.personName(), elsewhere.savedAt());
        if (editing) {
            info(getTranslation("plan.saved-elsewhere.editing", elsewhere.personName()));
            readHeadingOnly();
        } else {
            read();
            info(getTranslation("plan.saved-elsewhere", elsewhere.personName()));
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
