package nl.pendel.shared.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class AttachmentTextTest {

    private static final String SENTENCE = "De buurtcoach bezoekt mevrouw Jansen elke dinsdag & vrijdag.";

    @Test
    void text_of_a_pdf_contains_its_sentences() {
        byte[] pdf = TestDocuments.pdf(SENTENCE, "Tweede alinea.");

        String text = AttachmentText.extract(FileKind.PDF, pdf);

        assertThat(text).contains(SENTENCE).contains("Tweede alinea.");
    }

    @Test
    void text_of_a_docx_has_a_line_per_paragraph() {
        byte[] docx = TestDocuments.docx(SENTENCE, "Tweede alinea.");

        String text = AttachmentText.extract(FileKind.DOCX, docx);

        assertThat(text).isEqualTo(SENTENCE + "\nTweede alinea.");
    }

    @Test
    void docx_runs_tabs_and_breaks_are_joined_sensibly() {
        String body = """
                <w:p><w:pPr><w:pStyle w:val="Kop1"/></w:pPr><w:r><w:t>Kop</w:t></w:r></w:p>
                <w:p><w:r><w:t xml:space="preserve">Een </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>vette</w:t></w:r>\
                <w:r><w:t xml:space="preserve"> zin</w:t><w:tab/><w:t>met tab</w:t><w:br/><w:t>en regel</w:t></w:r></w:p>
                <w:p><w:r><w:instrText>PAGE</w:instrText></w:r></w:p>
                """;
        byte[] docx = TestDocuments.docxWithDocumentXml(TestDocuments.wordDocument(body));

        assertThat(AttachmentText.extract(FileKind.DOCX, docx)).isEqualTo("Kop\nEen vette zin\tmet tab\nen regel");
    }

    @Test
    void text_of_an_odt_has_its_heading_and_paragraphs() {
        byte[] odt = TestDocuments.odt("Verslag", SENTENCE, "Tweede alinea.");

        String text = AttachmentText.extract(FileKind.ODT, odt);

        assertThat(text).isEqualTo("Verslag\n" + SENTENCE + "\nTweede alinea.");
    }

    @Test
    void odt_spans_spaces_and_breaks_are_kept() {
        byte[] odt = TestDocuments.odtWithContentXml("""
                <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
                xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0">\
                <office:automatic-styles><style>niet dit</style></office:automatic-styles>\
                <office:body><office:text>\
                <text:p>Een <text:span>mooie</text:span><text:s text:c="3"/>zin<text:line-break/>verder</text:p>\
                <text:list><text:list-item><text:p>punt</text:p></text:list-item></text:list>\
                </office:text></office:body></office:document-content>
                """);

        assertThat(AttachmentText.extract(FileKind.ODT, odt)).isEqualTo("Een mooie   zin\nverder\npunt");
    }

    @Test
    void images_have_no_text() {
        assertThat(AttachmentText.extract(FileKind.PNG, TestDocuments.png())).isEmpty();
        assertThat(AttachmentText.extract(FileKind.JPEG, TestDocuments.jpeg())).isEmpty();
    }

    @Test
    void unreadable_files_give_no_text_and_no_exception() {
        byte[] pdf = TestDocuments.pdf(SENTENCE);

        assertThat(AttachmentText.extract(FileKind.PDF, Arrays.copyOf(pdf, 40))).isEmpty();
        assertThat(AttachmentText.extract(FileKind.PDF, "%PDF-1.7 nonsense".getBytes()))
                .isEmpty();
        assertThat(AttachmentText.extract(FileKind.DOCX, pdf)).isEmpty();
        assertThat(AttachmentText.extract(FileKind.ODT, new byte[] {'P', 'K', 3, 4}))
                .isEmpty();
        assertThat(AttachmentText.extract(FileKind.DOCX, TestDocuments.docxWithDocumentXml("<w:document><w:p>")))
                .isEmpty();
        assertThat(AttachmentText.extract(FileKind.DOCX, null)).isEmpty();
        assertThat(AttachmentText.extract(null, pdf)).isEmpty();
    }

    @Test
    void doctype_and_external_entities_are_refused() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE w:document [<!ENTITY geheim SYSTEM "file:///etc/passwd">]>
                <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\
                <w:body><w:p><w:r><w:t>&geheim;</w:t></w:r></w:p></w:body></w:document>
                """;

        String text = AttachmentText.extract(FileKind.DOCX, TestDocuments.docxWithDocumentXml(xxe));

        assertThat(text).isEmpty();
    }

    @Test
    @Timeout(20)
    void billion_laughs_is_refused_quickly() {
        String laughs = """
                <?xml version="1.0"?>
                <!DOCTYPE lolz [
                 <!ENTITY lol "lol">
                 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
                 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
                 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
                 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
                 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
                 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
                 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
                 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
                ]>
                <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
                xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0">\
                <office:body><office:text><text:p>&lol9;</text:p></office:text></office:body></office:document-content>
                """;

        assertThat(AttachmentText.extract(FileKind.ODT, TestDocuments.odtWithContentXml(laughs)))
                .isEmpty();
    }

    @Test
    @Timeout(30)
    void very_long_text_is_cut_off() {
        String paragraph = "<w:p><w:r><w:t>Dit is een alinea van wat tekst.</w:t></w:r></w:p>";
        byte[] docx = TestDocuments.docxWithDocumentXml(TestDocuments.wordDocument(paragraph.repeat(20_000)));

        String text = AttachmentText.extract(FileKind.DOCX, docx);

        assertThat(text).hasSizeLessThanOrEqualTo(AttachmentText.MAX_CHARS).startsWith("Dit is een alinea");
        assertThat(text.length()).isGreaterThan(AttachmentText.MAX_CHARS - 100);
    }

    @Test
    @Timeout(30)
    void zip_bomb_document_is_not_unpacked_beyond_the_limit() {
        // about 75 MB of XML that packs into a few hundred kB: more than MAX_XML_BYTES
        String paragraph = "<w:p><w:r><w:t>bla</w:t></w:r></w:p>";
        byte[] docx = TestDocuments.docxWithDocumentXml(TestDocuments.wordDocument(paragraph.repeat(2_000_000)));
        assertThat(docx.length).isLessThan(UploadedFileInspector.MAX_BYTES);

        String text = AttachmentText.extract(FileKind.DOCX, docx);

        assertThat(text).hasSizeLessThanOrEqualTo(AttachmentText.MAX_CHARS);
    }

    @Test
    void docx_without_its_document_has_no_text() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("[Content_Types].xml", TestDocuments.utf8(TestDocuments.DOCX_CONTENT_TYPES));

        assertThat(AttachmentText.extract(FileKind.DOCX, TestDocuments.zip(entries, false)))
                .isEmpty();
    }
}
