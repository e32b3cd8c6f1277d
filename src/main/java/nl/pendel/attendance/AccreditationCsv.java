package nl.pendel.attendance;

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
import nl.pendel.shared.ExcelCsv;
import nl.pendel.shared.Translations;

/**
 * The accreditation list as CSV the way Dutch Excel opens it by double-clicking ({@link
 * ExcelCsv}), dates as {@code dd-MM-yyyy} and hours with a decimal comma. One row per
 * participant, one column per meeting.
 */
final class AccreditationCsv {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private AccreditationCsv() {}

    static byte[] write(AccreditationList list, Translations translations, Locale locale) {
        ExcelCsv.Sheet sheet = ExcelCsv.sheet();
        List<String> header = new ArrayList<>(List.of(
                translations.getTranslation("person.name", locale),
                translations.getTranslation("person.discipline", locale),
                translations.getTranslation("person.organisation", locale),
                translations.getTranslation("attendance.accreditation.register-number", locale)));
        for (Meeting meeting : list.meetings()) {
            header.add(translations.getTranslation("attendance.accreditation.meeting", locale, meeting.position()));
        }
        header.add(translations.getTranslation("attendance.accreditation.total", locale));
        sheet.row(header);
        for (Participant p : list.participants()) {
            List<String> row =
                    new ArrayList<>(List.of(p.displayName(), p.discipline(), p.organisation(), p.registerNumber()));
            for (Meeting meeting : list.meetings()) {
                row.add(p.sessionsOf(meeting.position()).stream()
                        .map(AccreditationCsv::session)
                        .collect(Collectors.joining(", ")));
            }
            row.add(hours(p.totalHours()));
            sheet.row(row);
        }
        return sheet.bytes();
    }

    /** {@code 26-01-2027 08:30–12:30} */
    static String session(Session session) {
        return DATE.format(session.date()) + " " + TIME.format(session.start()) + "–" + TIME.format(session.end());
    }

    /** Hours with a decimal comma and at least one decimal: {@code 4,0}, {@code 3,75}. */
    static String hours(double hours) {
        return new DecimalFormat("0.0#", DecimalFormatSymbols.getInstance(Translations.DUTCH)).format(hours);
    }
}
