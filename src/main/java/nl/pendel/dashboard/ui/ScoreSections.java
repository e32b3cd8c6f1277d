package nl.pendel.dashboard.ui;

import static nl.pendel.dashboard.ui.HtmlTable.row;
import static nl.pendel.dashboard.ui.HtmlTable.table;
import static nl.pendel.dashboard.ui.HtmlTable.text;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.pendel.assessment.MomentKind;
import nl.pendel.dashboard.TeamDashboard;
import nl.pendel.dashboard.TeamDashboard.BalanceChange;
import nl.pendel.dashboard.TeamDashboard.BalanceMoment;
import nl.pendel.dashboard.TeamDashboard.Change;
import nl.pendel.dashboard.TeamDashboard.CompetenceRow;
import nl.pendel.dashboard.TeamDashboard.IndicatorRow;
import nl.pendel.dashboard.TeamDashboard.MomentCompletion;
import nl.pendel.dashboard.TeamDashboard.Stats;

/**
 * The self-assessment parts of the dashboard: who filled in each moment, the figures per
 * competence and indicator, the balance between the sides, and the development points.
 */
final class ScoreSections {

    private final DashboardWriter out;

    ScoreSections(DashboardWriter out) {
        this.out = out;
    }

    void completion(TeamDashboard d) {
        out.heading(out.t("dashboard.completion"));
        Div list = new Div();
        list.addClassName("dashboard-completion");
        for (MomentCompletion c : d.completion()) {
            String text = out.t("dashboard.completion-line", c.submitted(), c.participants());
            Div row = new Div(new Span(out.moment(c.kind()) + ": " + text));
            row.add(HtmlTable.bar(c.participants() == 0 ? 0 : 100.0 * c.submitted() / c.participants()));
            list.add(row);
        }
        out.add(list);
        if (d.moments().isEmpty()) {
            out.add(new Paragraph(out.t("dashboard.nothing-yet")));
        }
    }

    void competences(TeamDashboard d) {
        out.heading(out.t("dashboard.competences"));
        List<String> header = new ArrayList<>(List.of(out.t("dashboard.competence")));
        d.moments().forEach(k -> header.add(out.moment(k)));
        List<Change> anyChanges = d.competences().getFirst().changes();
        anyChanges.forEach(c -> header.add(out.moment(c.from()) + " → " + out.moment(c.to())));
        Element table = table(header);
        List<String> indicatorHeader = new ArrayList<>(header);
        indicatorHeader.set(0, out.t("dashboard.indicator"));
        Element indicators = table(indicatorHeader);
        for (CompetenceRow c : d.competences()) {
            figures(row(table, "dashboard-competence"), c.code() + " " + c.shortTitle(), c.perMoment(), c.changes(), d);
            for (IndicatorRow i : c.indicators()) {
                figures(
                        row(indicators, "dashboard-indicator"),
                        i.code() + " " + i.text(),
                        i.perMoment(),
                        i.changes(),
                        d);
            }
        }
        out.add(out.wrapped(table));
        // the indicators make the page long on a phone: folded away until asked for
        Details perIndicator = new Details(out.t("dashboard.indicators"), out.wrapped(indicators));
        perIndicator.setId("dashboard-indicators");
        perIndicator.addClassName("dashboard-details");
        out.add(perIndicator);
    }

    private void figures(
            Element row, String label, Map<MomentKind, Stats> perMoment, List<Change> changes, TeamDashboard d) {
        text(row, "th", label);
        for (MomentKind kind : d.moments()) {
            row.appendChild(statsCell(perMoment.get(kind)));
        }
        changes.forEach(ch -> text(row, "td", out.change(ch.difference())));
    }

    /** A bar for the average and the figures as text beside it, or "too few". */
    private Element statsCell(Stats s) {
        Element cell = new Element("td");
        if (s == null || s.hidden()) {
            cell.appendChild(out.hidden().getElement());
            return cell;
        }
        cell.appendChild(HtmlTable.bar(100.0 * (s.average() - 1) / 4).getElement());
        Span text = new Span(out.t(
                "dashboard.bar",
                out.number(s.average()),
                out.number(s.spread()),
                out.number(s.min()),
                out.number(s.max()),
                s.people()));
        text.addClassName("dashboard-figures");
        cell.appendChild(text.getElement());
        return cell;
    }

    void balance(TeamDashboard d) {
        out.heading(out.t("dashboard.balance"));
        Element table = table(List.of(
                out.t("dashboard.moment"),
                out.t("dashboard.preventive"),
                out.t("dashboard.environment"),
                out.t("dashboard.gap")));
        for (BalanceMoment b : d.balance()) {
            Element row = row(table, null);
            text(row, "th", out.moment(b.kind()));
            text(row, "td", out.average(b.preventive()));
            text(row, "td", out.average(b.environment()));
            text(row, "td", out.change(b.gap()));
        }
        for (BalanceChange c : d.balanceChanges()) {
            Element row = row(table, "dashboard-change");
            text(row, "th", out.moment(c.from()) + " → " + out.moment(c.to()));
            text(row, "td", out.change(c.preventive()));
            text(row, "td", out.change(c.environment()));
            text(row, "td", out.change(c.gap()));
        }
        out.add(out.wrapped(table));
    }

    void developmentPoints(TeamDashboard d) {
        out.heading(out.t("dashboard.development-points"));
        TeamDashboard.DevelopmentPoints points = d.developmentPoints();
        if (points.moment() == null) {
            return;
        }
        out.add(new Paragraph(out.t("dashboard.development-help", out.moment(points.moment()))));
        if (points.hidden()) {
            out.add(new Paragraph(out.hidden()));
            return;
        }
        OrderedList list = new OrderedList();
        list.addClassName("dashboard-points");
        points.points()
                .forEach(p -> list.add(new ListItem(p.indicatorCode() + " " + p.text() + " — " + p.people() + " "
                        + out.t("dashboard.members").toLowerCase(out.locale()))));
        out.add(list);
    }
}
