package nl.pendel.dashboard;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.pendel.assessment.MomentKind;
import nl.pendel.dashboard.TeamDashboard.BalanceChange;
import nl.pendel.dashboard.TeamDashboard.BalanceMoment;
import nl.pendel.dashboard.TeamDashboard.Change;
import nl.pendel.dashboard.TeamDashboard.CompetenceRow;
import nl.pendel.dashboard.TeamDashboard.DevelopmentPoint;
import nl.pendel.dashboard.TeamDashboard.GroupRow;
import nl.pendel.dashboard.TeamDashboard.IndicatorRow;
import nl.pendel.dashboard.TeamDashboard.MomentCompletion;
import nl.pendel.dashboard.TeamDashboard.Stats;
import nl.pendel.homework.MeetingCompletion;
import nl.pendel.shared.Translations;
import org.jspecify.annotations.Nullable;

/**
 * The dashboard as titled tables of text, the same for the CSV and the PDF export. Numbers have
 * a decimal comma (two decimals); a hidden breakdown reads "te weinig deelnemers om te tonen".
 */
final class DashboardTables {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    record Section(String title, List<String> header, List<List<String>> rows) {}

    private final Translations translations;
    private final Locale locale;

    private DashboardTables(Translations translations, Locale locale) {
        this.translations = translations;
        this.locale = locale;
    }

    static List<Section> of(TeamDashboard dashboard, Translations translations, Locale locale) {
        return new DashboardTables(translations, locale).sections(dashboard);
    }

    /** {@code 3,25}: two decimals, decimal comma. */
    static String number(double value) {
        return new DecimalFormat("0.00", DecimalFormatSymbols.getInstance(Translations.DUTCH)).format(value);
    }

    /** {@code +0,50} or {@code -0,25}. */
    static String signed(double value) {
        return new DecimalFormat("+0.00;-0.00", DecimalFormatSymbols.getInstance(Translations.DUTCH)).format(value);
    }

    private String t(String key, Object... params) {
        return translations.getTranslation(key, locale, params);
    }

    private String moment(MomentKind kind) {
        return t(kind.translationKey());
    }

    private List<Section> sections(TeamDashboard d) {
        List<Section> sections = new ArrayList<>();
        sections.add(completion(d));
        sections.add(competences(d));
        sections.add(changes(d));
        sections.add(balance(d));
        sections.add(groups(t("dashboard.by-subgroup"), t("dashboard.subgroup-column"), d.bySubgroup(), d));
        sections.add(groups(t("dashboard.by-discipline"), t("person.discipline"), d.byDiscipline(), d));
        sections.add(developmentPoints(d));
        sections.add(attendance(d));
        sections.add(homework(d));
        return sections;
    }

    private Section completion(TeamDashboard d) {
        List<List<String>> rows = new ArrayList<>();
        for (MomentCompletion c : d.completion()) {
            rows.add(List.of(
                    moment(c.kind()),
                    DATE.format(c.opensOn()) + " – " + DATE.format(c.closesOn()),
                    Integer.toString(c.submitted()),
                    Integer.toString(c.participants())));
        }
        return new Section(
                t("dashboard.completion"),
                List.of(t("dashboard.moment"), t("dashboard.period"), t("dashboard.submitted"), t("dashboard.of")),
                rows);
    }

    private List<String> statsHeader(String... first) {
        List<String> header = new ArrayList<>(List.of(first));
        header.addAll(List.of(
                t("dashboard.moment"),
                t("dashboard.people"),
                t("dashboard.average"),
                t("dashboard.spread"),
                t("dashboard.min"),
                t("dashboard.max")));
        return header;
    }

    private List<String> stats(Stats s) {
        if (s.hidden()) {
            return List.of("", t("dashboard.hidden"), "", "", "");
        }
        return List.of(
                String.valueOf(s.people()), number(s.average()), number(s.spread()), number(s.min()), number(s.max()));
    }

    private Section competences(TeamDashboard d) {
        List<List<String>> rows = new ArrayList<>();
        for (CompetenceRow c : d.competences()) {
            c.perMoment()
                    .forEach((kind, s) ->
                            rows.add(row(List.of(c.code() + " " + c.shortTitle(), "", moment(kind)), stats(s))));
            for (IndicatorRow i : c.indicators()) {
                i.perMoment()
                        .forEach((kind, s) ->
                                rows.add(row(List.of(c.code(), i.code() + " " + i.text(), moment(kind)), stats(s))));
            }
        }
        return new Section(
                t("dashboard.competences"), statsHeader(t("dashboard.competence"), t("dashboard.indicator")), rows);
    }

    private Section changes(TeamDashboard d) {
        List<List<String>> rows = new ArrayList<>();
        for (CompetenceRow c : d.competences()) {
            for (Change change : c.changes()) {
                rows.add(List.of(
                        c.code() + " " + c.shortTitle(),
                        "",
                        moment(change.from()),
                        moment(change.to()),
                        change(change.difference())));
            }
            for (IndicatorRow i : c.indicators()) {
                for (Change change : i.changes()) {
                    rows.add(List.of(
                            c.code(),
                            i.code() + " " + i.text(),
                            moment(change.from()),
                            moment(change.to()),
                            change(change.difference())));
                }
            }
        }
        return new Section(
                t("dashboard.changes"),
                List.of(
                        t("dashboard.competence"),
                        t("dashboard.indicator"),
                        t("dashboard.from"),
                        t("dashboard.to"),
                        t("dashboard.change")),
                rows);
    }

    private String change(@Nullable Double difference) {
        return difference == null ? t("dashboard.hidden") : signed(difference);
    }

    private String average(Stats s) {
        return s.hidden() ? t("dashboard.hidden") : number(s.average());
    }

    private Section balance(TeamDashboard d) {
        List<List<String>> rows = new ArrayList<>();
        for (BalanceMoment b : d.balance()) {
            rows.add(List.of(moment(b.kind()), average(b.preventive()), average(b.environment()), change(b.gap())));
        }
        for (BalanceChange c : d.balanceChanges()) {
            rows.add(List.of(
                    moment(c.from()) + " → " + moment(c.to()),
                    change(c.preventive()),
                    change(c.environment()),
                    change(c.gap())));
        }
        return new Section(
                t("dashboard.balance"),
                List.of(
                        t("dashboard.moment"),
                        t("dashboard.preventive"),
                        t("dashboard.environment"),
                        t("dashboard.gap")),
                rows);
    }

    private Section groups(String title, String column, List<GroupRow> groups, TeamDashboard d) {
        List<String> header = new ArrayList<>(List.of(column, t("dashboard.members"), t("dashboard.moment")));
        d.competences().forEach(c -> header.add(c.code() + " " + c.shortTitle()));
        List<List<String>> rows = new ArrayList<>();
        for (GroupRow g : groups) {
            String label = g.subgroupNumber() != null
                    ? t("dashboard.subgroup", g.subgroupNumber())
                    : g.discipline() == null ? "" : t(g.discipline().translationKey());
            for (MomentKind kind : d.moments()) {
                List<String> row = new ArrayList<>(List.of(label, Integer.toString(g.members()), moment(kind)));
                for (Map<MomentKind, Stats> perMoment : g.competences().values()) {
                    Stats s = perMoment.get(kind);
                    row.add(s == null ? "" : average(s));
                }
                rows.add(row);
            }
        }
        return new Section(title, header, rows);
    }

    private Section developmentPoints(TeamDashboard d) {
        List<List<String>> rows = new ArrayList<>();
        if (d.developmentPoints().hidden()) {
            rows.add(List.of(moment(d.developmentPoints().moment()), "", t("dashboard.hidden"), ""));
        }
        for (DevelopmentPoint p : d.developmentPoints().points()) {
            rows.add(List.of(
                    moment(d.developmentPoints().moment()),
                    p.competenceCode(),
                    p.indicatorCode() + " " + p.text(),
                    Integer.toString(p.people())));
        }
        return new Section(
                t("dashboard.development-points"),
                List.of(
                        t("dashboard.moment"),
                        t("dashboard.competence"),
                        t("dashboard.indicator"),
                        t("dashboard.people")),
                rows);
    }

    private Section attendance(TeamDashboard d) {
        TeamDashboard.AttendanceSummary a = d.attendance();
        return new Section(
                t("dashboard.attendance"),
                List.of(
                        t("dashboard.meetings-held"),
                        t("dashboard.average-attended"),
                        t("dashboard.attended-all"),
                        t("dashboard.average-hours")),
                List.of(List.of(
                        Integer.toString(a.meetingsHeld()),
                        number(a.averageAttended()),
                        a.attendedAll() + " / " + a.participants(),
                        number(a.averageHours()))));
    }

    private Section homework(TeamDashboard d) {
        List<List<String>> rows = new ArrayList<>();
        for (MeetingCompletion m : d.homework()) {
            rows.add(List.of(
                    m.meetingPosition() + ". " + m.meetingTitle(),
                    Integer.toString(m.onTime()),
                    Integer.toString(m.late()),
                    Integer.toString(m.open()),
                    Integer.toString(m.missing())));
        }
        return new Section(
                t("dashboard.homework"),
                List.of(
                        t("dashboard.meeting"),
                        t("dashboard.on-time"),
                        t("dashboard.late"),
                        t("dashboard.open"),
                        t("dashboard.missing")),
                rows);
    }

    private static List<String> row(List<String> first, List<String> rest) {
        List<String> row = new ArrayList<>(first);
        row.addAll(rest);
        return row;
    }
}
