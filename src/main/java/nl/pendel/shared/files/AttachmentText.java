package nl.pendel.shared.files;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import nl.pendel.shared.UserFacingException;
import org.jspecify.annotations.Nullable;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

/**
 * The text inside an uploaded document, for searching and for checks on its content. A file that was already accepted
 * by {@link UploadedFileInspector} but whose text cannot be read gives "".
 *
 * <p>Reading is bounded, since a small upload can unpack into gigabytes: at most {@link #MAX_UNPACKED_BYTES} unpacked,
 * at most {@link #MAX_READ_BYTES} handed to the parser (a PDF may reuse one stream on every page or draw one form
 * thousands of times), at most {@link #MAX_TIME}, and at most {@link #MAX_PARALLEL} documents at once. A document
 * beyond these limits is refused with {@code upload.error.too-complex} rather than stored unchecked. XML is read with
 * DTDs refused (no entity expansion, no external entities) and the result is cut off at {@link #MAX_CHARS} characters.
 *
 * <p>Reading takes up to a few seconds: call it before a transaction starts and outside any UI lock.
 */
public final class AttachmentText {

    /** The longest text returned. */
    public static final int MAX_CHARS = 200_000;

    /** The most bytes of XML inflated from a DOCX or ODT. */
    static final long MAX_XML_BYTES = 64L * 1024 * 1024;

    /** The most PDF pages read. */
    static final int MAX_PDF_PAGES = 1_000;

    /** The most bytes unpacked from one document (held in memory at once). */
    static final long MAX_UNPACKED_BYTES = 32L * 1024 * 1024;

    /** The most bytes handed to the PDF parser for one document, counting a stream again each time it is used. */
    static final long MAX_READ_BYTES = 32L * 1024 * 1024;

    /** The longest time spent reading one document. */
    static final Duration MAX_TIME = Duration.ofSeconds(5);

    /** How many documents are read at the same time; more wait up to {@link #MAX_WAIT}. */
    static final int MAX_PARALLEL = 2;

    static final Duration MAX_WAIT = Duration.ofSeconds(15);

    private static final Semaphore READERS = new Semaphore(MAX_PARALLEL, true);

    private static final Set<String> WORD_NAMESPACES = Set.of(
            "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
            "http://purl.oclc.org/ooxml/wordprocessingml/main");
    private static final String ODF_TEXT_NAMESPACE = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";

    private static final XMLInputFactory XML = secureXmlInputFactory();

    private AttachmentText() {}

    /**
     * The text of the file: paragraphs on their own lines, at most {@link #MAX_CHARS} characters.
     *
     * @return the text, or "" for images, null input, or anything that cannot be read
     * @throws UserFacingException {@code upload.error.too-complex} if the file costs more to read than allowed, or
     *     {@code upload.error.busy} if too many files are being read right now
     */
    public static String extract(@Nullable FileKind kind, byte @Nullable [] bytes) {
        if (kind == null || bytes == null || bytes.length == 0 || kind == FileKind.PNG || kind == FileKind.JPEG) {
            return "";
        }
        acquire();
        ReadingBudget budget = new ReadingBudget(MAX_UNPACKED_BYTES, MAX_READ_BYTES, MAX_TIME);
        try {
            String text =
                    switch (kind) {
                        case PDF -> pdf(bytes, budget);
                        case DOCX -> fromZippedXml(bytes, "word/document.xml", new WordText(), budget);
                        case ODT -> fromZippedXml(bytes, "content.xml", new OdfText(), budget);
                        case PNG, JPEG -> "";
                    };
            return tidy(text);
        } catch (ReadingBudget.TooComplexException | OutOfMemoryError e) {
            throw tooComplex();
        } catch (Exception | StackOverflowError e) {
            if (budget.exceeded()) {
                throw tooComplex();
            }
            // best effort: the upload itself was fine, we just cannot read its text
            return "";
        } finally {
            READERS.release();
        }
    }

    private static void acquire() {
        try {
            if (!READERS.tryAcquire(MAX_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new UserFacingException("upload.error.busy");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserFacingException("upload.error.busy");
        }
    }

    private static UserFacingException tooComplex() {
        return new UserFacingException("upload.error.too-complex");
    }

    private static String pdf(byte[] bytes, ReadingBudget budget) throws IOException {
        PdfReader reader = BoundedPdfReader.open(bytes, budget);
        try {
            PdfTextStreams streams = new PdfTextStreams(reader, budget);
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            int pages = Math.min(reader.getNumberOfPages(), MAX_PDF_PAGES);
            for (int page = 1; page <= pages && text.length() < MAX_CHARS; page++) {
                streams.prepare(page);
                String pageText = extractor.getTextFromPage(page);
                budget.checkTime(); // also when OpenPDF swallowed the budget's exception
                if (pageText != null && !pageText.isBlank()) {
                    text.append(pageText.strip()).append("\n\n");
                }
            }
            return text.toString();
        } finally {
            reader.close();
        }
    }

    private static String fromZippedXml(byte[] bytes, String entry, XmlText handler, ReadingBudget budget)
            throws Exception {
        try (ZipPackage zip = ZipPackage.open(bytes);
                InputStream in = zip.openEntry(entry, MAX_XML_BYTES)) {
            if (in == null) {
                return "";
            }
            XMLStreamReader xml = XML.createXMLStreamReader(in);
            try {
                StringBuilder text = new StringBuilder();
                int events = 0;
                while (xml.hasNext() && text.length() < MAX_CHARS) {
                    int event = xml.next();
                    if (++events % 4096 == 0) {
                        budget.checkTime();
                    }
                    if (event == XMLStreamConstants.DTD) {
                        throw new XMLStreamException("DOCTYPE not allowed in " + entry);
                    }
                    handler.on(event, xml, text);
                }
                return text.toString();
            } finally {
                xml.close();
            }
        } catch (ZipPackage.TooLargeException e) {
            throw budget.exceed(e.getMessage());
        } catch (XMLStreamException e) {
            if (e.getCause() instanceof ZipPackage.TooLargeException tooLarge) {
                throw budget.exceed(tooLarge.getMessage());
            }
            throw e;
        }
    }

    /** At most {@link #MAX_CHARS}, no runs of blank lines, no trailing spaces. */
    private static String tidy(String text) {
        String tidy = text.replace("\r\n", "\n")
                .replaceAll("[ \\t\\u00A0]+\\n", "\n")
                .replaceAll("\\n{3,}", "\n\n")
                .strip();
        if (tidy.length() <= MAX_CHARS) {
            return tidy;
        }
        int end = MAX_CHARS;
        if (Character.isHighSurrogate(tidy.charAt(end - 1))) {
            end--;
        }
        return tidy.substring(0, end);
    }

    private static XMLInputFactory secureXmlInputFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external resources are not loaded: " + systemId);
        });
        return factory;
    }

    /** Collects text from a stream of XML events. */
    private interface XmlText {
        void on(int event, XMLStreamReader xml, StringBuilder text);
    }

    /** WordprocessingML: text in w:t, tabs and breaks, a line per w:p. */
    private static final class WordText implements XmlText {

        private int inText;

        @Override
        public void on(int event, XMLStreamReader xml, StringBuilder text) {
            if (event == XMLStreamConstants.START_ELEMENT && WORD_NAMESPACES.contains(xml.getNamespaceURI())) {
                switch (xml.getLocalName()) {
                    case "t" -> inText++;
                    case "tab" -> text.append('\t');
                    case "br", "cr" -> text.append('\n');
                    default -> {}
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && WORD_NAMESPACES.contains(xml.getNamespaceURI())) {
                switch (xml.getLocalName()) {
                    case "t" -> inText = Math.max(0, inText - 1);
                    case "p" -> text.append('\n');
                    default -> {}
                }
            } else if (inText > 0 && isCharacters(event)) {
                text.append(xml.getText());
            }
        }
    }

    /** OpenDocument text: everything inside text:p and text:h, with text:s, text:tab and text:line-break. */
    private static final class OdfText implements XmlText {

        private static final int MAX_SPACES = 100;

        private int inParagraph;

        @Override
        public void on(int event, XMLStreamReader xml, StringBuilder text) {
            if (event == XMLStreamConstants.START_ELEMENT && ODF_TEXT_NAMESPACE.equals(xml.getNamespaceURI())) {
                switch (xml.getLocalName()) {
                    case "p", "h" -> inParagraph++;
                    case "s" -> text.append(" ".repeat(spaces(xml)));
                    case "tab" -> text.append('\t');
                    case "line-break" -> text.append('\n');
                    default -> {}
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && ODF_TEXT_NAMESPACE.equals(xml.getNamespaceURI())) {
                String name = xml.getLocalName();
                if (name.equals("p") || name.equals("h")) {
                    inParagraph = Math.max(0, inParagraph - 1);
                    text.append('\n');
                }
            } else if (inParagraph > 0 && isCharacters(event)) {
                text.append(xml.getText());
            }
        }

        private static int spaces(XMLStreamReader xml) {
            String count = xml.getAttributeValue(ODF_TEXT_NAMESPACE, "c");
            try {
                return count == null ? 1 : Math.clamp(Integer.parseInt(count.strip()), 1, MAX_SPACES);
            } catch (NumberFormatException e) {
                return 1;
            }
        }
    }

    private static boolean isCharacters(int event) {
        return event == XMLStreamConstants.CHARACTERS
                || event == XMLStreamConstants.CDATA
                || event == XMLStreamConstants.SPACE;
    }
}
