package nl.pendel.attendance.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import nl.pendel.account.PersonProfile;
import nl.pendel.attendance.AccreditationService;
import nl.pendel.attendance.AttendanceRow;
import nl.pendel.attendance.AttendanceService;
import nl.pendel.attendance.AttendanceStatus;
import nl.pendel.attendance.ParticipantHours;
import nl.pendel.course.CoursePage;
import nl.pendel.course.CourseService;
import nl.pendel.schedule.ScheduleService;
import nl.pendel.schedule.SessionStatus;
import nl.pendel.schedule.SessionView;
import nl.pendel.security.CurrentUser;
import nl.pendel.shared.ScreenReads;
import nl.pendel.shared.UserFacingException;
import nl.pendel.shared.ui.CourseTabs;
import nl.pendel.shared.ui.Fields;
import nl.pendel.shared.ui.Notifications;
import nl.pendel.shared.ui.TranslatedTitle;
import org.jspecify.annotations.Nullable;

/**
 * Attendance of a course. Its trainers pick a session and mark each participant present, absent
 * or excused (each change is stored at once), and can add a catch-up from another subgroup; the
 * overview shows meetings attended and contact hours (for the trainers also each register number,
 * or that it is missing), and they download the accreditation list (CSV, PDF). The team lead sees
 * the overview only.
 */
@Route("cursussen/:courseId/aanwezigheid")
@PermitAll
class AttendanceView extends Div implements BeforeEnterObserver, TranslatedTitle {

    private final AttendanceService attendance;
    private final AccreditationService accreditation;
    private final CourseService courses;
    private final ScheduleService schedule;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final Div sheet = new Div();
    private final Grid<ParticipantHours> overview = new Grid<>();
    private long courseId;

    private final ScreenReads reads;

    AttendanceView(
            AttendanceService attendance,
            AccreditationService accreditation,
            CourseService courses,
            ScheduleService schedule,
            CurrentUser currentUser,
            Clock clock,
            ScreenReads reads) {
        this.reads = reads;
        this.attendance = attendance;
        this.accreditation = accreditation;
        this.courses = courses;
        this.schedule = schedule;
        this.currentUser = currentUser;
        this.clock = clock;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        reads.run(() -> enter(event));
    }

    /** Builds the screen, in one read-only transaction ({@link ScreenReads}). */
    private void enter(BeforeEnterEvent event) {
        CoursePage.enter(event, courses, currentUser).ifPresent(page -> {
            if (!page.attendance()) {
                event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
                return;
            }
            courseId = page.courseId();
            build(page.access().canManage(currentUser.require()), page.manage());
        });
    }

    @Override
    public String titleKey() {
        return "course.tab.attendance";
    }

    private void build(boolean trainer, boolean editable) {
        removeAll();
        add(new H2(courses.summary(courseId).title()), new CourseTabs(courseId, CourseTabs.Tab.ATTENDANCE));
        if (trainer) {
            List<SessionView> sessions = schedule.sessions(courseId);
            if (sessions.isEmpty()) {
                add(new Paragraph(getTranslation("attendance.no-sessions")));
            } else {
                Select<SessionView> session = new Select<>();
                session.setLabel(getTranslation("attendance.session"));
                session.setItems(sessions);
                DateTimeFormatter day = DateTimeFormatter.ofPattern("EEE d MMM", getLocale());
                session.setItemLabelGenerator(s -> getTranslation(
                        "attendance.session.label",
                        s.meetingPosition(),
                        s.subgroupNumber(),
                        day.format(s.date()),
                        s.start()));
                LocalDate today = LocalDate.now(clock);
                session.setValue(sessions.stream()
                        .filter(s -> !s.date().isAfter(today))
                        .reduce((a, b) -> b)
                        .orElse(sessions.getFirst()));
                session.addValueChangeListener(change -> showSheet(change.getValue(), editable));
                add(session, sheet);
                showSheet(session.getValue(), editable);
            }
        }
        add(new H3(getTranslation("attendance.overview")));
        // the view is entered anew when its route is opened again: its grid starts without columns
        overview.removeAllColumns();
        NumberFormat hours = NumberFormat.getNumberInstance(getLocale());
        hours.setMaximumFractionDigits(1);
        overview.addColumn(h -> h.person().displayName())
                .setHeader(getTranslation("person.name"))
                .setFlexGrow(2);
        overview.addColumn(h -> getTranslation("attendance.meetings-value", h.meetingsAttended(), h.meetingsHeld()))
                .setHeader(getTranslation("attendance.meetings"));
        overview.addColumn(h -> hours.format(h.contactHours())).setHeader(getTranslation("attendance.hours"));
        overview.setAllRowsVisible(true);
        overview.setAriaLabel(getTranslation("attendance.overview"));
        add(overview);
        List<ParticipantHours> rows = attendance.overview(courseId);
        overview.setItems(rows);
        if (trainer) {
            Map<Long, String> numbers = accreditation.registerNumbers(courseId);
            overview.addComponentColumn(
                            h -> registerNumber(numbers.get(h.person().id())))
                    .setHeader(getTranslation("attendance.accreditation.register-number"))
                    .setKey("register-number");
            add(new AccreditationSection(
                    accreditation,
                    courseId,
                    rows.stream()
                            .map(ParticipantHours::person)
                            .filter(p -> !numbers.containsKey(p.id()))
                            .map(PersonProfile::displayName)
                            .toList()));
        }
    }

    /** The participant's register number, or a marker that it is missing. */
    private Span registerNumber(@Nullable String number) {
        if (number != null) {
            return new Span(number);
        }
        Span missing = new Span(getTranslation("attendance.accreditation.register-number.missing"));
        missing.addClassNames("badge", "badge-warning", "register-number-missing");
        return missing;
    }

    private void showSheet(SessionView session, boolean editable) {
        sheet.removeAll();
        sheet.addClassName("card");
        boolean cancelled = session.status() == SessionStatus.CANCELLED;
        if (cancelled) {
            Paragraph notice = new Paragraph(getTranslation("attendance.session-cancelled"));
            notice.addClassNames("callout", "callout-warning");
            sheet.add(notice);
        }
        for (AttendanceRow row : attendance.sheet(courseId, session.id())) {
            sheet.add(row(session, row, editable && !cancelled));
        }
        if (editable && !cancelled) {
            ComboBox<PersonProfile> catchUp = new ComboBox<>(getTranslation("attendance.catch-up"));
            catchUp.setItems(attendance.catchUpCandidates(courseId, session.id()));
            catchUp.setItemLabelGenerator(PersonProfile::displayName);
            catchUp.setHelperText(getTranslation("attendance.catch-up.help"));
            catchUp.addValueChangeListener(change -> {
                if (change.getValue() != null) {
                    try {
                        attendance.record(
                                courseId, session.id(), change.getValue().id(), AttendanceStatus.PRESENT, "");
                        Notifications.success(this, "saved");
                    } catch (UserFacingException e) {
                        Notifications.error(this, e);
                    }
                    showSheet(session, true);
                    refreshOverview();
                }
            });
            sheet.add(catchUp);
        }
    }

    private Div row(SessionView session, AttendanceRow row, boolean editable) {
        Div line = new Div();
        line.addClassName("attendance-row");
        Div who = new Div(new Span(row.person().displayName()));
        who.addClassName("who");
        if (row.catchUp()) {
            Span badge = new Span(getTranslation("attendance.catch-up.badge"));
            badge.addClassName("badge");
            who.add(badge);
        }
        RadioButtonGroup<AttendanceStatus> status = new RadioButtonGroup<>();
        status.setAriaLabel(getTranslation("attendance.status.of", row.person().displayName()));
        status.setItems(AttendanceStatus.values());
        status.setItemLabelGenerator(s -> getTranslation(s.translationKey()));
        status.setValue(row.status());
        status.setReadOnly(!editable);
        status.addThemeVariants(com.vaadin.flow.component.radiobutton.RadioGroupVariant.AURA_HORIZONTAL);
        TextField note = Fields.text(null, AttendanceService.NOTE_MAX);
        note.setPlaceholder(getTranslation("attendance.note"));
        note.setAriaLabel(getTranslation("attendance.note.of", row.person().displayName()));
        note.setValue(row.note());
        note.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        note.setReadOnly(!editable);
        status.addValueChangeListener(change -> save(session, row.person(), change.getValue(), note.getValue()));
        note.addValueChangeListener(change -> {
            if (status.getValue() != null) {
                save(session, row.person(), status.getValue(), change.getValue());
            }
        });
        line.add(who, status, note);
        return line;
    }

    private void save(SessionView session, PersonProfile person, @Nullable AttendanceStatus status, String note) {
        if (status == null) {
            return;
        }
        try {
            attendance.record(courseId, session.id(), person.id(), status, note);
            refreshOverview();
        } catch (UserFacingException e) {
            Notifications.error(this, e);
        }
    }

    private void refreshOverview() {
        overview.setItems(attendance.overview(courseId));
    }
}
