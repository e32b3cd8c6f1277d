package nl.pendel.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.openpdf.text.DocumentException;
import org.openpdf.text.pdf.BaseFont;

/**
 * The font of Pendel's PDF documents: Liberation Sans (shipped with OpenPDF), embedded, with the
 * whole Unicode range a Dutch text needs (ë, é, €, quotes and dashes).
 */
public final class PdfFonts {

    private static final String FONT = "font-fallback/LiberationSans-Regular.ttf";

    private PdfFonts() {}

    public static BaseFont regular() {
        try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IllegalStateException("Font " + FONT + " is missing from the class path");
            }
            return BaseFont.createFont(
                    "LiberationSans-Regular.ttf",
                    BaseFont.IDENTITY_H,
                    BaseFont.EMBEDDED,
                    false,
                    in.readAllBytes(),
                    null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
    }
}
