package nl.pendel.dashboard;

import java.util.List;
import java.util.Locale;
import nl.pendel.shared.ExcelCsv;
import nl.pendel.shared.Translations;

/**
 * The dashboard as CSV the way Dutch Excel opens it by double-clicking ({@link ExcelCsv}), with
 * decimal commas. One block per part of the dashboard (title line, header, rows), blocks
 * separated by an empty line.
 */
final class DashboardCsv {

    private DashboardCsv() {}

    static byte[] write(TeamDashboard dashboard, Translations translations, Locale locale) {
        ExcelCsv.Sheet sheet = ExcelCsv.sheet()
                .row(List.of(translations.getTranslation("dashboard.title", locale), dashboard.courseTitle()));
        for (DashboardTables.Section section : DashboardTables.of(dashboard, translations, locale)) {
            sheet.emptyLine().row(List.of(section.title())).row(section.header());
            section.rows().forEach(sheet::row);
        }
        return sheet.bytes();
    }
}
