package nl.pendel.dashboard.ui;

import static nl.pendel.dashboard.ui.HtmlTable.row;
import static nl.pendel.dashboard.ui.HtmlTable.table;
import static nl.pendel.dashboard.ui.HtmlTable.text;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.pendel.assessment.MomentKind;
import nl.pendel.dashboard.TeamDashboard;
import nl.pendel.dashboard.TeamDashboard.GroupRow;
import nl.pendel.dashboard.TeamDashboard.Stats;
import nl.pendel.homework.MeetingCompletion;
import nl.pendel.precondition.Comparison;

/**
 * The dashboard's parts beside the team's figures: the breakdowns by subgroup and discipline, the
 * preconditions, attendance and homework.
 */
final class TeamSections {

    private final DashboardWriter out;

    TeamSections(DashboardWriter out) {
        this.out = out;
    }

    /** One row per group and moment; a group whose figures are all hidden on one line. */
    void groups(String title, List<GroupRow> groups, TeamDashboard d) {
        out.heading(title);
        List<String> header = new ArrayList<>(List.of("", out.t("dashboard.members"), out.t("dashboard.moment")));
        d.competences().forEach(c -> header.add(c.code() + " " + c.shortTitle()));
        Element table = table(header);
        for (GroupRow g : groups) {
            String label = g.subgroupNumber() != null
                    ? out.t("dashboard.subgroup", g.subgroupNumber())
                    : g.discipline() == null ? "" : out.t(g.discipline().translationKey());
            boolean allHidden = g.competences().values().stream()
                    .flatMap(m -> m.values().stream())
                    .allMatch(Stats::hidden);
            if (allHidden) {
                hiddenGroup(table, label, g, d);
                continue;
            }
            for (MomentKind kind : d.moments()) {
                Element row = row(table, null);
                text(row, "th", label);
                text(row, "td", Integer.toString(g.members()));
                text(row, "td", out.moment(kind));
                for (Map<MomentKind, Stats> perMoment : g.competences().values()) {
                    Stats s = perMoment.get(kind);
                    text(row, "td", s == null ? "" : out.average(s));
                }
            }
        }
        out.add(out.wrapped(table));
    }

    /** One line instead of a row per moment full of "too few". */
    private void hiddenGroup(Element table, String label, GroupRow g, TeamDashboard d) {
        Element row = row(table, "dashboard-hidden-group");
        text(row, "th", label);
        text(row, "td", Integer.toString(g.members()));
        Element cell = new Element("td");
        cell.setAttribute("colspan", Integer.toString(1 + d.competences().size()));
        cell.appendChild(out.hidden().getElement());
        row.appendChild(cell);
    }

    void preconditions(long courseId, List<Comparison.Row> figures) {
        out.heading(out.t("dashboard.preconditions"));
        Paragraph help = new Paragraph(out.t("dashboard.preconditions.help"));
        help.addClassName("muted");
        out.add(help);
        Element table = table(List.of(
                "",
                out.t("dashboard.preconditions.team"),
                out.t("dashboard.preconditions.lead"),
                out.t("dashboard.preconditions.gap")));
        for (Comparison.Row r : figures) {
            Element row = row(table, "dashboard-precondition");
            text(row, "th", out.t(r.precondition().translationKey()));
            text(row, "td", r.teamShown() ? out.number(r.teamAverage()) : out.t("dashboard.hidden"));
            text(row, "td", r.leadRating() == null ? "–" : out.number(r.leadRating()));
            text(
                    row,
                    "td",
                    r.teamShown() && r.leadRating() != null ? out.change(r.teamAverage() - r.leadRating()) : "");
        }
        out.add(out.wrapped(table));
        out.add(new Anchor("cursussen/" + courseId + "/randvoorwaarden", out.t("dashboard.preconditions.link")));
    }

    void attendance(TeamDashboard d) {
        out.heading(out.t("dashboard.attendance"));
        TeamDashboard.AttendanceSummary a = d.attendance();
        Element table = table(List.of(
                out.t("dashboard.meetings-held"),
                out.t("dashboard.average-attended"),
                out.t("dashboard.attended-all"),
                out.t("dashboard.average-hours")));
        Element row = row(table, null);
        text(row, "td", Integer.toString(a.meetingsHeld()));
        text(row, "td", out.number(a.averageAttended()));
        text(row, "td", a.attendedAll() + " / " + a.participants());
        text(row, "td", out.number(a.averageHours()));
        out.add(out.wrapped(table));
    }

    void homework(TeamDashboard d) {
        out.heading(out.t("dashboard.homework"));
        Element table = table(List.of(
                out.t("dashboard.meeting"),
                out.t("dashboard.on-time"),
                out.t("dashboard.late"),
                out.t("dashboard.open"),
                out.t("dashboard.missing")));
        for (MeetingCompletion m : d.homework()) {
            Element row = row(table, null);
            text(row, "th", m.meetingPosition() + ". " + m.meetingTitle());
            text(row, "td", Integer.toString(m.onTime()));
            text(row, "td", Integer.toString(m.late()));
            text(row, "td", Integer.toString(m.open()));
            text(row, "td", Integer.toString(m.missing()));
        }
        out.add(out.wrapped(table));
    }
}
