package nl.pendel.dashboard.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import nl.pendel.assessment.MomentKind;
import nl.pendel.course.CoursePage;
import nl.pendel.course.CourseService;
import nl.pendel.dashboard.DashboardExport;
import nl.pendel.dashboard.TeamDashboard;
import nl.pendel.dashboard.TeamDashboard.BalanceChange;
import nl.pendel.dashboard.TeamDashboard.BalanceMoment;
import nl.pendel.dashboard.TeamDashboard.Change;
import nl.pendel.dashboard.TeamDashboard.CompetenceRow;
import nl.pendel.dashboard.TeamDashboard.GroupRow;
import nl.pendel.dashboard.TeamDashboard.IndicatorRow;
import nl.pendel.dashboard.TeamDashboard.MomentCompletion;
import nl.pendel.dashboard.TeamDashboard.Stats;
import nl.pendel.dashboard.TeamDashboardService;
import nl.pendel.homework.MeetingCompletion;
import nl.pendel.precondition.Comparison;
import nl.pendel.precondition.PreconditionService;
import nl.pendel.security.CurrentUser;
import nl.pendel.shared.ScreenReads;
import nl.pendel.shared.ui.CourseTabs;
import nl.pendel.shared.ui.TranslatedTitle;
import org.jspecify.annotations.Nullable;
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
    private final PreconditionService preconditions;
    private final CourseService courses;
    private final CurrentUser currentUser;
    private final ScreenReads reads;
    private @Nullable NumberFormat numbers;
    private String headingId = "";
    private int headings;

    TeamDashboardView(
            TeamDashboardService dashboards,
            PreconditionService preconditions,
            CourseService courses,
            CurrentUser currentUser,
            ScreenReads reads) {
        this.reads = reads;
        this.dashboards = dashboards;
        this.preconditions = preconditions;
        this.courses = courses;
        this.currentUser = currentUser;
        addClassNames("page", "team-dashboard");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        reads.run(() -> enter(event));
    }

    /** Builds the screen, in one read-only transaction ({@link ScreenReads}). */
    private void enter(BeforeEnterEvent event) {
        CoursePage.enter(event, courses, currentUser).ifPresent(page -> {
            if (!page.attendance()) {
                event.rerouteToError(NotFoundException.class);
                return;
            }
            TeamDashboard dashboard;
            try {
                dashboard = dashboards.dashboard(page.courseId());
            } catch (AccessDeniedException e) {
                event.rerouteToError(NotFoundException.class);
                return;
            }
            removeAll();
            add(
                    new H2(dashboard.courseTitle()),
                    new CourseTabs(page.courseId(), CourseTabs.Tab.DASHBOARD, page.attendance()));
            show(dashboard);
        });
    }

    @Override
    public String titleKey() {
        return "dashboard.title";
    }

    private void show(TeamDashboard d) {
        heading(getTranslation("dashboard.title"));
        add(new Paragraph(getTranslation("dashboard.intro", 1, 5)));
        add(downloads(d.courseId()));
        completion(d);
        if (!d.moments().isEmpty()) {
            competences(d);
            balance(d);
            groups(getTranslation("dashboard.by-subgroup"), d.bySubgroup(), d);
            groups(getTranslation("dashboard.by-discipline"), d.byDiscipline(), d);
            developmentPoints(d);
        }
        preconditions(d.courseId());
        attendance(d);
        homework(d);
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

    // ---- parts

    private void completion(TeamDashboard d) {
        heading(getTranslation("dashboard.completion"));
        Div list = new Div();
        list.addClassName("dashboard-completion");
        for (MomentCompletion c : d.completion()) {
            String text = getTranslation("dashboard.completion-line", c.submitted(), c.participants());
            Div row = new Div(new Span(moment(c.kind()) + ": " + text));
            row.add(bar(c.participants() == 0 ? 0 : 100.0 * c.submitted() / c.participants()));
            list.add(row);
        }
        add(list);
        if (d.moments().isEmpty()) {
            add(new Paragraph(getTranslation("dashboard.nothing-yet")));
        }
    }

    private void competences(TeamDashboard d) {
        heading(getTranslation("dashboard.competences"));
        List<String> header = new ArrayList<>(List.of(getTranslation("dashboard.competence")));
        d.moments().forEach(k -> header.add(moment(k)));
        List<Change> anyChanges = d.competences().getFirst().changes();
        anyChanges.forEach(c -> header.add(moment(c.from()) + " → " + moment(c.to())));
        Element table = table(header);
        List<String> indicatorHeader = new ArrayList<>(header);
        indicatorHeader.set(0, getTranslation("dashboard.indicator"));
        Element indicators = table(indicatorHeader);
        for (CompetenceRow c : d.competences()) {
            Element row = row(table, "dashboard-competence");
            text(row, "th", c.code() + " " + c.shortTitle());
            statsCells(row, c.perMoment(), d.moments());
            c.changes().forEach(ch -> text(row, "td", change(ch.difference())));
            for (IndicatorRow i : c.indicators()) {
                Element sub = row(indicators, "dashboard-indicator");
                text(sub, "th", i.code() + " " + i.text());
                statsCells(sub, i.perMoment(), d.moments());
                i.changes().forEach(ch -> text(sub, "td", change(ch.difference())));
            }
        }
        add(wrap(table, headingId));
        // the indicators make the page long on a phone: folded away until asked for
        Details perIndicator = new Details(getTranslation("dashboard.indicators"), wrap(indicators, headingId));
        perIndicator.setId("dashboard-indicators");
        perIndicator.addClassName("dashboard-details");
        add(perIndicator);
    }

    private void preconditions(long courseId) {
        heading(getTranslation("dashboard.preconditions"));
        Paragraph help = new Paragraph(getTranslation("dashboard.preconditions.help"));
        help.addClassName("muted");
        add(help);
        List<Comparison.Row> figures = preconditions.figures(courseId);
        Element table = table(List.of(
                "",
                getTranslation("dashboard.preconditions.team"),
                getTranslation("dashboard.preconditions.lead"),
                getTranslation("dashboard.preconditions.gap")));
        for (Comparison.Row r : figures) {
            Element row = row(table, "dashboard-precondition");
            text(row, "th", getTranslation(r.precondition().translationKey()));
            text(row, "td", r.teamShown() ? number(r.teamAverage()) : getTranslation("dashboard.hidden"));
            text(row, "td", r.leadRating() == null ? "–" : number(r.leadRating()));
            text(row, "td", r.teamShown() && r.leadRating() != null ? change(r.teamAverage() - r.leadRating()) : "");
        }
        add(wrap(table, headingId));
        add(new Anchor("cursussen/" + courseId + "/randvoorwaarden", getTranslation("dashboard.preconditions.link")));
    }

    private void statsCells(Element row, Map<MomentKind, Stats> perMoment, List<MomentKind> moments) {
        for (MomentKind kind : moments) {
            Stats s = perMoment.get(kind);
            Element cell = new Element("td");
            row.appendChild(cell);
            if (s == null || s.hidden()) {
                cell.appendChild(hidden().getElement());
                continue;
            }
            cell.appendChild(bar(100.0 * (s.average() - 1) / 4).getElement());
            Span text = new Span(getTranslation(
                    "dashboard.bar",
                    number(s.average()),
                    number(s.spread()),
                    number(s.min()),
                    number(s.max()),
                    s.people()));
            text.addClassName("dashboard-figures");
            cell.appendChild(text.getElement());
        }
    }

    private void balance(TeamDashboard d) {
        heading(getTranslation("dashboard.balance"));
        Element table = table(List.of(
                getTranslation("dashboard.moment"),
                getTranslation("dashboard.preventive"),
                getTranslation("dashboard.environment"),
                getTranslation("dashboard.gap")));
        for (BalanceMoment b : d.balance()) {
            Element row = row(table, null);
            text(row, "th", moment(b.kind()));
            text(row, "td", average(b.preventive()));
            text(row, "td", average(b.environment()));
            text(row, "td", change(b.gap()));
        }
        for (BalanceChange c : d.balanceChanges()) {
            Element row = row(table, "dashboard-change");
            text(row, "th", moment(c.from()) + " → " + moment(c.to()));
            text(row, "td", change(c.preventive()));
            text(row, "td", change(c.environment()));
            text(row, "td", change(c.gap()));
        }
        add(wrap(table, headingId));
    }

    private void groups(String title, List<GroupRow> groups, TeamDashboard d) {
        heading(title);
        List<String> header =
                new ArrayList<>(List.of("", getTranslation("dashboard.members"), getTranslation("dashboard.moment")));
        d.competences().forEach(c -> header.add(c.code() + " " + c.shortTitle()));
        Element table = table(header);
        for (GroupRow g : groups) {
            String label = g.subgroupNumber() != null
                    ? getTranslation("dashboard.subgroup", g.subgroupNumber())
                    : g.discipline() == null
                            ? ""
                            : getTranslation(g.discipline().translationKey());
            boolean allHidden = g.competences().values().stream()
                    .flatMap(m -> m.values().stream())
                    .allMatch(Stats::hidden);
            if (allHidden) {
                // one line instead of a row per moment full of "too few"
                Element row = row(table, "dashboard-hidden-group");
                text(row, "th", label);
                text(row, "td", Integer.toString(g.members()));
                Element cell = new Element("td");
                cell.setAttribute(
                        "colspan", Integer.toString(1 + d.competences().size()));
                cell.appendChild(hidden().getElement());
                row.appendChild(cell);
                continue;
            }
            for (MomentKind kind : d.moments()) {
                Element row = row(table, null);
                text(row, "th", label);
                text(row, "td", Integer.toString(g.members()));
                text(row, "td", moment(kind));
                for (Map<MomentKind, Stats> perMoment : g.competences().values()) {
                    Stats s = perMoment.get(kind);
                    text(row, "td", s == null ? "" : average(s));
                }
            }
        }
        add(wrap(table, headingId));
    }

    private void developmentPoints(TeamDashboard d) {
        heading(getTranslation("dashboard.development-points"));
        TeamDashboard.DevelopmentPoints points = d.developmentPoints();
        if (points.moment() == null) {
            return;
        }
        add(new Paragraph(getTranslation("dashboard.development-help", moment(points.moment()))));
        if (points.hidden()) {
            add(new Paragraph(hidden()));
            return;
        }
        OrderedList list = new OrderedList();
        list.addClassName("dashboard-points");
        points.points()
                .forEach(p -> list.add(new ListItem(p.indicatorCode() + " " + p.text() + " — " + p.people() + " "
                        + getTranslation("dashboard.members").toLowerCase(getLocale()))));
        add(list);
    }

    private void attendance(TeamDashboard d) {
        heading(getTranslation("dashboard.attendance"));
        TeamDashboard.AttendanceSummary a = d.attendance();
        Element table = table(List.of(
                getTranslation("dashboard.meetings-held"),
                getTranslation("dashboard.average-attended"),
                getTranslation("dashboard.attended-all"),
                getTranslation("dashboard.average-hours")));
        Element row = row(table, null);
        text(row, "td", Integer.toString(a.meetingsHeld()));
        text(row, "td", number(a.averageAttended()));
        text(row, "td", a.attendedAll() + " / " + a.participants());
        text(row, "td", number(a.averageHours()));
        add(wrap(table, headingId));
    }

    private void homework(TeamDashboard d) {
        heading(getTranslation("dashboard.homework"));
        Element table = table(List.of(
                getTranslation("dashboard.meeting"),
                getTranslation("dashboard.on-time"),
                getTranslation("dashboard.late"),
                getTranslation("dashboard.open"),
                getTranslation("dashboard.missing")));
        for (MeetingCompletion m : d.homework()) {
            Element row = row(table, null);
            text(row, "th", m.meetingPosition() + ". " + m.meetingTitle());
            text(row, "td", Integer.toString(m.onTime()));
            text(row, "td", Integer.toString(m.late()));
            text(row, "td", Integer.toString(m.open()));
            text(row, "td", Integer.toString(m.missing()));
        }
        add(wrap(table, headingId));
    }

    // ---- helpers

    private String moment(MomentKind kind) {
        return getTranslation(kind.translationKey());
    }

    private String number(@Nullable Double value) {
        if (numbers == null) {
            numbers = NumberFormat.getNumberInstance(getLocale());
            numbers.setMinimumFractionDigits(2);
            numbers.setMaximumFractionDigits(2);
        }
        return value == null ? "" : numbers.format(value);
    }

    private String average(Stats s) {
        return s.hidden() ? getTranslation("dashboard.hidden") : number(s.average());
    }

    private String change(@Nullable Double difference) {
        if (difference == null) {
            return getTranslation("dashboard.hidden");
        }
        return (difference > 0 ? "+" : "") + number(difference);
    }

    private Span hidden() {
        Span span = new Span(getTranslation("dashboard.hidden"));
        span.addClassName("dashboard-hidden");
        return span;
    }

    /** A bar filled to the share, with the figures beside it as text (the bar itself is hidden from screen readers). */
    private static Div bar(double percent) {
        Div bar = new Div();
        bar.addClassNames("share-bar", "dashboard-bar");
        bar.getElement().setAttribute("aria-hidden", "true");
        bar.getStyle().set("--share", Math.max(0, Math.min(100, percent)) + "%");
        return bar;
    }

    private static Element table(List<String> header) {
        Element table = new Element("table");
        table.setAttribute("class", "dashboard-table");
        Element head = new Element("tr");
        for (String text : header) {
            Element th = new Element("th");
            th.setAttribute("scope", "col");
            th.setText(text);
            head.appendChild(th);
        }
        table.appendChild(new Element("thead").appendChild(head));
        table.appendChild(new Element("tbody"));
        return table;
    }

    private static Element row(Element table, @Nullable String className) {
        Element row = new Element("tr");
        if (className != null) {
            row.setAttribute("class", className);
        }
        table.getChild(1).appendChild(row);
        return row;
    }

    private static void text(Element row, String tag, String text) {
        Element cell = new Element(tag);
        if ("th".equals(tag)) {
            cell.setAttribute("scope", "row");
        }
        cell.setText(text);
        row.appendChild(cell);
    }

    /** A section heading; the tables below it are named after it. */
    private void heading(String text) {
        H3 heading = new H3(text);
        headingId = "dashboard-section-" + ++headings;
        heading.setId(headingId);
        add(heading);
    }

    /**
     * A table that scrolls sideways on a narrow screen: a named region that takes the keyboard
     * focus, so that it can also be scrolled with the arrow keys.
     */
    private static Div wrap(Element table, String labelledBy) {
        Div wrapper = new Div();
        wrapper.addClassName("dashboard-table-wrapper");
        wrapper.getElement().setAttribute("tabindex", "0");
        wrapper.getElement().setAttribute("role", "region");
        wrapper.getElement().setAttribute("aria-labelledby", labelledBy);
        wrapper.getElement().appendChild(table);
        return wrapper;
    }
}
