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

    private final Translations translations;
    private final Locale locale;
    private final ZoneId zone;
    private final Document document;
    /** One set of fonts for the document, so each is embedded once. */
    private final PdfFonts fonts = PdfFonts.forDocument();

    private final Font label;
    private final Font body;
    private final Font muted;

    private PlanPdf(Translations translations, Locale locale, ZoneId zone, Document document) {
        this.translations = translations;
        this.locale = locale;
        this.zone = zone;
        this.document = document;
        this.label = fonts.font(PdfFonts.Cut.BOLD, 9);
        this.body = fonts.font(PdfFonts.Cut.REGULAR, 10.5f);
        this.muted = fonts.font(PdfFonts.Cut.ITALIC, 9.5f, MUTED);
    }

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
            PlanPdf pdf = new PlanPdf(translations, locale, zone, document);
            pdf.heading(title);
            pdf.facts(plan, competences);
            pdf.sections(plan);
            pdf.made(now);
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not make the plan PDF", e);
        } finally {
            if (document.isOpen()) {
                document.close();
            }
        }
        return out.toByteArray();
    }

    private void heading(String title) {
        document.add(
                new Paragraph(t("plan.pdf.kicker").toUpperCase(locale), fonts.font(PdfFonts.Cut.REGULAR, 9, ACCENT)));
        Paragraph titleLine = new Paragraph(title, fonts.font(PdfFonts.Cut.BOLD, 20));
        titleLine.setSpacingAfter(10);
        document.add(titleLine);
    }

    private void facts(Plan plan, String competences) {
        PdfPTable facts = new PdfPTable(new float[] {1.1f, 3f});
        facts.setWidthPercentage(100);
        fact(facts, "plan.pdf.course", plan.courseTitle());
        fact(facts, "plan.pdf.subgroup", Integer.toString(plan.subgroupNumber()));
        fact(facts, "plan.pdf.members", String.join(", ", plan.members()));
        fact(facts, "plan.pdf.status", t(plan.status().translationKey()));
        fact(facts, "plan.pdf.competences", competences);
        if (plan.signedOffBy() != null && plan.signedOffAt() != null) {
            fact(facts, "plan.pdf.signed-off", plan.signedOffBy() + ", " + date(plan.signedOffAt()));
        }
        document.add(facts);
    }

    private void sections(Plan plan) {
        Font sectionHeading = fonts.font(PdfFonts.Cut.BOLD, 12.5f, ACCENT);
        for (PlanSection section : plan.sections()) {
            Paragraph sectionTitle = new Paragraph(section.title(), sectionHeading);
            sectionTitle.setSpacingBefore(14);
            sectionTitle.setSpacingAfter(4);
            document.add(sectionTitle);
            if (section.isEmpty()) {
                document.add(new Paragraph(t("plan.pdf.empty"), muted));
                continue;
            }
            for (String paragraph : section.content().strip().split("\\R\\s*\\R")) {
                Paragraph text = new Paragraph(paragraph.strip(), body);
                text.setLeading(14.5f);
                text.setSpacingAfter(5);
                document.add(text);
            }
        }
    }

    private void made(java.time.Instant now) {
        Paragraph made = new Paragraph(t("plan.pdf.made") + " " + date(now), muted);
        made.setSpacingBefore(18);
        document.add(made);
    }

    private String date(java.time.Instant instant) {
        return DateTimeFormatter.ofPattern("d MMMM yyyy", locale).withZone(zone).format(instant);
    }

    private void fact(PdfPTable table, String key, String value) {
        PdfPCell left = new PdfPCell(new Phrase(t(key), label));
        PdfPCell right = new PdfPCell(new Phrase(new Chunk(value.isBlank() ? "–" : value, body)));
        for (PdfPCell cell : new PdfPCell[] {left, right}) {
            cell.setBorder(0);
            cell.setBackgroundColor(BLOCK);
            cell.setPadding(5);
            table.addCell(cell);
        }
    }

    private String t(String key) {
        return translations.getTranslation(key, locale);
    }
}
