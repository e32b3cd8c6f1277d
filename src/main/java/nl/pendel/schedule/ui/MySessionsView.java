package nl.pendel.schedule.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.pendel.schedule.MySession;
import nl.pendel.schedule.ScheduleService;
import nl.pendel.schedule.SessionStatus;
import nl.pendel.security.Roles;
import nl.pendel.shared.ui.MeetingSection;
import nl.pendel.shared.ui.SessionExtension;
import nl.pendel.shared.ui.TranslatedTitle;
import org.springframework.beans.factory.ObjectProvider;

/**
 * A participant's own sessions: date, time, place, the meeting's theme and the preparation
 * assignment due for it, with what other modules add per meeting ({@link MeetingSection}, e.g. the
 * materials). Upcoming sessions first; earlier ones folded away.
 */
@Route("mijn-sessies")
@Menu(title = "menu.my-sessions", order = 4, icon = "vaadin:calendar")
@RolesAllowed(Roles.PARTICIPANT)
class MySessionsView extends Div implements TranslatedTitle {

    private final ObjectProvider<SessionExtension> extensions;
    private final List<Map<Long, Component>> sections;

    MySessionsView(
            ScheduleService schedule,
            List<MeetingSection> meetingSections,
            Clock clock,
            ObjectProvider<SessionExtension> extensions) {
        this.extensions = extensions;
        addClassName("page");
        addClassName("narrow");
        LocalDate today = LocalDate.now(clock);
        List<MySession> sessions = schedule.mySessions();
        List<Long> meetingIds =
                sessions.stream().map(MySession::meetingId).distinct().toList();
        sections = meetingSections.stream()
                .map(section -> (Map<Long, Component>) new HashMap<>(section.create(meetingIds, false)))
                .toList();
        List<MySession> upcoming =
                sessions.stream().filter(s -> !s.date().isBefore(today)).toList();
        List<MySession> past =
                sessions.stream().filter(s -> s.date().isBefore(today)).toList();
        if (sessions.isEmpty()) {
            add(new Paragraph(getTranslation("my-sessions.none")));
            return;
        }
        extensions
                .orderedStream()
                .forEach(extension -> extension.forParticipantPage().ifPresent(this::add));
        if (upcoming.isEmpty()) {
            add(new Paragraph(getTranslation("my-sessions.none-ahead")));
        }
        upcoming.forEach(s -> add(card(s, s == upcoming.getFirst())));
        if (!past.isEmpty()) {
            Div earlier = new Div();
            past.forEach(s -> earlier.add(card(s, false)));
            add(new Details(getTranslation("my-sessions.earlier", past.size()), earlier));
        }
    }

    @Override
    public String titleKey() {
        return "menu.my-sessions";
    }

    private Component card(MySession session, boolean next) {
        Div card = new Div();
        card.addClassName("card");
        card.addClassName("session-card");
        if (next) {
            card.addClassName("next");
            Span label = new Span(getTranslation("my-sessions.next"));
            label.addClassName("badge");
            label.addClassName("badge-success");
            card.add(label);
        }
        if (session.status() == SessionStatus.CANCELLED) {
            Span cancelled = new Span(getTranslation("my-sessions.cancelled"));
            cancelled.addClassName("badge");
            cancelled.addClassName("badge-warning");
            card.add(cancelled);
        }
        DateTimeFormatter day = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", getLocale());
        card.add(
                new H3(getTranslation("programme.meeting", session.meetingPosition()) + ": " + session.meetingTitle()));
        Paragraph when = new Paragraph(getTranslation(
                "my-sessions.when",
                day.format(session.date()),
                session.start(),
                session.end(),
                session.room().isBlank() ? session.location() : session.location() + ", " + session.room()));
        when.addClassName("when");
        card.add(when);
        if (!session.meetingTheme().isBlank()) {
            Paragraph theme = new Paragraph(session.meetingTheme());
            theme.addClassName("muted");
            card.add(theme);
        }
        card.add(new Paragraph(getTranslation("my-sessions.preparation", session.preparationTitle())));
        card.add(new Paragraph(getTranslation("my-sessions.course", session.courseTitle(), session.subgroupNumber())));
        boolean cancelled = session.status() == SessionStatus.CANCELLED;
        extensions.orderedStream().forEach(extension -> extension
                .forParticipant(session.sessionId(), session.date(), session.end(), cancelled)
                .ifPresent(card::add));
        // a meeting held by several sessions (a catch-up) shows its parts with the first only: a component has one
        // place
        sections.forEach(parts -> {
            Component part = parts.remove(session.meetingId());
            if (part != null) {
                card.add(part);
            }
        });
        return card;
    }
}
