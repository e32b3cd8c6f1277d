package nl.pendel.plan;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.pendel.shared.PdfFonts;
import nl.pendel.shared.Translations;
import org.openpdf.text.Chunk;
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
 * A plan as an A4 document for a team meeting or a partner: title, a block with course, subgroup,
 * members, status and competences, then every section under its heading with its text (or "nog
 * niet ingevuld"), and the date it was made. The fonts are embedded ({@link PdfFonts}), so every
 * name prints as written.
 */
final class PlanPdf {

    private static final Color ACCENT = new Color(0x0F, 0x5E, 0x63);
    private static final Color MUTED = new Color(0x5B, 0x66, 0x6B);
    private static final Color BLOCK = new Color(0xF1, 0xF4, 0xF4);

    private PlanPdf() {}

    static byte[] write(
            Plan plan,
            String title,
            String competences,
            Translations translations,
            Locale locale,
            ZoneId zone,
            java.time.Instant now) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString(locale.getLanguage()));
            document.addTitle(title);
            document.addCreator("Pendel");
            document.open();

            PdfFonts fonts = PdfFonts.forDocument();
            Font kicker = fonts.font(PdfFonts.Cut.REGULAR, 9, ACCENT);
            Font heading = fonts.font(PdfFonts.Cut.BOLD, 20);
            Font sectionHeading = fonts.font(PdfFonts.Cut.BOLD, 12.5f, ACCENT);
            Font body = fonts.font(PdfFonts.Cut.REGULAR, 10.5f);
            Font label = fonts.font(PdfFonts.Cut.BOLD, 9);
            Font muted = fonts.font(PdfFonts.Cut.ITALIC, 9.5f, MUTED);

            document.add(
                    new Paragraph(t(translations, locale, "plan.pdf.kicker").toUpperCase(locale), kicker));
            Paragraph titleLine = new Paragraph(title, heading);
            titleLine.setSpacingAfter(10);
            document.add(titleLine);

            PdfPTable facts = new PdfPTable(new float[] {1.1f, 3f});
            facts.setWidthPercentage(100);
            fact(facts, t(translations, locale, "plan.pdf.course"), plan.courseTitle(), label, body);
            fact(
                    facts,
                    t(translations, locale, "plan.pdf.subgroup"),
                    Integer.toString(plan.subgroupNumber()),
                    label,
                    body);
            fact(facts, t(translations, locale, "plan.pdf.members"), String.join(", ", plan.members()), label, body);
            fact(
                    facts,
                    t(translations, locale, "plan.pdf.status"),
                    t(translations, locale, plan.status().translationKey()),
                    label,
                    body);
            fact(facts, t(translations, locale, "plan.pdf.competences"), competences, label, body);
            if (plan.signedOffBy() != null && plan.signedOffAt() != null) {
                fact(
                        facts,
                        t(translations, locale, "plan.pdf.signed-off"),
                        plan.signedOffBy() + ", "
                                + DateTimeFormatter.ofPattern("d MMMM yyyy", locale)
                                        .withZone(zone)
                                        .format(plan.signedOffAt()),
                        label,
                        body);
            }
            document.add(facts);

            for (PlanSection section : plan.sections()) {
                Paragraph sectionTitle = new Paragraph(section.title(), sectionHeading);
                sectionTitle.setSpacingBefore(14);
                sectionTitle.setSpacingAfter(4);
                document.add(sectionTitle);
                if (section.isEmpty()) {
                    document.add(new Paragraph(t(translations, locale, "plan.pdf.empty"), muted));
                    continue;
                }
                for (String paragraph : section.content().strip().split("\\R\\s*\\R")) {
                    Paragraph text = new Paragraph(paragraph.strip(), body);
                    text.setLeading(14.5f);
                    text.setSpacingAfter(5);
                    document.add(text);
                }
            }
            Paragraph made = new Paragraph(
                    t(translations, locale, "plan.pdf.made")
                            + " "
                            + DateTimeFormatter.ofPattern("d MMMM yyyy", locale)
                                    .withZone(zone)
                                    .format(now),
                    muted);
            made.setSpacingBefore(18);
            document.add(made);
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not make the plan PDF", e);
        } finally {
            if (document.isOpen()) {
                document.close();
            }
        }
        return out.toByteArray();
    }

    private static void fact(PdfPTable table, String name, String value, Font label, Font body) {
        PdfPCell left = new PdfPCell(new Phrase(name, label));
        PdfPCell right = new PdfPCell(new Phrase(new Chunk(value.isBlank() ? "–" : value, body)));
        for (PdfPCell cell : new PdfPCell[] {left, right}) {
            cell.setBorder(0);
            cell.setBackgroundColor(BLOCK);
            cell.setPadding(5);
            table.addCell(cell);
        }
    }

    private static String t(Translations translations, Locale locale, String key) {
        return translations.getTranslation(key, locale);
    }
}
