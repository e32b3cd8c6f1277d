package nl.pendel.lookback.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.pendel.lookback.LookBackResults;
import nl.pendel.lookback.LookBackResultsService;
import nl.pendel.lookback.SessionLookBack;
import nl.pendel.security.Roles;
import nl.pendel.shared.UserFacingException;
import nl.pendel.shared.ui.CourseTabs;
import nl.pendel.shared.ui.TranslatedTitle;
import org.springframework.security.access.AccessDeniedException;

/**
 * The look-backs of a course per session, for its trainers (texts, names where signed) and the
 * lead of its team (numbers and, from three answers, the average only).
 */
@Route("cursussen/:courseId/terugblik")
@RolesAllowed({Roles.TRAINER, Roles.ADMIN, Roles.TEAM_LEAD})
class LookBackResultsView extends Div implements BeforeEnterObserver, TranslatedTitle {

    private final LookBackResultsService results;

    LookBackResultsView(LookBackResultsService results) {
        this.results = results;
        addClassName("page");
    }

    static String route(long courseId) {
        return "cursussen/" + courseId + "/terugblik";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long courseId = event.getRouteParameters().getLong("courseId").orElse(-1L);
        try {
            build(results.results(courseId));
        } catch (AccessDeniedException | UserFacingException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    @Override
    public String titleKey() {
        return "lookback.results.title";
    }

    private void build(LookBackResults page) {
        removeAll();
        add(new H2(page.courseTitle()), new CourseTabs(page.courseId(), CourseTabs.Tab.LOOK_BACK, true));
        if (!page.trainer()) {
            Paragraph lead =
                    new Paragraph(getTranslation("lookback.results.lead", LookBackResultsService.MIN_FOR_AVERAGE));
            lead.addClassName("muted");
            add(lead);
        }
        if (page.sessions().isEmpty()) {
            add(new Paragraph(getTranslation("lookback.results.nothing")));
        }
        for (SessionLookBack session : page.sessions()) {
            add(new SessionLookBackCard(
                    session, "lookback.results.card", session.meetingPosition(), session.subgroupNumber()));
        }
    }
}
