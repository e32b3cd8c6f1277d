package nl.pendel.lookback.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import nl.pendel.lookback.LookBackDraft;
import nl.pendel.lookback.LookBackForm;
import nl.pendel.lookback.LookBackService;
import nl.pendel.security.Roles;
import nl.pendel.shared.UserFacingException;
import nl.pendel.shared.ui.Notifications;
import nl.pendel.shared.ui.TranslatedTitle;
import org.springframework.security.access.AccessDeniedException;

/**
 * A participant's look-back on one of their sessions, made for a phone: the questions, "zet mijn
 * naam erbij" and send. Open from half an hour before the session ends until a week after.
 */
@Route("terugblik/:sessionId")
@RolesAllowed(Roles.PARTICIPANT)
class LookBackView extends Div implements BeforeEnterObserver, TranslatedTitle {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private final LookBackService lookBacks;
    private long sessionId;

    LookBackView(LookBackService lookBacks) {
        this.lookBacks = lookBacks;
        addClassNames("page", "narrow", "look-back");
    }

    static String route(long sessionId) {
        return "terugblik/" + sessionId;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        sessionId = event.getRouteParameters().getLong("sessionId").orElse(-1L);
        try {
            build(lookBacks.form(sessionId));
        } catch (AccessDeniedException | UserFacingException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    @Override
    public String titleKey() {
        return "lookback.title";
    }

    private void build(LookBackForm form) {
        removeAll();
        add(new Anchor("mijn-sessies", getTranslation("lookback.back")));
        add(new H2(getTranslation("lookback.heading", form.meetingPosition(), form.meetingTitle())));
        DateTimeFormatter day = DateTimeFormatter.ofPattern("EEEE d MMMM", getLocale());
        Paragraph which = new Paragraph(
                getTranslation("lookback.session", day.format(form.date()), form.courseTitle(), form.subgroupNumber()));
        which.addClassName("muted");
        add(which);
        String closes = DateTimeFormatter.ofPattern("EEEE d MMMM HH:mm", getLocale())
                .format(form.window().closes().atZone(AMSTERDAM));
        if (!form.open()) {
            String opens = DateTimeFormatter.ofPattern("EEEE d MMMM HH:mm", getLocale())
                    .format(form.window().opens().atZone(AMSTERDAM));
            Paragraph closed = new Paragraph(getTranslation("lookback.closed", opens, closes));
            closed.addClassNames("callout", "callout-warning");
            add(closed);
            return;
        }
        if (!form.questionnaire().description().isBlank()) {
            add(new Paragraph(form.questionnaire().description()));
        }
        if (form.mine().version() > 0) {
            Paragraph sent = new Paragraph(getTranslation("lookback.sent", closes));
            sent.addClassNames("callout", "look-back-sent");
            add(sent);
        }
        add(new LookBackFormPanel(form.questionnaire(), form.mine(), this::save));
    }

    private void save(LookBackDraft draft) {
        try {
            LookBackForm saved = lookBacks.save(sessionId, draft);
            Notifications.success(this, "lookback.thanks");
            build(saved);
        } catch (UserFacingException e) {
            Notifications.error(this, e);
        }
    }
}
