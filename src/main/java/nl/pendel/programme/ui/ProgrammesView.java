package nl.pendel.programme.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import nl.pendel.programme.ContentLoadReport;
import nl.pendel.programme.ProgrammeService;
import nl.pendel.programme.ProgrammeVersionSummary;
import nl.pendel.security.Roles;
import nl.pendel.shared.ui.TranslatedTitle;
import org.jspecify.annotations.Nullable;

/**
 * The programmes loaded from course-content, every version, and what went wrong while loading.
 * Selecting a version shows its full content.
 */
@Route("programmas")
@Menu(title = "menu.programmes", order = 60, icon = "vaadin:book")
@RolesAllowed({Roles.ADMIN, Roles.TRAINER})
class ProgrammesView extends Div implements TranslatedTitle {

    private final ProgrammeService programmes;
    private final Div detail = new Div();

    ProgrammesView(ProgrammeService programmes) {
        this.programmes = programmes;
        addClassName("page");
        add(problems(programmes.lastLoadReport()));

        Grid<ProgrammeVersionSummary> grid = new Grid<>();
        grid.addColumn(ProgrammeVersionSummary::title)
                .setHeader(getTranslation("programme.title"))
                .setFlexGrow(3);
        grid.addComponentColumn(this::version)
                .setHeader(getTranslation("programme.version"))
                .setAutoWidth(true);
        grid.addColumn(ProgrammeVersionSummary::meetingCount)
                .setHeader(getTranslation("programme.meetings"))
                .setAutoWidth(true);
        grid.addColumn(v -> v.frameworkTitle() + " (v" + v.frameworkVersionNo() + ")")
                .setHeader(getTranslation("programme.framework"))
                .setFlexGrow(2);
        grid.addColumn(v -> formatter().format(v.loadedAt()))
                .setHeader(getTranslation("programme.loaded-at"))
                .setAutoWidth(true);
        grid.setItemsPageable(programmes::versions);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("menu.programmes"));
        grid.asSingleSelect().addValueChangeListener(e -> showOutline(e.getValue()));
        detail.addClassName("programme-detail");
        add(grid, detail);
    }

    @Override
    public String titleKey() {
        return "menu.programmes";
    }

    private void showOutline(@Nullable ProgrammeVersionSummary version) {
        detail.removeAll();
        if (version != null) {
            programmes.outline(version.id()).ifPresent(outline -> detail.add(new ProgrammeOutlinePanel(outline)));
        }
    }

    private Span version(ProgrammeVersionSummary v) {
        Span badge = new Span("v" + v.versionNo() + (v.latest() ? " · " + getTranslation("programme.latest") : ""));
        badge.addClassName("badge");
        if (v.latest()) {
            badge.addClassName("badge-success");
        }
        return badge;
    }

    private Div problems(ContentLoadReport report) {
        Div box = new Div();
        if (report.problems().isEmpty()) {
            return box;
        }
        box.addClassName("callout");
        box.addClassName("callout-error");
        box.getElement().setAttribute("role", "alert");
        box.add(new H3(getTranslation("programme.problems", report.problems().size())));
        UnorderedList list = new UnorderedList();
        report.problems().forEach(p -> list.add(new ListItem(programmes.describe(p, getLocale()))));
        box.add(list);
        return box;
    }

    private DateTimeFormatter formatter() {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(getLocale())
                .withZone(ZoneId.of("Europe/Amsterdam"));
    }
}
