package nl.pendel.dashboard;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import nl.pendel.shared.PdfFonts;
import nl.pendel.shared.Translations;
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
 * The dashboard as an A4 landscape PDF (OpenPDF): title, then a heading and a table per part of
 * the dashboard, the same tables as the CSV. The fonts are embedded ({@link PdfFonts}), so every
 * name prints as written.
 */
final class DashboardPdf {

    private static final Color HEADER_BACKGROUND = new Color(0xE8, 0xEE, 0xF4);

    private DashboardPdf() {}

    static byte[] write(TeamDashboard dashboard, Translations translations, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString(locale.getLanguage()));
            String title = translations.getTranslation("dashboard.title", locale) + ": " + dashboard.courseTitle();
            document.addTitle(title);
            document.addCreator("Pendel");
            document.open();

            PdfFonts fonts = PdfFonts.forDocument();
            Font heading = fonts.font(PdfFonts.Cut.BOLD, 15);
            Font subheading = fonts.font(PdfFonts.Cut.BOLD, 11.5f);
            Font small = fonts.font(PdfFonts.Cut.REGULAR, 8.5f);
            Font bold = fonts.font(PdfFonts.Cut.BOLD, 8.5f);

            document.add(new Paragraph(title, heading));
            for (DashboardTables.Section section : DashboardTables.of(dashboard, translations, locale)) {
                Paragraph sectionTitle = new Paragraph(section.title(), subheading);
                sectionTitle.setSpacingBefore(10);
                document.add(sectionTitle);
                if (section.rows().isEmpty()) {
                    document.add(new Paragraph(translations.getTranslation("dashboard.nothing-yet", locale), small));
                    continue;
                }
                document.add(table(section, small, bold));
            }
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not make the dashboard PDF", e);
        } finally {
            if (document.isOpen()) {
                document.close();
            }
        }
        return out.toByteArray();
    }

    private static PdfPTable table(DashboardTables.Section section, Font small, Font bold) {
        PdfPTable table = new PdfPTable(section.header().size());
        table.setWidthPercentage(100);
        table.setSpacingBefore(6);
        table.setHeaderRows(1);
        for (String text : section.header()) {
            PdfPCell cell = cell(text, bold);
            cell.setBackgroundColor(HEADER_BACKGROUND);
            table.addCell(cell);
        }
        for (List<String> row : section.rows()) {
            for (int i = 0; i < section.header().size(); i++) {
                table.addCell(cell(i < row.size() ? row.get(i) : "", small));
            }
        }
        return table;
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setPadding(3);
        return cell;
    }
}
