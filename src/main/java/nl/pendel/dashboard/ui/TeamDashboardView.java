package nl.pendel.dashboard.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.function.Supplier;
import nl.pendel.dashboard.DashboardExport;
import nl.pendel.dashboard.TeamDashboard;
import nl.pendel.dashboard.TeamDashboardPage;
import nl.pendel.dashboard.TeamDashboardService;
import nl.pendel.shared.UserFacingException;
import nl.pendel.shared.ui.CourseTabs;
import nl.pendel.shared.ui.TranslatedTitle;
import org.springframework.security.access.AccessDeniedException;

/**
 * The team dashboard of a course, for the lead of its team, its trainers and administrators; for
 * anyone else the page does not exist (a course tab for them). Tables scroll sideways on a phone; every bar also
 * says its numbers as text. A breakdown over fewer than three people reads "te weinig deelnemers
 * om te tonen".
 */
@Route("cursussen/:courseId/dashboard")
@PermitAll
class TeamDashboardView extends Div implements BeforeEnterObserver, TranslatedTitle {

    private final TeamDashboardService dashboards;

    TeamDashboardView(TeamDashboardService dashboards) {
        this.dashboards = dashboards;
        addClassNames("page", "team-dashboard");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long courseId = event.getRouteParameters().getLong("courseId").orElse(-1L);
        TeamDashboardPage page;
        try {
            page = dashboards.page(courseId);
        } catch (AccessDeniedException | UserFacingException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        // whoever may see the dashboard may also see attendance: the attendance tab shows
        add(new H2(page.dashboard().courseTitle()), new CourseTabs(courseId, CourseTabs.Tab.DASHBOARD, true));
        show(page);
    }

    @Override
    public String titleKey() {
        return "dashboard.title";
    }

    private void show(TeamDashboardPage page) {
        TeamDashboard d = page.dashboard();
        DashboardWriter out = new DashboardWriter(this, getLocale());
        ScoreSections scores = new ScoreSections(out);
        TeamSections team = new TeamSections(out);
        out.heading(getTranslation("dashboard.title"));
        add(new Paragraph(getTranslation("dashboard.intro", 1, 5)));
        add(downloads(d.courseId()));
        scores.completion(d);
        if (!d.moments().isEmpty()) {
            scores.competences(d);
            scores.balance(d);
            team.groups(getTranslation("dashboard.by-subgroup"), d.bySubgroup(), d);
            team.groups(getTranslation("dashboard.by-discipline"), d.byDiscipline(), d);
            scores.developmentPoints(d);
        }
        team.preconditions(d.courseId(), page.preconditions());
        team.attendance(d);
        team.homework(d);
    }

    private Div downloads(long courseId) {
        Locale locale = getLocale();
        Anchor csv = new Anchor(download(() -> dashboards.csv(courseId, locale)), getTranslation("dashboard.csv"));
        Anchor pdf = new Anchor(download(() -> dashboards.pdf(courseId, locale)), getTranslation("dashboard.pdf"));
        csv.setId("dashboard-csv");
        pdf.setId("dashboard-pdf");
        Div links = new Div(csv, pdf);
        links.addClassName("toolbar");
        return links;
    }

    private static DownloadHandler download(Supplier<DashboardExport> export) {
        return DownloadHandler.fromInputStream(event -> {
            DashboardExport file = export.get();
            byte[] content = file.content();
            return new DownloadResponse(
                    new ByteArrayInputStream(content), file.fileName(), file.contentType(), content.length);
        });
    }
}
