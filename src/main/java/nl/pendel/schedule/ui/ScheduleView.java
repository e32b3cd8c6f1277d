package nl.pendel.schedule.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.pendel.account.PersonProfile;
import nl.pendel.course.CourseDetails;
import nl.pendel.course.CoursePage;
import nl.pendel.course.CourseSummary;
import nl.pendel.schedule.Conflict;
import nl.pendel.schedule.ScheduleConflictException;
import nl.pendel.schedule.SchedulePage;
import nl.pendel.schedule.ScheduleService;
import nl.pendel.schedule.SessionDraft;
import nl.pendel.security.CurrentUser;
import nl.pendel.shared.UserFacingException;
import nl.pendel.shared.ui.CourseTabs;
import nl.pendel.shared.ui.FormDialog;
import nl.pendel.shared.ui.GridActions;
import nl.pendel.shared.ui.Notifications;
import nl.pendel.shared.ui.TranslatedTitle;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * The schedule of a course. Its trainers generate sessions from the session pattern and a first
 * day per meeting, adapt single sessions, see every conflict before saving, and save; a schedule
 * with a hard conflict is not stored. Everyone else who may see the course reads the schedule.
 */
@Route("cursussen/:courseId/rooster")
@PermitAll
class ScheduleView extends Div implements BeforeEnterObserver, TranslatedTitle {

    private final ScheduleService schedule;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final Grid<SessionDraft> grid = new Grid<>();
    private final ConflictSummary conflictBox = new ConflictSummary();
    private final Button save = new Button();
    private long courseId;
    private boolean manage;
    private @Nullable GeneratorCard generator;
    private boolean checks;
    private boolean attendance;
    private List<SessionDraft> working = new ArrayList<>();
    private List<Conflict> conflicts = List.of();
    private List<PersonProfile> trainers = List.of();
    private Map<Long, String> trainerNames = Map.of();
    private boolean unsaved;

    private @Nullable CourseSummary summary;

    ScheduleView(ScheduleService schedule, CurrentUser currentUser, Clock clock) {
        this.schedule = schedule;
        this.clock = clock;
        this.currentUser = currentUser;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long asked = event.getRouteParameters().getLong("courseId").orElse(-1L);
        SchedulePage page;
        try {
            page = schedule.page(asked);
        } catch (AccessDeniedException | UserFacingException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        CoursePage course = CoursePage.of(page.access(), currentUser.require());
        courseId = course.courseId();
        manage = course.manage();
        // conflicts name people and other courses: for the course's trainers and administrators
        checks = course.access().canManage(currentUser.require());
        attendance = course.attendance();
        build(page);
    }

    @Override
    public String titleKey() {
        return "course.tab.schedule";
    }

    private void build(SchedulePage page) {
        removeAll();
        CourseDetails details = page.details();
        summary = details.summary();
        trainers = page.trainers();
        add(new H2(details.summary().title()), new CourseTabs(courseId, CourseTabs.Tab.SCHEDULE, attendance));
        generator = null;
        if (manage) {
            generator = new GeneratorCard(details, this::generate);
            add(generator);
        }
        configureGrid();
        add(conflictBox, grid);
        if (checks) {
            add(new RunSheetLinks(courseId, details));
        }
        if (manage) {
            save.setText(getTranslation("schedule.save"));
            save.addThemeVariants(ButtonVariant.PRIMARY);
            save.addClickListener(click -> saveAll());
            Div actions = new Div(save);
            actions.addClassName("toolbar");
            add(actions);
        }
        show(page);
    }

    private void configureGrid() {
        grid.removeAllColumns();
        grid.addColumn(d -> getTranslation("programme.meeting", d.getMeetingPosition()))
                .setHeader(getTranslation("schedule.meeting"))
                .setAutoWidth(true);
        grid.addColumn(d -> getTranslation("subgroup.short", d.getSubgroupNumber()))
                .setHeader(getTranslation("schedule.subgroup"))
                .setAutoWidth(true);
        grid.addColumn(d -> d.getDate() == null
                        ? ""
                        : ConflictMessages.dateFormat(getLocale()).format(d.getDate()))
                .setHeader(getTranslation("schedule.date"))
                .setAutoWidth(true);
        grid.addColumn(d -> d.getStart() + "–" + d.getEnd())
                .setHeader(getTranslation("schedule.time"))
                .setAutoWidth(true);
        grid.addColumn(d -> d.getRoom().isBlank() ? d.getLocation() : d.getLocation() + ", " + d.getRoom())
                .setHeader(getTranslation("schedule.place"))
                .setFlexGrow(2);
        grid.addColumn(this::trainerName)
                .setHeader(getTranslation("schedule.trainer"))
                .setAutoWidth(true);
        grid.addColumn(this::problems)
                .setHeader(getTranslation("schedule.check"))
                .setFlexGrow(3);
        if (manage) {
            GridActions.editable(grid, this::sessionName, this::edit);
            grid.addComponentColumn(this::statusAction)
                    .setKey("status-action")
                    .setAutoWidth(true)
                    .setFlexGrow(0);
        }
        styleRows();
    }

    /** Cancelled rows, rows with a hard conflict and rows with a warning each get a part name. */
    private void styleRows() {
        grid.setPartNameGenerator(d -> d.isCancelled()
                ? "cancelled-row"
                : conflictsOf(d).stream().anyMatch(Conflict::hard)
                        ? "problem-row"
                        : conflictsOf(d).isEmpty() ? null : "warning-row");
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("course.tab.schedule"));
    }

    /** Cancel a stored session, or plan a cancelled one again; stored at once, after confirming. */
    private Button statusAction(SessionDraft draft) {
        boolean started = draft.getDate() != null
                && draft.getStart() != null
                && !draft.getDate().atTime(draft.getStart()).isAfter(LocalDateTime.now(clock));
        return new StatusAction(draft, sessionName(draft), unsaved, started, () -> changeStatus(draft));
    }

    private void changeStatus(SessionDraft draft) {
        try {
            if (draft.isCancelled()) {
                schedule.reinstate(courseId, draft.getId(), draft.getVersion());
                Notifications.success(this, "schedule.reinstated");
            } else {
                schedule.cancel(courseId, draft.getId(), draft.getVersion());
                Notifications.success(this, "schedule.cancelled");
            }
        } catch (UserFacingException e) {
            refused(e);
        }
        load();
    }

    private String sessionName(SessionDraft draft) {
        return getTranslation("schedule.session-name", draft.getMeetingPosition(), draft.getSubgroupNumber());
    }

    private String trainerName(SessionDraft draft) {
        return draft.getTrainerId() == null ? "" : trainerNames.getOrDefault(draft.getTrainerId(), "");
    }

    private void load() {
        show(schedule.page(courseId));
    }

    /** Shows the stored schedule with its conflicts, as the page was read. */
    private void show(SchedulePage page) {
        unsaved = false;
        working = new ArrayList<>(page.sessions().stream().map(SessionDraft::of).toList());
        if (generator != null) {
            generator.show(working);
        }
        // the course's trainer and co-trainer, and whoever else still leads a session (a former co-trainer)
        trainerNames = page.trainerNames();
        conflicts = page.conflicts();
        showConflicts();
    }

    private void recheck() {
        conflicts = working.isEmpty() || !checks ? List.of() : schedule.check(courseId, working);
        showConflicts();
    }

    private void showConflicts() {
        grid.setItems(working);
        conflictBox.show(working, conflicts, checks, messages());
        long hard = conflicts.stream().filter(Conflict::hard).count();
        save.setEnabled(hard == 0 && !working.isEmpty());
    }

    private void generate(Map<Long, LocalDate> firstDays, String location) {
        try {
            working = new ArrayList<>(schedule.generate(courseId, firstDays, location));
            unsaved = true;
            recheck();
        } catch (UserFacingException e) {
            Notifications.error(this, e);
        }
    }

    private void saveAll() {
        try {
            schedule.save(courseId, working);
            Notifications.success(this, "schedule.saved");
            load();
        } catch (UserFacingException e) {
            refused(e);
            if (e instanceof nl.pendel.shared.EditConflictException) {
                load();
            }
        }
    }

    private void edit(SessionDraft draft) {
        SessionForm form = new SessionForm(draft, summary, trainers);
        new FormDialog(
                        getTranslation("schedule.edit", draft.getMeetingPosition(), draft.getSubgroupNumber()),
                        form,
                        () -> {
                            if (!form.writeTo(draft)) {
                                return false;
                            }
                            unsaved = true;
                            recheck();
                            return true;
                        })
                .open();
    }

    private String problems(SessionDraft draft) {
        List<Conflict> own = conflictsOf(draft);
        String text = own.stream().map(this::message).collect(Collectors.joining(" "));
        return draft.isCancelled() ? (getTranslation("schedule.status.cancelled") + " " + text).strip() : text;
    }

    private List<Conflict> conflictsOf(SessionDraft draft) {
        int index = working.indexOf(draft);
        return conflicts.stream().filter(c -> c.sessionIndex() == index).toList();
    }

    private String message(Conflict conflict) {
        return messages().text(conflict);
    }

    private ConflictMessages messages() {
        return new ConflictMessages(getLocale(), (key, arguments) -> getTranslation(key, arguments));
    }

    /** A refusal; one because of a conflict is told as the schedule tells it. */
    private void refused(UserFacingException e) {
        if (e instanceof ScheduleConflictException refusal) {
            Notifications.error(this, refusal.messageKey(), messages().arguments(refusal.conflict()));
        } else {
            Notifications.error(this, e);
        }
    }
}
