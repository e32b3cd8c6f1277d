package nl.pendel.schedule.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import nl.pendel.schedule.CalendarSession;

/**
 * The days of a week (seven columns) or a month (a grid of whole weeks, days of other months
 * dimmed), today marked, each day with its sessions as links to the course's schedule. On a phone
 * the stylesheet turns both into a list of the days that have sessions.
 */
class AgendaCalendar extends Div {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Locale locale;

    AgendaCalendar(AgendaPeriod period, List<CalendarSession> sessions, LocalDate today) {
        this.locale = getLocale();
        boolean month = period.mode() == AgendaPeriod.Mode.MONTH;
        addClassName("agenda-calendar");
        Map<LocalDate, List<CalendarSession>> byDay =
                sessions.stream().collect(Collectors.groupingBy(CalendarSession::date));
        if (month) {
            add(weekdays());
        }
        OrderedList days = new OrderedList();
        days.addClassNames("agenda-grid", month ? "agenda-month" : "agenda-week");
        for (LocalDate day : period.days()) {
            days.add(day(day, byDay.getOrDefault(day, List.of()), month, period.contains(day), day.equals(today)));
        }
        add(days);
    }

    private Component weekdays() {
        Div names = new Div();
        names.addClassName("agenda-weekdays");
        names.getElement().setAttribute("aria-hidden", "true");
        for (DayOfWeek day : DayOfWeek.values()) {
            names.add(new Span(day.getDisplayName(TextStyle.SHORT, locale)));
        }
        return names;
    }

    private Component day(LocalDate day, List<CalendarSession> sessions, boolean month, boolean inside, boolean today) {
        ListItem item = new ListItem();
        item.addClassName("agenda-day");
        if (!inside) {
            item.addClassName("outside");
        }
        if (sessions.isEmpty()) {
            item.addClassName("empty");
        }
        if (today) {
            item.addClassName("today");
            item.getElement().setAttribute("aria-current", "date");
        }
        Span shortLabel = new Span(
                DateTimeFormatter.ofPattern(month ? "d" : "EEE d", locale).format(day));
        shortLabel.addClassName("day-short");
        shortLabel.getElement().setAttribute("aria-hidden", "true");
        Span longLabel =
                new Span(DateTimeFormatter.ofPattern("EEEE d MMMM", locale).format(day));
        longLabel.addClassName("day-long");
        H3 label = new H3(shortLabel, longLabel);
        label.addClassName("agenda-day-label");
        item.add(label);
        if (!sessions.isEmpty()) {
            UnorderedList list = new UnorderedList();
            list.addClassName("agenda-sessions");
            sessions.forEach(s -> list.add(new ListItem(card(s, longLabel.getText()))));
            item.add(list);
        }
        return item;
    }

    /**
     * A session: its time, course, meeting and place, and — not shown, only read out — its day and
     * the meeting's title. The link's accessible name is its own text, so what a sighted user reads
     * is always part of what a speech-input or screen-reader user hears (WCAG 2.5.3, axe's
     * label-content-name-mismatch); an aria-label would replace the text instead.
     */
    private Component card(CalendarSession session, String dayText) {
        HasComponents card =
                session.courseOpen() ? new Anchor("cursussen/" + session.courseId() + "/rooster", "") : new Div();
        Component component = (Component) card;
        component.getElement().getClassList().add("agenda-session");
        String meeting = getTranslation("programme.meeting", session.meetingPosition()) + " · "
                + getTranslation("subgroup.short", session.subgroupNumber());
        spaced(card, text("agenda-spoken", dayText + ","));
        if (session.cancelled()) {
            component.getElement().getClassList().add("cancelled");
            Span cancelled = new Span(getTranslation("agenda.cancelled"));
            cancelled.addClassNames("badge", "badge-warning");
            spaced(card, cancelled);
        }
        // the month shows only the start and the course; the rest is read out there, not shown
        Span when = text("agenda-time", TIME.format(session.start()));
        when.add(text("agenda-until", "–" + TIME.format(session.end())));
        Span meetingText = text("agenda-meeting", meeting);
        meetingText.add(text("agenda-spoken", " (" + session.meetingTitle() + ")"));
        spaced(
                card,
                when,
                text("agenda-course", session.courseTitle()),
                meetingText,
                text("agenda-place", session.place()));
        component.getElement().setAttribute("title", session.meetingTitle());
        return component;
    }

    /** Adds the parts with a space between them: not shown in the flex layout, but read out. */
    private static void spaced(HasComponents card, Component... parts) {
        for (Component part : parts) {
            if (((Component) card).getElement().getChildCount() > 0) {
                card.add(new Text(" "));
            }
            card.add(part);
        }
    }

    private static Span text(String className, String text) {
        Span span = new Span(text);
        span.addClassName(className);
        return span;
    }
}
