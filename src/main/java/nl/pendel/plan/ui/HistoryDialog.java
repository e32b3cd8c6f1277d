package nl.pendel.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.BiConsumer;
import nl.pendel.plan.PlanSection;
import nl.pendel.plan.PlanSectionService;
import nl.pendel.plan.SectionSave;
import nl.pendel.plan.SectionVersion;
import nl.pendel.shared.UserFacingException;
import nl.pendel.shared.ui.Notifications;

/**
 * Every saved version of a section, newest first: pick one to read it beside the current text, and
 * (for the subgroup and trainers) make it the current text again as a new version.
 */
class HistoryDialog extends Dialog {

    private final long planId;
    private final PlanSection section;
    private final PlanSectionService sections;
    private final BiConsumer<String, Long> restored;
    private final Grid<SectionVersion> grid = new Grid<>();
    private final Button restore = new Button();

    HistoryDialog(
            long planId,
            PlanSection section,
            PlanSectionService sections,
            BiConsumer<String, Long> restored,
            ZoneId zone) {
        this.planId = planId;
        this.section = section;
        this.sections = sections;
        this.restored = restored;
        setHeaderTitle(getTranslation("plan.history.title", section.title()));
        setWidth("min(64rem, 100vw)");
        addClassName("plan-history");
        List<SectionVersion> versions = sections.history(planId, section.key());
        if (versions.isEmpty()) {
            add(new Paragraph(getTranslation("plan.history.none")));
            getFooter().add(new Button(getTranslation("action.close"), e -> close()));
            return;
        }
        SectionVersion current = versions.getFirst();
        prepareGrid(versions, zone);
        Div chosen = text(current.content());
        Div compare = new Div(
                labelled(getTranslation("plan.history.chosen"), chosen),
                labelled(getTranslation("plan.history.current"), text(current.content())));
        compare.addClassName("conflict-columns");
        prepareRestore(current);
        grid.asSingleSelect().addValueChangeListener(e -> {
            SectionVersion v = e.getValue();
            chosen.setText(v == null ? "" : v.content());
            restore.setEnabled(v != null && v.version() != current.version());
        });
        add(grid, compare);
        getFooter().add(new Button(getTranslation("action.close"), e -> close()), restore);
    }

    private void prepareGrid(List<SectionVersion> versions, ZoneId zone) {
        DateTimeFormatter when =
                DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", getLocale()).withZone(zone);
        grid.addColumn(SectionVersion::version)
                .setHeader(getTranslation("plan.history.version"))
                .setAutoWidth(true);
        grid.addColumn(SectionVersion::savedBy)
                .setHeader(getTranslation("plan.history.by"))
                .setFlexGrow(1);
        grid.addColumn(v -> when.format(v.savedAt()))
                .setHeader(getTranslation("plan.history.when"))
                .setAutoWidth(true);
        grid.setItems(versions);
        grid.setHeight("14rem");
    }

    private void prepareRestore(SectionVersion current) {
        restore.setText(getTranslation("plan.history.restore"));
        restore.setId("history-restore");
        restore.addThemeVariants(ButtonVariant.PRIMARY);
        restore.setEnabled(false);
        restore.setVisible(section.editable());
        restore.addClickListener(e -> {
            SectionVersion v = grid.asSingleSelect().getValue();
            if (v != null) {
                restore(v, current);
            }
        });
    }

    /** Makes the chosen version the current text again, on the version this dialog showed as current. */
    private void restore(SectionVersion v, SectionVersion current) {
        try {
            SectionSave outcome = sections.restore(planId, section.key(), v.id(), current.version());
            switch (outcome.result()) {
                case SAVED -> {
                    restored.accept(v.content(), outcome.version());
                    Notifications.success(this, "plan.history.restored", v.version());
                    close();
                }
                case UNCHANGED -> close();
                case CONFLICT -> {
                    Notifications.error(this, "plan.history.conflict");
                    close();
                }
                default -> Notifications.error(this, "privacy.blocked", "");
            }
        } catch (UserFacingException ex) {
            Notifications.error(this, ex);
        }
    }

    private static Div text(String content) {
        Div div = new Div();
        div.addClassNames("preformatted", "plan-history-text");
        div.setText(content);
        return div;
    }

    private static Div labelled(String label, Div text) {
        Span name = new Span(label);
        name.addClassName("muted");
        return new Div(name, text);
    }
}
