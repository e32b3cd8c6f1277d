package nl.pendel.schedule.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.pendel.schedule.CalendarSession;
import nl.pendel.schedule.TrainerCalendarService;
import nl.pendel.security.Roles;
import nl.pendel.shared.ui.TranslatedTitle;

/**
 * A trainer's calendar: all their sessions across their courses, by week or by month. The week
 * or month shown is kept in the address, so it can be bookmarked and the back button returns to
 * the previous one.
 */
@Route("agenda")
@Menu(title = "menu.agenda", order = 6, icon = "vaadin:calendar-user")
@RolesAllowed(Roles.TRAINER)
class AgendaView extends Div implements BeforeEnterObserver, TranslatedTitle {

    private final TrainerCalendarService calendar;
    private final Clock clock;
    private final H2 heading = new H2();
    private final Button previous = new Button(VaadinIcon.ANGLE_LEFT.create());
    private final Button today = new Button();
    private final Button next = new Button(VaadinIcon.ANGLE_RIGHT.create());
    private final Button week = new Button();
    private final Button month = new Button();
    private final Div body = new Div();
    private AgendaPeriod period;

    AgendaView(TrainerCalendarService calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
        addClassNames("page", "agenda");
        heading.addClassName("agenda-heading");
        heading.getElement().setAttribute("aria-live", "polite");
        today.setText(getTranslation("agenda.today"));
        previous.addClassName("agenda-previous");
        today.addClassName("agenda-today");
        next.addClassName("agenda-next");
        previous.addClickListener(click -> show(period.previous()));
        today.addClickListener(click -> show(new AgendaPeriod(period.mode(), LocalDate.now(this.clock))));
        next.addClickListener(click -> show(period.next()));
        Div navigation = new Div(previous, today, next);
        navigation.addClassName("agenda-nav");

        week.setText(getTranslation("agenda.week"));
        month.setText(getTranslation("agenda.month"));
        week.addClickListener(click -> show(period.in(AgendaPeriod.Mode.WEEK, LocalDate.now(this.clock))));
        month.addClickListener(click -> show(period.in(AgendaPeriod.Mode.MONTH, LocalDate.now(this.clock))));
        Div modes = new Div(week, month);
        modes.addClassName("agenda-mode");
        modes.getElement().setAttribute("role", "group");
        modes.getElement().setAttribute("aria-label", getTranslation("agenda.view"));

        Div toolbar = new Div(heading, navigation, modes);
        toolbar.addClassName("agenda-toolbar");
        body.addClassName("agenda-body");
        add(toolbar, body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        LocalDate now = LocalDate.now(clock);
        period = AgendaPeriod.of(event.getLocation().getQueryParameters(), now);
        boolean isMonth = period.mode() == AgendaPeriod.Mode.MONTH;
        String unit = isMonth ? "month" : "week";
        heading.setText(
                isMonth
                        ? period.title(getLocale())
                        : getTranslation("agenda.week-heading", period.weekNumber(), period.title(getLocale())));
        previous.setAriaLabel(getTranslation("agenda.previous." + unit));
        previous.setTooltipText(getTranslation("agenda.previous." + unit));
        next.setAriaLabel(getTranslation("agenda.next." + unit));
        next.setTooltipText(getTranslation("agenda.next." + unit));
        pressed(week, !isMonth);
        pressed(month, isMonth);

        List<LocalDate> days = period.days();
        List<CalendarSession> sessions = calendar.sessions(days.getFirst(), days.getLast());
        body.removeAll();
        if (sessions.stream().noneMatch(s -> period.contains(s.date()))) {
            Paragraph none = new Paragraph(getTranslation("agenda.none." + unit));
            none.addClassNames("muted", "agenda-none");
            body.add(none);
        }
        body.add(new AgendaCalendar(period, sessions, now));
    }

    @Override
    public String titleKey() {
        return "menu.agenda";
    }

    /** Shows another period through the address, so it becomes a step in the browser history. */
    private void show(AgendaPeriod other) {
        UI.getCurrent().navigate(AgendaView.class, other.queryParameters());
    }

    private static void pressed(Button button, boolean pressed) {
        button.getElement().setAttribute("aria-pressed", String.valueOf(pressed));
        if (pressed) {
            button.addThemeVariants(ButtonVariant.PRIMARY);
        } else {
            button.removeThemeVariants(ButtonVariant.PRIMARY);
        }
    }
}
