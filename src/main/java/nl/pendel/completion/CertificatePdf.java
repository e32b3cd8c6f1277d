package nl.pendel.completion;

import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.pendel.shared.PdfFonts;
import nl.pendel.shared.Translations;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;

/**
 * A certificate of participation as an A4 PDF (OpenPDF, fonts embedded as in the accreditation
 * list): the person's name, the course, the programme's meetings with their dates, the hours
 * attended, the register number, the trainers and the day it was issued.
 */
final class CertificatePdf {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private CertificatePdf() {
        // functions only, no instances
    }

    static byte[] write(Certificate certificate, Translations translations, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 72, 56);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString(locale.getLanguage()));
            String title = translations.getTranslation("completion.certificate.title", locale);
            document.addTitle(title + ": " + certificate.courseTitle());
            document.addCreator("Pendel");
            document.open();

            PdfFonts fonts = PdfFonts.forDocument();
            Font heading = fonts.font(PdfFonts.Cut.BOLD, 22);
            Font name = fonts.font(PdfFonts.Cut.BOLD, 18);
            Font normal = fonts.font(PdfFonts.Cut.REGULAR, 11);
            Font small = fonts.font(PdfFonts.Cut.REGULAR, 9);

            document.add(centred(title, heading, 24));
            document.add(centred(translations.getTranslation("completion.certificate.declares", locale), normal, 12));
            document.add(centred(certificate.name(), name, 12));
            document.add(centred(translations.getTranslation("completion.certificate.took-part", locale), normal, 6));
            document.add(centred(certificate.courseTitle(), fonts.font(PdfFonts.Cut.BOLD, 14), 18));

            document.add(
                    new Paragraph(translations.getTranslation("completion.certificate.programme", locale), normal));
            for (Certificate.Meeting meeting : certificate.meetings()) {
                String dates = meeting.dates().stream().map(DATE::format).collect(Collectors.joining(", "));
                document.add(new Paragraph(
                        meeting.position() + ". " + meeting.title() + (dates.isEmpty() ? "" : " (" + dates + ")"),
                        normal));
            }
            document.add(spaced(
                    translations.getTranslation(
                            "completion.certificate.hours",
                            locale,
                            "%.1f".formatted(certificate.hours()).replace('.', ',')),
                    normal));
            document.add(new Paragraph(
                    translations.getTranslation("completion.certificate.number", locale, certificate.registerNumber()),
                    normal));
            document.add(new Paragraph(
                    translations.getTranslation(
                            "completion.certificate.trainers", locale, String.join(", ", certificate.trainers())),
                    normal));
            document.add(spaced(
                    translations.getTranslation(
                            "completion.certificate.issued-on", locale, DATE.format(certificate.issuedOn())),
                    small));
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not make the certificate PDF", e);
        } finally {
            if (document.isOpen()) {
                document.close();
            }
        }
        return out.toByteArray();
    }

    private static Paragraph centred(String text, Font font, float after) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setSpacingAfter(after);
        return paragraph;
    }

    private static Paragraph spaced(String text, Font font) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setSpacingBefore(12);
        return paragraph;
    }
}
