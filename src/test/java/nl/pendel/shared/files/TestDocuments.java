package nl.pendel.shared.files;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.openpdf.text.Document;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;

/** Small real files of every kind, built in memory for the tests. */
public final class TestDocuments {

    static final String DOCX_CONTENT_TYPES = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
              <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
              <Default Extension="xml" ContentType="application/xml"/>
              <Override PartName="/word/document.xml" \
            ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
            </Types>
            """;

    static final String DOCX_RELS = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
              <Relationship Id="rId1" \
            Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
            Target="word/document.xml"/>
            </Relationships>
            """;

    private TestDocuments() {}

    /** A real PDF with one paragraph of text per argument. */
    public static byte[] pdf(String... paragraphs) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document();
        PdfWriter.getInstance(document, out);
        document.open();
        for (String paragraph : paragraphs) {
            document.add(new Paragraph(paragraph));
        }
        document.close();
        return out.toByteArray();
    }

    /**
     * A PDF decompression bomb: {@code pages} pages whose content is one and the same Flate stream that inflates to
     * {@code inflatedMegabytes} MB of harmless drawing operators; a few hundred kB on disk. Written by hand, with a
     * correct cross-reference table, as an attacker would.
     */
    static byte[] pdfBomb(int pages, int inflatedMegabytes) {
        return PdfBombs.sharedContent(pages, inflatedMegabytes);
    }

    /** A minimal WordprocessingML document with one paragraph per argument. */
    static byte[] docx(String... paragraphs) {
        StringBuilder body = new StringBuilder();
        for (String paragraph : paragraphs) {
            body.append("<w:p><w:r><w:t xml:space=\"preserve\">")
                    .append(escape(paragraph))
                    .append("</w:t></w:r></w:p>");
        }
        return docxWithDocumentXml(wordDocument(body.toString()));
    }

    static String wordDocument(String body) {
        return """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\
                <w:body>%s</w:body></w:document>
                """.formatted(body);
    }

    static byte[] docxWithDocumentXml(String documentXml) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("[Content_Types].xml", utf8(DOCX_CONTENT_TYPES));
        entries.put("_rels/.rels", utf8(DOCX_RELS));
        entries.put("word/document.xml", utf8(documentXml));
        return zip(entries, false);
    }

    /** A minimal OpenDocument text with a heading and one paragraph per argument. */
    static byte[] odt(String heading, String... paragraphs) {
        StringBuilder body = new StringBuilder();
        body.append("<text:h text:outline-level=\"1\">").append(escape(heading)).append("</text:h>");
        for (String paragraph : paragraphs) {
            body.append("<text:p>").append(escape(paragraph)).append("</text:p>");
        }
        return odtWithContentXml("""
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document-content \
                xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
                xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3">\
                <office:body><office:text>%s</office:text></office:body></office:document-content>
                """.formatted(body));
    }

    static byte[] odtWithContentXml(String contentXml) {
        return odtLike("application/vnd.oasis.opendocument.text", contentXml);
    }

    static byte[] odtLike(String mimetype, String contentXml) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("mimetype", mimetype.getBytes(StandardCharsets.US_ASCII));
        entries.put("META-INF/manifest.xml", utf8("""
                        <?xml version="1.0" encoding="UTF-8"?>
                        <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" \
                        manifest:version="1.3">
                          <manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>
                          <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
                        </manifest:manifest>
                        """.formatted(mimetype)));
        entries.put("content.xml", utf8(contentXml));
        return zip(entries, true);
    }

    /** Looks like a spreadsheet: a ZIP with [Content_Types].xml but no word/document.xml. */
    static byte[] xlsxLike() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("[Content_Types].xml", utf8("""
                        <?xml version="1.0" encoding="UTF-8"?>
                        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                          <Override PartName="/xl/workbook.xml" \
                        ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
                        </Types>
                        """));
        entries.put("_rels/.rels", utf8(DOCX_RELS.replace("word/document.xml", "xl/workbook.xml")));
        entries.put("xl/workbook.xml", utf8("<workbook/>"));
        return zip(entries, false);
    }

    static byte[] png() {
        return image("png", BufferedImage.TYPE_INT_ARGB);
    }

    static byte[] jpeg() {
        return image("jpg", BufferedImage.TYPE_INT_RGB);
    }

    private static byte[] image(String format, int type) {
        BufferedImage image = new BufferedImage(16, 12, type);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(0, 0, 16, 12);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no ImageIO writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A ZIP archive; with {@code firstStored} the first entry is stored uncompressed, as ODF requires for mimetype. */
    static byte[] zip(Map<String, byte[]> entries, boolean firstStored) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            boolean first = true;
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                ZipEntry entry = new ZipEntry(e.getKey());
                if (first && firstStored) {
                    CRC32 crc = new CRC32();
                    crc.update(e.getValue());
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(e.getValue().length);
                    entry.setCompressedSize(e.getValue().length);
                    entry.setCrc(crc.getValue());
                }
                first = false;
                zip.putNextEntry(entry);
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
