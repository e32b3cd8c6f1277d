package nl.pendel.shared;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Font;
import org.openpdf.text.pdf.BaseFont;

/**
 * The fonts of Pendel's PDF documents: Liberation Sans in its real regular, bold, italic and bold
 * italic cuts (from the {@code openpdf-fonts-extra} artifact, SIL Open Font License 1.1), embedded
 * as Unicode (Identity-H) subsets, so every name prints as written: Dutch (ë, é, ĳ), Turkish (ı,
 * İ, ş, ğ), Polish (ł, ń, ż), Hungarian (ő, ű) and the rest of Latin Extended-A, quotes, dashes and
 * €. Bold and italic text use the bold and italic fonts themselves, not a thickened or slanted
 * regular one. One instance per document.
 */
public final class PdfFonts {

    /** The four cuts of the family, with their file in the class path. */
    public enum Cut {
        REGULAR("liberation/LiberationSans-Regular.ttf"),
        BOLD("liberation/LiberationSans-Bold.ttf"),
        ITALIC("liberation/LiberationSans-Italic.ttf"),
        BOLD_ITALIC("liberation/LiberationSans-BoldItalic.ttf");

        private final String resource;

        Cut(String resource) {
            this.resource = resource;
        }
    }

    private static final Map<Cut, byte[]> FILES = new EnumMap<>(Cut.class);

    private final Map<Cut, BaseFont> fonts = new EnumMap<>(Cut.class);

    private PdfFonts() {}

    /** The fonts for one new document. */
    public static PdfFonts forDocument() {
        return new PdfFonts();
    }

    /** A font of this cut and size, in black. */
    public Font font(Cut cut, float size) {
        return font(cut, size, Color.BLACK);
    }

    /**
     * A font of this cut, size and colour. Its style stays {@link Font#NORMAL}: the cut itself is
     * bold or italic, and OpenPDF would otherwise thicken or slant it once more.
     */
    public Font font(Cut cut, float size, Color color) {
        return new Font(base(cut), size, Font.NORMAL, color);
    }

    /** The embedded font of this cut. */
    public BaseFont base(Cut cut) {
        return fonts.computeIfAbsent(cut, PdfFonts::load);
    }

    private static BaseFont load(Cut cut) {
        String name = cut.resource.substring(cut.resource.lastIndexOf('/') + 1);
        try {
            return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, file(cut), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
    }

    private static synchronized byte[] file(Cut cut) throws IOException {
        byte[] bytes = FILES.get(cut);
        if (bytes == null) {
            try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(cut.resource)) {
                if (in == null) {
                    throw new IllegalStateException("Font " + cut.resource + " is missing from the class path");
                }
                bytes = in.readAllBytes();
            }
            FILES.put(cut, bytes);
        }
        return bytes;
    }
}
