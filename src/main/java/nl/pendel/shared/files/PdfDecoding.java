package nl.pendel.shared.files;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.jspecify.annotations.Nullable;
import org.openpdf.text.pdf.LZWDecoder;
import org.openpdf.text.pdf.PRStream;
import org.openpdf.text.pdf.PdfArray;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.RandomAccessFileOrArray;

/**
 * Unpacks a PDF stream within a {@link ReadingBudget}. OpenPDF inflates without any limit, so the streams that text
 * extraction reads are unpacked here first, and OpenPDF is given the result. Only the filters a text stream may carry
 * are unpacked (Flate, LZW, ASCII hex and base-85); a text stream with any other filter is refused.
 */
final class PdfDecoding {

    private static final int MAX_FILTERS = 4;
    private static final int BUFFER = 64 * 1024;

    private PdfDecoding() {}

    /**
     * The unpacked bytes of a stream; records them as unpacked in the budget.
     *
     * @param file the document's file while the reader is still being opened, else null
     */
    static byte[] decode(PRStream stream, @Nullable RandomAccessFileOrArray file, ReadingBudget budget)
            throws IOException {
        byte[] bytes = file == null ? PdfReader.getStreamBytesRaw(stream) : PdfReader.getStreamBytesRaw(stream, file);
        List<PdfObject> filters = list(stream.get(PdfName.FILTER));
        List<PdfObject> parameters = list(stream.get(PdfName.DECODEPARMS));
        if (filters.size() > MAX_FILTERS) {
            throw budget.exceed("too many filters");
        }
        for (int i = 0; i < filters.size(); i++) {
            PdfObject filter = PdfReader.getPdfObjectRelease(filters.get(i));
            PdfObject parameter = i < parameters.size() ? PdfReader.getPdfObjectRelease(parameters.get(i)) : null;
            String name = filter == null ? "" : filter.toString();
            bytes = switch (name) {
                case "/FlateDecode", "/Fl" -> predicted(inflate(bytes, budget), parameter);
                case "/LZWDecode", "/LZW" -> predicted(lzw(bytes, budget), parameter);
                case "/ASCIIHexDecode", "/AHx" -> PdfReader.ASCIIHexDecode(bytes);
                case "/ASCII85Decode", "/A85" -> PdfReader.ASCII85Decode(bytes);
                case "/Crypt" -> bytes;
                default -> throw budget.exceed("filter " + name + " in a text stream");
            };
            budget.checkTime();
        }
        budget.unpacked(bytes.length);
        return bytes;
    }

    private static List<PdfObject> list(@Nullable PdfObject value) {
        PdfObject direct = PdfReader.getPdfObjectRelease(value);
        if (direct == null) {
            return List.of();
        }
        if (direct.isArray()) {
            return ((PdfArray) direct).getElements();
        }
        return List.of(direct);
    }

    private static byte[] predicted(byte[] bytes, @Nullable PdfObject parameter) {
        return parameter instanceof PdfDictionary ? PdfReader.decodePredictor(bytes, parameter) : bytes;
    }

    /** Inflates at most what the budget allows; a damaged stream gives what came before the damage, as OpenPDF does. */
    private static byte[] inflate(byte[] packed, ReadingBudget budget) {
        long limit = budget.unpackable();
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(packed);
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(BUFFER, packed.length * 4 + 16));
            byte[] buffer = new byte[BUFFER];
            while (!inflater.finished()) {
                int n;
                try {
                    n = inflater.inflate(buffer);
                } catch (DataFormatException e) {
                    break;
                }
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                out.write(buffer, 0, n);
                if (out.size() > limit) {
                    throw budget.exceed("unpacks beyond the limit");
                }
                budget.checkTime();
            }
            return out.toByteArray();
        } finally {
            inflater.end();
        }
    }

    private static byte[] lzw(byte[] packed, ReadingBudget budget) {
        LimitedOutput out = new LimitedOutput(budget);
        try {
            new LZWDecoder().decode(packed, out);
        } catch (RuntimeException e) {
            if (budget.exceeded()) {
                throw budget.exceed("unpacks beyond the limit");
            }
            // damaged: keep what was unpacked, as OpenPDF does
        }
        return out.toByteArray();
    }

    /** Collects output and fails once it grows past what the budget allows. */
    private static final class LimitedOutput extends OutputStream {

        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final ReadingBudget budget;
        private final long limit;

        LimitedOutput(ReadingBudget budget) {
            this.budget = budget;
            this.limit = budget.unpackable();
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            out.write(bytes, offset, length);
            if (out.size() > limit) {
                throw budget.exceed("unpacks beyond the limit");
            }
        }

        byte[] toByteArray() {
            return out.toByteArray();
        }
    }
}
