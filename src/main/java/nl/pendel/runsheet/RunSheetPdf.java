package nl.pendel.runsheet;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import nl.pendel.shared.PdfFonts;
import nl.pendel.shared.Translations;
import org.jspecify.annotations.Nullable;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
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
 * A run sheet as an A4 PDF (OpenPDF, the shape of the accreditation list's): title, course,
 * meeting, the session's date and time, and a table of time, item, who leads it and what is
 * needed. The fonts are embedded ({@link PdfFonts}), so every name prints as written.
 */
final class RunSheetPdf {

    private static final Color HEADER_BACKGROUND = new Color(0xE8, 0xEE, 0xF4);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private RunSheetPdf() {
        // functions only, no instances
    }

    static byte[] write(
            RunSheetPage page, @Nullable RunSheetSession session, Translations t, Locale locale, Clock clock) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 36, 36, 36, 36);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString(locale.getLanguage()));
            String title = t.getTranslation("runsheet.title", locale, page.meetingPosition(), page.meetingTitle());
            document.addTitle(title);
            document.addCreator("Pendel");
            document.open();

            PdfFonts fonts = PdfFonts.forDocument();
            Font normal = fonts.font(PdfFonts.Cut.REGULAR, 10);
            document.add(new Paragraph(title, fonts.font(PdfFonts.Cut.BOLD, 15)));
            document.add(new Paragraph(page.courseTitle(), normal));
            if (session != null) {
                document.add(new Paragraph(sessionLine(session, t, locale), normal));
            }
            document.add(table(page, session, t, locale, fonts));
            document.add(new Paragraph(
                    t.getTranslation(
                            "runsheet.pdf.made-on",
                            locale,
                            DateTimeFormatter.ofPattern("dd-MM-yyyy").format(LocalDate.now(clock))),
                    fonts.font(PdfFonts.Cut.REGULAR, 8.5f)));
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not make the run sheet PDF", e);
        } finally {
            if (document.isOpen()) {
                document.close();
            }
        }
        return out.toByteArray();
    }

    /** {@code dinsdag 26 januari 2027, 08:30–12:30, subgroep 1}, or the slot of a meeting not yet scheduled. */
    static String sessionLine(RunSheetSession session, Translations t, Locale locale) {
        String time = TIME.format(session.start()) + "–" + TIME.format(session.end());
        if (session.date() == null) {
            return t.getTranslation("runsheet.session.pattern", locale, session.subgroupNumber(), time);
        }
        return t.getTranslation(
                "runsheet.session.planned",
                locale,
                DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", locale).format(session.date()),
                time,
                session.subgroupNumber());
    }

    private static PdfPTable table(
            RunSheetPage page, @Nullable RunSheetSession session, Translations t, Locale locale, PdfFonts fonts) {
        Font small = fonts.font(PdfFonts.Cut.REGULAR, 9.5f);
        Font bold = fonts.font(PdfFonts.Cut.BOLD, 9.5f);
        PdfPTable table = new PdfPTable(4);
        table.setWidthPercentage(100);
        table.setSpacingBefore(12);
        table.setSpacingAfter(12);
        table.setHeaderRows(1);
        table.setWidths(new float[] {1.6f, 5f, 2.4f, 3.4f});
        for (String key : List.of("runsheet.time", "runsheet.item", "runsheet.lead", "runsheet.needs")) {
            PdfPCell header = cell(t.getTranslation(key, locale), bold);
            header.setBackgroundColor(HEADER_BACKGROUND);
            table.addCell(header);
        }
        List<RunSheetItem> items = page.items();
        List<LocalTime> times = session == null ? List.of() : RunSheetPage.times(session.start(), items);
        for (int i = 0; i < items.size(); i++) {
            RunSheetItem item = items.get(i);
            table.addCell(cell(
                    times.isEmpty()
                            ? t.getTranslation("runsheet.minutes", locale, item.minutes())
                            : TIME.format(times.get(i)) + "–" + TIME.format(times.get(i + 1)),
                    small));
            table.addCell(cell(item.title(), small));
            table.addCell(cell(lead(page, item, t, locale), small));
            table.addCell(cell(item.needs(), small));
        }
        return table;
    }

    /** {@code Trainer: Joost Brink}, {@code Gast: Fatima El Amrani}, {@code Iedereen}. */
    static String lead(RunSheetPage page, RunSheetItem item, Translations t, Locale locale) {
        String kind = t.getTranslation(RunSheetPage.leadKey(item.lead()), locale);
        String name =
                page.withoutCoTrainer(item) ? t.getTranslation("runsheet.no-co-trainer", locale) : page.leadName(item);
        return name.isEmpty() ? kind : kind + ": " + name;
    }

    /** {@code draaiboek-<n>-<course title in lower case, plain letters and dashes>.pdf}. */
    static String fileName(RunSheetPage page) {
        String plain =
                Normalizer.normalize(page.courseTitle(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug =
                plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("-$", "");
        }
        return "draaiboek-" + page.meetingPosition() + (slug.isEmpty() ? "" : "-" + slug) + ".pdf";
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setPadding(4);
        return cell;
    }
}
