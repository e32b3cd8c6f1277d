package nl.pendel.shared.files;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.openpdf.text.pdf.PRStream;
import org.openpdf.text.pdf.PdfArray;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfReader;

/**
 * Prepares a page for OpenPDF's text extraction so that it reads nothing without limit: the page's content, the forms it
 * draws and its fonts' character maps are unpacked within the {@link ReadingBudget} (once per stream), and put in the
 * page as streams that count every time they are read. A document that draws one form thousands of times, or gives every
 * page the same huge content, runs out of budget instead of out of memory or time.
 */
final class PdfTextStreams {

    private static final int MAX_DEPTH = 16;

    private final ReadingBudget budget;
    private final PdfReader reader;
    private final Map<PRStream, CountedStream> unpacked = new IdentityHashMap<>();
    private final Set<PdfDictionary> prepared = Collections.newSetFromMap(new IdentityHashMap<>());

    PdfTextStreams(PdfReader reader, ReadingBudget budget) {
        this.reader = reader;
        this.budget = budget;
    }

    /** Prepares one page (1-based) before its text is read. */
    void prepare(int page) throws IOException {
        PdfDictionary dictionary = reader.getPageN(page);
        if (dictionary == null) {
            return;
        }
        PdfObject contents = PdfReader.getPdfObject(dictionary.get(PdfName.CONTENTS));
        if (contents instanceof PRStream stream) {
            dictionary.put(PdfName.CONTENTS, counted(stream));
        } else if (contents instanceof PdfArray parts) {
            PdfArray counted = new PdfArray();
            for (PdfObject part : new ArrayList<>(parts.getElements())) {
                budget.checkTime();
                if (PdfReader.getPdfObject(part) instanceof PRStream stream) {
                    counted.add(counted(stream));
                }
            }
            dictionary.put(PdfName.CONTENTS, counted);
        }
        resources(dictionary.getAsDict(PdfName.RESOURCES), 0);
    }

    private void resources(@Nullable PdfDictionary resources, int depth) throws IOException {
        if (resources == null || !prepared.add(resources)) {
            return;
        }
        if (depth > MAX_DEPTH) {
            throw budget.exceed("forms nested too deeply");
        }
        budget.checkTime();
        PdfDictionary forms = resources.getAsDict(PdfName.XOBJECT);
        if (forms != null) {
            for (PdfName name : new ArrayList<>(forms.getKeys())) {
                if (PdfReader.getPdfObject(forms.get(name)) instanceof PRStream form
                        && PdfName.FORM.equals(form.getAsName(PdfName.SUBTYPE))) {
                    forms.put(name, counted(form));
                    resources(form.getAsDict(PdfName.RESOURCES), depth + 1);
                }
            }
        }
        PdfDictionary fonts = resources.getAsDict(PdfName.FONT);
        if (fonts != null) {
            for (PdfName name : new ArrayList<>(fonts.getKeys())) {
                font(PdfReader.getPdfObject(fonts.get(name)));
            }
        }
        PdfDictionary states = resources.getAsDict(PdfName.EXTGSTATE);
        if (states != null) {
            for (PdfName name : new ArrayList<>(states.getKeys())) {
                if (PdfReader.getPdfObject(states.get(name)) instanceof PdfDictionary state
                        && state.getAsArray(PdfName.FONT) instanceof PdfArray font
                        && !font.isEmpty()) {
                    font(PdfReader.getPdfObject(font.getPdfObject(0)));
                }
            }
        }
    }

    /** A font's character map is read each time the page selects the font. */
    private void font(@Nullable PdfObject font) throws IOException {
        if (font instanceof PdfDictionary dictionary
                && prepared.add(dictionary)
                && PdfReader.getPdfObject(dictionary.get(PdfName.TOUNICODE)) instanceof PRStream map) {
            dictionary.put(PdfName.TOUNICODE, counted(map));
        }
    }

    private CountedStream counted(PRStream stream) throws IOException {
        if (stream instanceof CountedStream counted) {
            return counted;
        }
        CountedStream counted = unpacked.get(stream);
        if (counted == null) {
            byte[] bytes = PdfDecoding.decode(stream, null, budget);
            // the object itself no longer needs unpacking, wherever else the document refers to it
            stream.setData(bytes, false);
            stream.remove(PdfName.DECODEPARMS);
            counted = new CountedStream(stream, budget);
            unpacked.put(stream, counted);
        }
        return counted;
    }

    /** An unpacked stream that counts its bytes against the budget each time OpenPDF reads them. */
    private static final class CountedStream extends PRStream {

        private final ReadingBudget budget;

        CountedStream(PRStream unpacked, ReadingBudget budget) {
            super(unpacked, null);
            this.budget = budget;
        }

        @Override
        public byte[] getBytes() {
            byte[] bytes = super.getBytes();
            budget.read(bytes.length);
            return bytes;
        }
    }
}
