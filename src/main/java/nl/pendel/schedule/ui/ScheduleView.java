package nl.pendel.schedule.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.pendel.account.PersonProfile;
import nl.pendel.account.PersonService;
import nl.pendel.course.CourseDetails;
import nl.pendel.course.CoursePage;
import nl.pendel.course.CourseService;
import nl.pendel.schedule.Conflict;
import nl.pendel.schedule.ScheduleService;
import nl.pendel.schedule.SessionDraft;
import nl.pendel.security.CurrentUser;
import nl.pendel.shared.ScreenReads;
import nl.pendel.shared.UserFacingException;
import nl.pendel.shared.ui.CourseTabs;
import nl.pendel.shared.ui.Fields;
import nl.pendel.shared.ui.FormDialog;
import nl.pendel.shared.ui.GridActions;
import nl.pendel.shared.ui.Notifications;
import nl.pendel.shared.ui.TranslatedTitle;

/**
 * The schedule of a course. Its trainers generate sessions from the session pattern and a first
 * day per meeting, adapt single sessions, see every conflict before saving, and save; a schedule
 * with a hard conflict is not stored. Everyone else who may see the course reads the schedule.
 */
@Route("cursussen/:courseId/rooster")
@PermitAll
class ScheduleView extends Div implements BeforeEnterObserver, TranslatedTitle {

    private final ScheduleService schedule;
    private final CourseService courses;
    private final CurrentUser currentUser;
    private final PersonService people;
    private final Clock clock;
    private final Grid<SessionDraft> grid = new Grid<>();
    private final Div conflictBox = new Div();
    private final Button save = new Button();
    private long courseId;
    private boolean manage;
    private boolean attendance;
    private List<SessionDraft> working = new ArrayList<>();
    private List<Conflict> conflicts = List.of();
    private List<PersonProfile> trainers = List.of();
    private boolean unsaved;

    private final ScreenReads reads;

    ScheduleView(
            ScheduleService schedule,
            CourseService courses,
            CurrentUser currentUser,
            PersonService people,
            Clock clock,
            ScreenReads reads) {
        this.reads = reads;
        this.schedule = schedule;
        this.clock = clock;
        this.courses = courses;
        this.currentUser = currentUser;
        this.people = people;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        reads.run(() -> enter(event));
    }

    /** Builds the screen, in one read-only transaction ({@link ScreenReads}). */
    private void enter(BeforeEnterEvent event) {
        CoursePage.enter(event, courses, currentUser).ifPresent(page -> {
            courseId = page.courseId();
            manage = page.manage();
            attendance = page.attendance();
            build(courses.details(courseId));
        });
    }

    @Override
    public String titleKey() {
        return "course.tab.schedule";
    }

    private void build(CourseDetails details) {
        removeAll();
        List<Long> trainerIds = new ArrayList<>(List.of(details.summary().trainerId()));
        if (details.summary().coTrainerId() != null) {
            trainerIds.add(details.summary().coTrainerId());
        }
        trainers = people.profiles(trainerIds);
        add(new H2(details.summary().title()), new CourseTabs(courseId, CourseTabs.Tab.SCHEDULE, attendance));
        if (manage) {
            add(generator(details));
        }
        conflictBox.addClassName("conflicts");
        conflictBox.getElement().setAttribute("role", "status");
        configureGrid();
        add(conflictBox, grid);
        if (manage) {
            save.setText(getTranslation("schedule.save"));
            save.addThemeVariants(ButtonVariant.PRIMARY);
            save.addClickListener(click -> saveAll());
            Div actions = new Div(save);
            actions.addClassName("toolbar");
            add(actions);
        }
        load();
    }

    private Div generator(CourseDetails details) {
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40rem", 3));
        Map<Long, DatePicker> firstDays = new LinkedHashMap<>();
        for (CourseDetails.Meeting meeting : details.meetings()) {
            DatePicker day = new DatePicker(getTranslation("schedule.first-day", meeting.position()));
            day.setMin(details.summary().startsOn());
            day.setMax(details.summary().endsOn());
            day.setHelperText(meeting.title());
            firstDays.put(meeting.id(), day);
            form.add(day);
        }
        TextField location = Fields.text(getTranslation("schedule.location"), SessionDraft.LOCATION_MAX);
        form.add(location);
        Button generate = new Button(getTranslation("schedule.generate"), click -> {
            Map<Long, LocalDate> days = firstDays.entrySet().stream()
                    .filter(e -> e.getValue().getValue() != null)
                    .collect(Collectors.toMap(
                            Map.Entry::getKey, e -> e.getValue().getValue()));
            if (days.isEmpty()) {
                Notifications.error(this, "schedule.error.no-first-day");
                return;
            }
            try {
                working = new ArrayList<>(schedule.generate(courseId, days, location.getValue()));
                unsaved = true;
                recheck();
            } catch (UserFacingException e) {
                Notifications.error(this, e);
            }
        });
        Div box = new Div(new H3(getTranslation("schedule.generate.title")), form, generate);
        box.addClassName("card");
        return box;
    }

    private void configureGrid() {
        grid.removeAllColumns();
        grid.addColumn(d -> getTranslation("programme.meeting", d.getMeetingPosition()))
                .setHeader(getTranslation("schedule.meeting"))
                .setAutoWidth(true);
        grid.addColumn(d -> getTranslation("subgroup.short", d.getSubgroupNumber()))
                .setHeader(getTranslation("schedule.subgroup"))
                .setAutoWidth(true);
        grid.addColumn(d -> d.getDate() == null ? "" : dateFormat().format(d.getDate()))
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
        Button button = new Button(getTranslation(draft.isCancelled() ? "schedule.reinstate" : "schedule.cancel"));
        button.addThemeVariants(ButtonVariant.TERTIARY);
        if (!draft.isCancelled()) {
            button.addThemeVariants(ButtonVariant.ERROR);
        }
        button.setAriaLabel(getTranslation(
                draft.isCancelled() ? "schedule.reinstate.named" : "schedule.cancel.named", sessionName(draft)));
        boolean started = draft.getDate() != null
                && draft.getStart() != null
                && !draft.getDate().atTime(draft.getStart()).isAfter(LocalDateTime.now(clock));
        button.setEnabled(draft.getId() != null && !unsaved && !started);
        if (unsaved) {
            button.setTooltipText(getTranslation("schedule.save-first"));
        } else if (started) {
            button.setTooltipText(getTranslation("schedule.error.cancel-started"));
        }
        button.addClickListener(click -> {
            ConfirmDialog confirm = new ConfirmDialog();
            confirm.setHeader(sessionName(draft));
            confirm.setText(
                    getTranslation(draft.isCancelled() ? "schedule.reinstate.confirm" : "schedule.cancel.confirm"));
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("action.back"));
            confirm.setConfirmText(getTranslation(draft.isCancelled() ? "schedule.reinstate" : "schedule.cancel"));
            if (!draft.isCancelled()) {
                confirm.setConfirmButtonTheme("error primary");
            }
            confirm.addConfirmListener(event -> changeStatus(draft));
            confirm.open();
        });
        return button;
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
            Notifications.error(this, e);
        }
        load();
    }

    private String sessionName(SessionDraft draft) {
        return getTranslation("schedule.session-name", draft.getMeetingPosition(), draft.getSubgroupNumber());
    }

    private String trainerName(SessionDraft draft) {
        return trainers.stream()
                .filter(p -> Long.valueOf(p.id()).equals(draft.getTrainerId()))
                .map(PersonProfile::displayName)
                .findFirst()
                .orElse("");
    }

    private void load() {
        unsaved = false;
        working = new ArrayList<>(
                schedule.sessions(courseId).stream().map(SessionDraft::of).toList());
        recheck();
    }

    private void recheck() {
        conflicts = working.isEmpty() ? List.of() : schedule.check(courseId, working);
        grid.setItems(working);
        conflictBox.removeAll();
        long hard = conflicts.stream().filter(Conflict::hard).count();
        if (working.isEmpty()) {
            conflictBox.setText(getTranslation("schedule.empty"));
            conflictBox.setClassName("conflicts callout");
        } else if (conflicts.isEmpty()) {
            conflictBox.setText(getTranslation("schedule.no-conflicts", working.size()));
            conflictBox.setClassName("conflicts callout callout-success");
        } else {
            conflictBox.setClassName(
                    hard > 0 ? "conflicts callout callout-error" : "conflicts callout callout-warning");
            conflictBox.add(new Div(getTranslation(
                    hard > 0 ? "schedule.has-conflicts" : "schedule.has-warnings", hard, conflicts.size() - hard)));
            UnorderedList list = new UnorderedList();
            conflicts.stream().filter(c -> c.sessionIndex() < 0).forEach(c -> list.add(new ListItem(message(c))));
            if (list.getComponentCount() > 0) {
                conflictBox.add(list);
            }
        }
        save.setEnabled(hard == 0 && !working.isEmpty());
    }

    private void saveAll() {
        try {
            schedule.save(courseId, working);
            Notifications.success(this, "schedule.saved");
            load();
        } catch (UserFacingException e) {
            Notifications.error(this, e);
            if (e instanceof nl.pendel.shared.EditConflictException) {
                load();
            }
        }
    }

    private void edit(SessionDraft draft) {
        SessionForm form = new SessionForm(draft, courses.summary(courseId), trainers);
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
        Object[] args = conflict.arguments().stream()
                .map(a -> a.startsWith("holiday.") ? getTranslation(a) : a)
                .toArray();
        return getTranslation(conflict.messageKey(), args);
    }

    private DateTimeFormatter dateFormat() {
        return DateTimeFormatter.ofPattern("EEE d MMM yyyy", getLocale());
    }
}
