package nl.pendel.shared.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import nl.pendel.shared.UserFacingException;
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
    void zip_bomb_document_is_refused_without_unpacking_it_beyond_the_limit() {
        // about 75 MB of XML that packs into a few hundred kB: more than MAX_XML_BYTES, so it cannot be checked
        String paragraph = "<w:p><w:r><w:t>bla</w:t></w:r></w:p>";
        byte[] docx = TestDocuments.docxWithDocumentXml(TestDocuments.wordDocument(paragraph.repeat(2_000_000)));
        assertThat(docx.length).isLessThan(UploadedFileInspector.MAX_BYTES);

        Cost cost = Cost.of(() -> AttachmentText.extract(FileKind.DOCX, docx));

        assertThat(cost.refusal())
                .isNotNull()
                .extracting(UserFacingException::messageKey)
                .isEqualTo("upload.error.too-complex");
        assertThat(cost.allocatedMegabytes()).isLessThan(200);
    }

    @Test
    void docx_without_its_document_has_no_text() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("[Content_Types].xml", TestDocuments.utf8(TestDocuments.DOCX_CONTENT_TYPES));

        assertThat(AttachmentText.extract(FileKind.DOCX, TestDocuments.zip(entries, false)))
                .isEmpty();
    }

    @Test
    @Timeout(120)
    void a_pdf_whose_ten_pages_share_one_stream_of_100_mb_is_refused_quickly_and_within_bounded_memory() {
        byte[] bomb = TestDocuments.pdfBomb(10, 100);
        assertThat(bomb.length).isLessThan(250_000);

        Cost cost = Cost.of(() -> AttachmentText.extract(FileKind.PDF, bomb));

        System.out.printf(
                "PDF bomb (%d kB, 10 pages x one 100 MB stream): %d ms, %d MB allocated, old generation peak +%d MB,"
                        + " heap used %d -> %d MB%n",
                bomb.length / 1024,
                cost.millis(),
                cost.allocatedMegabytes(),
                cost.oldGenerationGrowthMegabytes(),
                cost.usedBeforeMegabytes(),
                cost.usedAfterMegabytes());
        assertThat(cost.refusal())
                .as("refused with a message that says what is wrong")
                .isNotNull()
                .extracting(UserFacingException::messageKey)
                .isEqualTo("upload.error.too-complex");
        assertThat(cost.millis()).isLessThan(3_000);
        assertThat(cost.allocatedMegabytes()).isLessThan(200);
        assertThat(cost.oldGenerationGrowthMegabytes()).isLessThan(200);
    }

    @Test
    @Timeout(120)
    void a_pdf_that_draws_one_large_form_thousands_of_times_is_refused_quickly() {
        byte[] bomb = PdfBombs.repeatedForm(20_000, 5);
        assertThat(bomb.length).isLessThan(250_000);

        Cost cost = Cost.of(() -> AttachmentText.extract(FileKind.PDF, bomb));

        assertThat(cost.refusal())
                .isNotNull()
                .extracting(UserFacingException::messageKey)
                .isEqualTo("upload.error.too-complex");
        System.out.printf(
                "PDF drawing one 5 MB form 20 000 times (%d kB): %d ms, old generation peak +%d MB%n",
                bomb.length / 1024, cost.millis(), cost.oldGenerationGrowthMegabytes());
        // at most MAX_READ_BYTES are parsed, and the clock is checked before each use of the form; a busy build
        // machine parses slowly, hence the margin
        assertThat(cost.millis()).as("about the reading time limit").isLessThan(9_000);
        // parsing leaves much short-lived garbage; what stays in the old generation is what matters
        assertThat(cost.oldGenerationGrowthMegabytes()).isLessThan(200);
    }

    @Test
    void a_pdf_with_a_form_drawn_a_few_times_is_read_as_usual() {
        String text = AttachmentText.extract(FileKind.PDF, PdfBombs.repeatedForm(3, 1));

        assertThat(text).contains("geheim");
    }

    @Test
    @Timeout(60)
    void a_docx_whose_document_unpacks_beyond_the_limit_is_refused_not_stored_unread() {
        // a citizen service number behind 70 MB of markup without text: the check cannot read it, so it refuses
        String noText = "<w:p><w:pPr><w:pStyle w:val=\"Standaard\"/></w:pPr></w:p>";
        byte[] docx = TestDocuments.docxWithDocumentXml(TestDocuments.wordDocument(
                noText.repeat(1_500_000) + "<w:p><w:r><w:t>BSN 111222333</w:t></w:r></w:p>"));
        assertThat(docx.length).isLessThan(UploadedFileInspector.MAX_BYTES);

        Cost cost = Cost.of(() -> AttachmentText.extract(FileKind.DOCX, docx));

        assertThat(cost.refusal())
                .isNotNull()
                .extracting(UserFacingException::messageKey)
                .isEqualTo("upload.error.too-complex");
    }

    /**
     * What one extraction cost: time, bytes this thread allocated, the growth of the old generation at its peak (what
     * the heap had to hold), and the heap in use before and after.
     */
    record Cost(
            @org.jspecify.annotations.Nullable UserFacingException refusal,
            long millis,
            long allocatedMegabytes,
            long oldGenerationGrowthMegabytes,
            long usedBeforeMegabytes,
            long usedAfterMegabytes) {

        static Cost of(Supplier<String> work) {
            com.sun.management.ThreadMXBean threads =
                    (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
            Runtime runtime = Runtime.getRuntime();
            System.gc();
            long usedBefore = runtime.totalMemory() - runtime.freeMemory();
            java.util.List<java.lang.management.MemoryPoolMXBean> old =
                    ManagementFactory.getMemoryPoolMXBeans().stream()
                            .filter(p ->
                                    p.getName().contains("Old") || p.getName().contains("Tenured"))
                            .toList();
            old.forEach(java.lang.management.MemoryPoolMXBean::resetPeakUsage);
            long oldBefore = old.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
            long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
            long start = System.nanoTime();
            UserFacingException refusal = null;
            try {
                work.get();
            } catch (UserFacingException e) {
                refusal = e;
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
            long usedAfter = runtime.totalMemory() - runtime.freeMemory();
            long oldPeak =
                    old.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            long mb = 1024 * 1024;
            return new Cost(
                    refusal, millis, allocated / mb, (oldPeak - oldBefore) / mb, usedBefore / mb, usedAfter / mb);
        }
    }
}
