package nl.pendel.shared.files;

import java.io.IOException;
import org.openpdf.text.pdf.IntHashtable;
import org.openpdf.text.pdf.PRStream;
import org.openpdf.text.pdf.PRTokeniser;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfNumber;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfReader;

/**
 * An OpenPDF reader that unpacks the streams it reads while opening (cross-reference streams and object streams)
 * within a {@link ReadingBudget} first, and hands OpenPDF the unpacked bytes, so opening a document never inflates
 * without limit.
 */
final class BoundedPdfReader extends PdfReader {

    /** The budget while the constructor runs (the overridden methods are called from it, before any field is set). */
    private static final ThreadLocal<ReadingBudget> OPENING = new ThreadLocal<>();

    private BoundedPdfReader(byte[] bytes) throws IOException {
        super(bytes);
    }

    /** Opens the document; fails with {@link ReadingBudget.TooComplexException} beyond the budget. */
    static PdfReader open(byte[] bytes, ReadingBudget budget) throws IOException {
        OPENING.set(budget);
        try {
            return new BoundedPdfReader(bytes);
        } finally {
            OPENING.remove();
        }
    }

    @Override
    protected void readObjStm(PRStream stream, IntHashtable map) throws IOException {
        unpackFirst(stream);
        super.readObjStm(stream, map);
    }

    @Override
    protected PdfObject readOneObjStm(PRStream stream, int index) throws IOException {
        unpackFirst(stream);
        return super.readOneObjStm(stream, index);
    }

    @Override
    protected boolean readXRefStream(int pointer) throws IOException {
        tokens.seek(pointer);
        if (tokens.nextToken()
                && tokens.getTokenType() == PRTokeniser.TK_NUMBER
                && tokens.nextToken()
                && tokens.getTokenType() == PRTokeniser.TK_NUMBER
                && tokens.nextToken()
                && "obj".equals(tokens.getStringValue())) {
            PdfObject object = readPRObject();
            if (object instanceof PRStream stream && stream.get(PdfName.LENGTH) instanceof PdfNumber length) {
                if (length.intValue() < 0
                        || length.intValue() > tokens.getFile().length()) {
                    throw budget().exceed("cross-reference stream longer than the file");
                }
                stream.setLength(length.intValue());
                PdfDecoding.decode(stream, tokens.getFile(), budget());
            }
        }
        return super.readXRefStream(pointer);
    }

    /** Replaces the stream's packed bytes by the unpacked ones, so OpenPDF does not unpack them itself. */
    private void unpackFirst(PRStream stream) throws IOException {
        byte[] unpacked = PdfDecoding.decode(stream, tokens.getFile(), budget());
        stream.setData(unpacked, false);
    }

    private static ReadingBudget budget() {
        ReadingBudget budget = OPENING.get();
        if (budget == null) {
            throw new IllegalStateException("objects are only read while opening");
        }
        return budget;
    }
}
