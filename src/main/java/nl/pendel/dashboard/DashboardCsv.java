package nl.pendel.dashboard;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.pendel.shared.Translations;

/**
 * The dashboard as CSV the way Dutch Excel opens it by double-clicking: UTF-8 with a byte order
 * mark, {@code ;} between fields, CRLF line ends, RFC 4180 quoting and decimal commas. One block
 * per part of the dashboard (title line, header, rows), blocks separated by an empty line. A field
 * Excel would take for a formula gets a leading apostrophe (a signed change such as {@code +0,50}
 * is a number, not a formula, and is left as it is).
 */
final class DashboardCsv {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private DashboardCsv() {}

    static byte[] write(TeamDashboard dashboard, Translations translations, Locale locale) {
        StringBuilder text = new StringBuilder();
        line(text, List.of(translations.getTranslation("dashboard.title", locale), dashboard.courseTitle()));
        for (DashboardTables.Section section : DashboardTables.of(dashboard, translations, locale)) {
            text.append("\r\n");
            line(text, List.of(section.title()));
            line(text, section.header());
            section.rows().forEach(row -> line(text, row));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(BOM);
        out.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static void line(StringBuilder text, List<String> fields) {
        text.append(fields.stream().map(DashboardCsv::field).collect(Collectors.joining(";")));
        text.append("\r\n");
    }

    /** Guards against formula injection, then quotes when needed (RFC 4180). */
    static String field(String value) {
        String safe = value;
        boolean signedNumber = safe.matches("[+-]\\d+(,\\d+)?");
        if (!signedNumber && !safe.isEmpty() && "=+-@\t\r".indexOf(safe.charAt(0)) >= 0) {
            safe = "'" + safe;
        }
        if (safe.contains(";") || safe.contains("\"") || safe.contains("\r") || safe.contains("\n")) {
            safe = "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
