package nl.pendel.lookback.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import nl.pendel.lookback.LookBackResultsService;
import nl.pendel.lookback.LookBackWindow;
import nl.pendel.lookback.SessionLookBack;
import nl.pendel.shared.ui.SessionExtension;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;

/**
 * The look-back on the session screens of other modules: for a participant a link to fill it in
 * while its window is open; for the trainers "Terugblik op vorige keer" (the subgroup's previous
 * session) in the session briefing and beside the attendance list.
 */
@org.springframework.stereotype.Component
@Order(10)
class LookBackSessionExtension implements SessionExtension {

    private final LookBackResultsService results;
    private final Clock clock;

    LookBackSessionExtension(LookBackResultsService results, Clock clock) {
        this.results = results;
        this.clock = clock;
    }

    @Override
    public Optional<Component> forTrainer(long courseId, long meetingId, int subgroupNumber) {
        Optional<SessionLookBack> previous;
        try {
            previous = results.previous(courseId, meetingId, subgroupNumber);
        } catch (AccessDeniedException e) {
            return Optional.empty(); // the course's trainers only
        }
        return previous.map(lookBack -> {
            SessionLookBackCard card = new SessionLookBackCard(lookBack, "lookback.previous");
            card.addClassName("look-back-previous");
            Anchor all = new Anchor(LookBackResultsView.route(courseId), card.getTranslation("lookback.results.all"));
            all.addClassName("no-print");
            card.add(new Div(all));
            return card;
        });
    }

    @Override
    public Optional<Component> forParticipant(long sessionId, LocalDate date, LocalTime end, boolean cancelled) {
        if (cancelled || !LookBackWindow.of(date, end).isOpen(clock.instant())) {
            return Optional.empty();
        }
        Div link = new Div();
        link.addClassName("look-back-link");
        link.add(new Anchor(LookBackView.route(sessionId), link.getTranslation("lookback.fill-in")));
        return Optional.of(link);
    }
}
