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
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import nl.pendel.account.PersonProfile;
import nl.pendel.attendance.AccreditationService;
import nl.pendel.attendance.AttendancePage;
import nl.pendel.attendance.AttendanceRow;
import nl.pendel.attendance.AttendanceService;
import nl.pendel.attendance.AttendanceSheet;
import nl.pendel.attendance.AttendanceStatus;
import nl.pendel.attendance.ParticipantHours;
import nl.pendel.schedule.SessionStatus;
import nl.pendel.schedule.SessionView;
import nl.pendel.shared.UserFacingException;
import nl.pendel.shared.ui.CourseTabs;
import nl.pendel.shared.ui.Fields;
import nl.pendel.shared.ui.Notifications;
import nl.pendel.shared.ui.SessionExtension;
import nl.pendel.shared.ui.TranslatedTitle;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;

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
    private final Div sheet = new Div();
    private final Grid<ParticipantHours> overview = new Grid<>();
    private final ObjectProvider<SessionExtension> extensions;
    private long courseId;

    AttendanceView(
            AttendanceService attendance,
            AccreditationService accreditation,
            ObjectProvider<SessionExtension> extensions) {
        this.attendance = attendance;
        this.accreditation = accreditation;
        this.extensions = extensions;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        courseId = event.getRouteParameters().getLong("courseId").orElse(-1L);
        try {
            build(attendance.page(courseId));
        } catch (AccessDeniedException | UserFacingException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    @Override
    public String titleKey() {
        return "course.tab.attendance";
    }

    private void build(AttendancePage page) {
        removeAll();
        add(new H2(page.courseTitle()), new CourseTabs(courseId, CourseTabs.Tab.ATTENDANCE));
        if (page.trainer()) {
            addSessions(page);
        }
        add(new H3(getTranslation("attendance.overview")));
        configureOverview();
        add(overview);
        overview.setItems(page.overview());
        if (page.trainer()) {
            Map<Long, String> numbers = page.registerNumbers();
            overview.addComponentColumn(
                            h -> registerNumber(numbers.get(h.person().id())))
                    .setHeader(getTranslation("attendance.accreditation.register-number"))
                    .setKey("register-number");
            add(new AccreditationSection(
                    accreditation,
                    courseId,
                    page.overview().stream()
                            .map(ParticipantHours::person)
                            .filter(p -> !numbers.containsKey(p.id()))
                            .map(PersonProfile::displayName)
                            .toList()));
        }
    }

    /** The trainer's choice of session with the list of the one chosen (at first the last one held). */
    private void addSessions(AttendancePage page) {
        AttendanceSheet first = page.sheet();
        if (first == null) {
            add(new Paragraph(getTranslation("attendance.no-sessions")));
            return;
        }
        Select<SessionView> session = new Select<>();
        session.setLabel(getTranslation("attendance.session"));
        session.setItems(page.sessions());
        DateTimeFormatter day = DateTimeFormatter.ofPattern("EEE d MMM", getLocale());
        session.setItemLabelGenerator(s -> getTranslation(
                "attendance.session.label", s.meetingPosition(), s.subgroupNumber(), day.format(s.date()), s.start()));
        session.setValue(first.session());
        session.addValueChangeListener(change ->
                showSheet(attendance.sheetOf(courseId, change.getValue().id()), page.editable()));
        add(session, sheet);
        showSheet(first, page.editable());
    }

    private void configureOverview() {
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
    }

    /** The participant's register number, or a marker that it is missing. */
    private Span registerNumber(String number) {
        if (number != null) {
            return new Span(number);
        }
        Span missing = new Span(getTranslation("attendance.accreditation.register-number.missing"));
        missing.addClassNames("badge", "badge-warning", "register-number-missing");
        return missing;
    }

    private void showSheet(AttendanceSheet shown, boolean editable) {
        SessionView session = shown.session();
        sheet.removeAll();
        sheet.addClassName("card");
        boolean cancelled = session.status() == SessionStatus.CANCELLED;
        if (cancelled) {
            Paragraph notice = new Paragraph(getTranslation("attendance.session-cancelled"));
            notice.addClassNames("callout", "callout-warning");
            sheet.add(notice);
        }
        for (AttendanceRow row : shown.rows()) {
            sheet.add(row(session, row, editable && !cancelled));
        }
        // what other modules show beside the list, e.g. the look-back on the subgroup's previous session
        extensions.orderedStream().forEach(extension -> extension
                .forTrainer(courseId, session.meetingId(), session.subgroupNumber())
                .ifPresent(sheet::add));
        if (editable && !cancelled) {
            ComboBox<PersonProfile> catchUp = new ComboBox<>(getTranslation("attendance.catch-up"));
            catchUp.setItems(shown.catchUpCandidates());
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
                    showSheet(attendance.sheetOf(courseId, session.id()), true);
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

    private void save(SessionView session, PersonProfile person, AttendanceStatus status, String note) {
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
