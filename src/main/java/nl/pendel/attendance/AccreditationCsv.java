package nl.pendel.attendance;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.pendel.attendance.AccreditationList.Meeting;
import nl.pendel.attendance.AccreditationList.Participant;
import nl.pendel.attendance.AccreditationList.Session;
import nl.pendel.shared.Translations;

/**
 * The accreditation list as CSV the way Dutch Excel opens it by double-clicking: UTF-8 with a
 * byte order mark, {@code ;} between fields, CRLF line ends, fields quoted as RFC 4180 says,
 * dates as {@code dd-MM-yyyy} and hours with a decimal comma. One row per participant, one column
 * per meeting. A field that Excel would take for a formula gets a leading apostrophe.
 */
final class AccreditationCsv {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private AccreditationCsv() {}

    static byte[] write(AccreditationList list, Translations translations, Locale locale) {
        StringBuilder text = new StringBuilder();
        List<String> header = new ArrayList<>(List.of(
                translations.getTranslation("person.name", locale),
                translations.getTranslation("person.discipline", locale),
                translations.getTranslation("person.organisation", locale),
                translations.getTranslation("attendance.accreditation.register-number", locale)));
        for (Meeting meeting : list.meetings()) {
            header.add(translations.getTranslation("attendance.accreditation.meeting", locale, meeting.position()));
        }
        header.add(translations.getTranslation("attendance.accreditation.total", locale));
        line(text, header);
        for (Participant p : list.participants()) {
            List<String> row =
                    new ArrayList<>(List.of(p.displayName(), p.discipline(), p.organisation(), p.registerNumber()));
            for (Meeting meeting : list.meetings()) {
                row.add(p.sessionsOf(meeting.position()).stream()
                        .map(AccreditationCsv::session)
                        .collect(Collectors.joining(", ")));
            }
            row.add(hours(p.totalHours()));
            line(text, row);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(BOM);
        out.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** {@code 26-01-2027 08:30–12:30} */
    static String session(Session session) {
        return DATE.format(session.date()) + " " + TIME.format(session.start()) + "–" + TIME.format(session.end());
    }

    /** Hours with a decimal comma and at least one decimal: {@code 4,0}, {@code 3,75}. */
    static String hours(double hours) {
        return new DecimalFormat("0.0#", DecimalFormatSymbols.getInstance(Translations.DUTCH)).format(hours);
    }

    private static void line(StringBuilder text, List<String> fields) {
        text.append(fields.stream().map(AccreditationCsv::field).collect(Collectors.joining(";")));
        text.append("\r\n");
    }

    /** Guards against formula injection, then quotes when needed (RFC 4180). */
    static String field(String value) {
        String safe = value;
        if (!safe.isEmpty() && "=+-@\t\r".indexOf(safe.charAt(0)) >= 0) {
            safe = "'" + safe;
        }
        if (safe.contains(";") || safe.contains("\"") || safe.contains("\r") || safe.contains("\n")) {
            safe = "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
