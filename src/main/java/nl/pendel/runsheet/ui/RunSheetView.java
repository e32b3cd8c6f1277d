package nl.pendel.runsheet.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.pendel.runsheet.RunSheetExport;
import nl.pendel.runsheet.RunSheetItem;
import nl.pendel.runsheet.RunSheetPage;
import nl.pendel.runsheet.RunSheetService;
import nl.pendel.runsheet.RunSheetSession;
import nl.pendel.security.Roles;
import nl.pendel.shared.EditConflictException;
import nl.pendel.shared.UserFacingException;
import nl.pendel.shared.ui.CourseTabs;
import nl.pendel.shared.ui.MeetingSection;
import nl.pendel.shared.ui.Notifications;
import nl.pendel.shared.ui.TranslatedTitle;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * The run sheet of one meeting of a course, for its trainers (and administrators): the items as a
 * list that also reads on a phone, with the times of a chosen session, who leads each and what is
 * needed; the trainers move, add, change and remove items (each change saved at once) and
 * download it as a PDF to print. Anyone else gets "not found". See decision 0015.
 */
@Route("cursussen/:courseId/draaiboek/:meetingId")
@RolesAllowed({Roles.ADMIN, Roles.TRAINER})
class RunSheetView extends Div implements BeforeEnterObserver, TranslatedTitle {

    private final RunSheetService runSheets;
    private final List<MeetingSection> meetingSections;
    private final Select<RunSheetSession> session = new Select<>();
    private final RunSheetList list = new RunSheetList(this::move, this::edit, this::remove);
    private final Paragraph total = new Paragraph();
    private @Nullable RunSheetPage page;

    RunSheetView(RunSheetService runSheets, List<MeetingSection> meetingSections) {
        this.runSheets = runSheets;
        this.meetingSections = meetingSections;
        addClassNames("page", "run-sheet");
        session.setLabel(getTranslation("runsheet.session"));
        session.addValueChangeListener(change -> showItems());
        total.addClassName("run-sheet-total");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long courseId = event.getRouteParameters().getLong("courseId").orElse(-1L);
        long meetingId = event.getRouteParameters().getLong("meetingId").orElse(-1L);
        try {
            build(runSheets.page(courseId, meetingId));
        } catch (AccessDeniedException | UserFacingException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    @Override
    public String titleKey() {
        return "runsheet.menu";
    }

    private void build(RunSheetPage shown) {
        page = shown;
        removeAll();
        add(new H2(shown.courseTitle()), new CourseTabs(shown.courseId(), CourseTabs.Tab.SCHEDULE, true));
        add(new H3(getTranslation("runsheet.title", shown.meetingPosition(), shown.meetingTitle())));
        Paragraph source = new Paragraph(getTranslation(
                !shown.editable()
                        ? "runsheet.read-only"
                        : shown.stored() ? "runsheet.own" : "runsheet.from-programme"));
        source.addClassNames("muted", "run-sheet-source");
        add(source);
        session.setItems(shown.sessions());
        session.setItemLabelGenerator(this::sessionLabel);
        session.setVisible(!shown.sessions().isEmpty());
        Anchor pdf = new Anchor(download(), getTranslation("runsheet.pdf"));
        pdf.addClassName("run-sheet-pdf");
        Div toolbar = new Div(session, pdf);
        toolbar.addClassNames("toolbar", "run-sheet-toolbar");
        add(toolbar, total, list);
        if (shown.editable()) {
            com.vaadin.flow.component.button.Button add =
                    new com.vaadin.flow.component.button.Button(getTranslation("runsheet.add"), click -> addItem());
            add.addClassName("run-sheet-add");
            add(add);
        }
        // what other modules keep per meeting, e.g. its materials ("Materialen")
        meetingSections.forEach(section ->
                section.create(List.of(shown.meetingId()), true).values().forEach(this::add));
        if (!shown.sessions().isEmpty()) {
            session.setValue(shown.sessions().getFirst());
        } else {
            showItems();
        }
    }

    private String sessionLabel(RunSheetSession s) {
        String time = s.start() + "–" + s.end();
        if (s.date() == null) {
            return getTranslation("runsheet.session.pattern", s.subgroupNumber(), time);
        }
        return getTranslation(
                "runsheet.session.planned",
                java.time.format.DateTimeFormatter.ofPattern("EEE d MMM", getLocale())
                        .format(s.date()),
                time,
                s.subgroupNumber());
    }

    private void showItems() {
        RunSheetPage shown = page();
        RunSheetSession chosen = session.getValue();
        list.show(shown, chosen == null ? null : chosen.start());
        boolean over = chosen != null && shown.totalMinutes() > chosen.minutes();
        total.setText(
                chosen == null
                        ? getTranslation("runsheet.total", shown.totalMinutes())
                        : getTranslation("runsheet.total-of", shown.totalMinutes(), chosen.minutes()));
        total.setClassName("callout", over);
        total.setClassName("callout-warning", over);
    }

    private void move(int index, int by) {
        List<RunSheetItem> items = new ArrayList<>(page().items());
        int to = index + by;
        if (to < 0 || to >= items.size()) {
            return;
        }
        items.add(to, items.remove(index));
        saveQuietly(items);
    }

    /** Removes an item after the trainer confirmed. */
    private void remove(int index) {
        RunSheetItem item = page().items().get(index);
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("runsheet.remove.header"));
        confirm.setText(getTranslation("runsheet.remove.confirm", item.title()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.back"));
        confirm.setConfirmText(getTranslation("runsheet.remove.action"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(event -> {
            List<RunSheetItem> items = new ArrayList<>(page().items());
            items.remove(index);
            saveQuietly(items);
        });
        confirm.open();
    }

    private void addItem() {
        RunSheetItem fresh =
                new RunSheetItem("", RunSheetItem.DEFAULT_MINUTES, nl.pendel.programme.AgendaLead.TRAINER, "", "");
        openForm(page().items().size(), fresh, true);
    }

    private void edit(int index) {
        openForm(index, page().items().get(index), false);
    }

    private void openForm(int index, RunSheetItem item, boolean adding) {
        RunSheetItemForm form = new RunSheetItemForm(page(), item);
        new nl.pendel.shared.ui.FormDialog(
                        getTranslation(adding ? "runsheet.add" : "runsheet.edit", index + 1), form, () -> {
                            List<RunSheetItem> items = new ArrayList<>(page().items());
                            if (adding) {
                                items.add(form.value());
                            } else {
                                items.set(index, form.value());
                            }
                            save(items);
                            return true;
                        })
                .open();
    }

    /** Saves the whole run sheet; a conflict shows the run sheet as stored now, and refuses. */
    private void save(List<RunSheetItem> items) {
        RunSheetPage shown = page();
        RunSheetSession chosen = session.getValue();
        try {
            build(runSheets.save(shown.courseId(), shown.meetingId(), shown.version(), items));
        } catch (EditConflictException e) {
            build(runSheets.page(shown.courseId(), shown.meetingId()));
            throw e;
        } finally {
            if (chosen != null && page().sessions().contains(chosen)) {
                session.setValue(chosen);
            }
        }
        Notifications.success(this, "runsheet.saved");
    }

    private void saveQuietly(List<RunSheetItem> items) {
        try {
            save(items);
        } catch (UserFacingException e) {
            Notifications.error(this, e);
        }
    }

    private DownloadHandler download() {
        Locale locale = getLocale();
        return DownloadHandler.fromInputStream(event -> {
            RunSheetPage shown = page();
            RunSheetSession chosen = session.getValue();
            int index = chosen == null ? 0 : Math.max(0, shown.sessions().indexOf(chosen));
            RunSheetExport file = runSheets.pdf(shown.courseId(), shown.meetingId(), index, locale);
            byte[] content = file.content();
            return new DownloadResponse(
                    new ByteArrayInputStream(content), file.fileName(), file.contentType(), content.length);
        });
    }

    private RunSheetPage page() {
        if (page == null) {
            throw new IllegalStateException("The run sheet is shown only after it was read");
        }
        return page;
    }
}
