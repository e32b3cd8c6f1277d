package nl.pendel.attendance;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.pendel.attendance.AccreditationList.Meeting;
import nl.pendel.attendance.AccreditationList.Participant;
import nl.pendel.attendance.AccreditationList.Session;
import nl.pendel.shared.PdfFonts;
import nl.pendel.shared.Translations;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The accreditation list as an A4 landscape PDF (OpenPDF): title, period and trainers, a table
 * with a row per participant and a column per meeting, total hours, and the date it was made. A
 * participant without a register number says so in their row ("ontbreekt"), and a line above the
 * table counts them. The fonts are embedded ({@link PdfFonts}), so every name prints as written.
 */
final class AccreditationPdf {

    private static final Color HEADER_BACKGROUND = new Color(0xE8, 0xEE, 0xF4);
    private static final Color WARNING = new Color(0x9A, 0x3B, 0x00);

    private AccreditationPdf() {
        // functions only, no instances
    }

    static byte[] write(AccreditationList list, Translations translations, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString(locale.getLanguage()));
            String title =
                    translations.getTranslation("attendance.accreditation.title", locale) + ": " + list.courseTitle();
            document.addTitle(title);
            document.addCreator("Pendel");
            document.open();

            PdfFonts fonts = PdfFonts.forDocument();
            Font heading = fonts.font(PdfFonts.Cut.BOLD, 15);
            Font normal = fonts.font(PdfFonts.Cut.REGULAR, 10);
            Font small = fonts.font(PdfFonts.Cut.REGULAR, 8.5f);

            opening(document, title, list, translations, locale, fonts, heading, normal);
            document.add(table(list, translations, locale, fonts));

            document.add(new Paragraph(
                    translations.getTranslation(
                            "attendance.accreditation.made-on", locale, AccreditationCsv.DATE.format(list.madeOn())),
                    small));
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not make the accreditation PDF", e);
        } finally {
            if (document.isOpen()) {
                document.close();
            }
        }
        return out.toByteArray();
    }

    /** Title, period and trainers, and how many lack a register number if any do. */
    private static void opening(
            Document document,
            String title,
            AccreditationList list,
            Translations translations,
            Locale locale,
            PdfFonts fonts,
            Font heading,
            Font normal) {
        document.add(new Paragraph(title, heading));
        document.add(new Paragraph(
                translations.getTranslation(
                        "attendance.accreditation.period",
                        locale,
                        AccreditationCsv.DATE.format(list.startsOn()),
                        AccreditationCsv.DATE.format(list.endsOn())),
                normal));
        document.add(new Paragraph(
                translations.getTranslation(
                        "attendance.accreditation.trainers", locale, String.join(", ", list.trainers())),
                normal));

        int without = list.withoutRegisterNumber().size();
        if (without > 0) {
            document.add(new Paragraph(
                    translations.getTranslation(
                            "attendance.accreditation.register-number.missing-count", locale, without),
                    fonts.font(PdfFonts.Cut.BOLD, 10, WARNING)));
        }
    }

    private static PdfPTable table(AccreditationList list, Translations translations, Locale locale, PdfFonts fonts) {
        Font small = fonts.font(PdfFonts.Cut.REGULAR, 8.5f);
        Font bold = fonts.font(PdfFonts.Cut.BOLD, 8.5f);
        Font missing = fonts.font(PdfFonts.Cut.BOLD_ITALIC, 8.5f, WARNING);
        List<Meeting> meetings = list.meetings();
        PdfPTable table = new PdfPTable(5 + meetings.size());
        table.setWidthPercentage(100);
        table.setSpacingBefore(12);
        table.setSpacingAfter(12);
        table.setHeaderRows(1);
        table.setWidths(widths(meetings.size()));
        headerRow(table, meetings, translations, locale, bold);
        for (Participant p : list.participants()) {
            participantRow(table, p, meetings, translations, locale, small, missing);
        }
        return table;
    }

    /** Name, discipline, organisation, register number, a column per meeting, total. */
    private static float[] widths(int meetingCount) {
        float[] widths = new float[5 + meetingCount];
        widths[0] = 3.2f;
        widths[1] = 2.6f;
        widths[2] = 2.6f;
        widths[3] = 2.2f;
        for (int i = 0; i < meetingCount; i++) {
            widths[4 + i] = 2.4f;
        }
        widths[widths.length - 1] = 1.4f;
        return widths;
    }

    private static void headerRow(
            PdfPTable table, List<Meeting> meetings, Translations translations, Locale locale, Font bold) {
        header(table, translations.getTranslation("person.name", locale), bold);
        header(table, translations.getTranslation("person.discipline", locale), bold);
        header(table, translations.getTranslation("person.organisation", locale), bold);
        header(table, translations.getTranslation("attendance.accreditation.register-number", locale), bold);
        for (Meeting meeting : meetings) {
            header(
                    table,
                    translations.getTranslation("attendance.accreditation.meeting", locale, meeting.position()),
                    bold);
        }
        header(table, translations.getTranslation("attendance.accreditation.total", locale), bold);
    }

    private static void participantRow(
            PdfPTable table,
            Participant p,
            List<Meeting> meetings,
            Translations translations,
            Locale locale,
            Font small,
            Font missing) {
        table.addCell(cell(p.displayName(), small));
        table.addCell(cell(p.discipline(), small));
        table.addCell(cell(p.organisation(), small));
        table.addCell(
                p.hasRegisterNumber()
                        ? cell(p.registerNumber(), small)
                        : cell(
                                translations.getTranslation("attendance.accreditation.register-number.missing", locale),
                                missing));
        for (Meeting meeting : meetings) {
            table.addCell(cell(
                    p.sessionsOf(meeting.position()).stream()
                            .map(s -> session(s, translations, locale))
                            .collect(Collectors.joining("\n")),
                    small));
        }
        PdfPCell total = cell(AccreditationCsv.hours(p.totalHours()), small);
        total.setHorizontalAlignment(Element.ALIGN_RIGHT);
        table.addCell(total);
    }

    /** {@code 26-01-2027 08:30–12:30 (4,0 uur)} */
    private static String session(Session session, Translations translations, Locale locale) {
        return AccreditationCsv.session(session) + " ("
                + translations.getTranslation(
                        "attendance.accreditation.hours", locale, AccreditationCsv.hours(session.hours()))
                + ")";
    }

    private static void header(PdfPTable table, String text, Font font) {
        PdfPCell cell = cell(text, font);
        cell.setBackgroundColor(HEADER_BACKGROUND);
        table.addCell(cell);
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setPadding(4);
        return cell;
    }
}
