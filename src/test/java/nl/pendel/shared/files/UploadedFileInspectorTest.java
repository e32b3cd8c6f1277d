package nl.pendel.shared.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.pendel.shared.UserFacingException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UploadedFileInspectorTest {

    @Test
    void pdf_is_accepted_as_pdf() {
        byte[] pdf = TestDocuments.pdf("Een zin over de wijk.");

        InspectedFile file = UploadedFileInspector.inspect("verslag.pdf", pdf);

        assertThat(file.kind()).isEqualTo(FileKind.PDF);
        assertThat(file.safeFileName()).isEqualTo("verslag.pdf");
        assertThat(file.size()).isEqualTo(pdf.length);
    }

    @Test
    void docx_is_accepted_as_docx() {
        InspectedFile file = UploadedFileInspector.inspect("Verslag.DOCX", TestDocuments.docx("Een zin."));

        assertThat(file.kind()).isEqualTo(FileKind.DOCX);
        assertThat(file.safeFileName()).isEqualTo("Verslag.DOCX");
    }

    @Test
    void odt_is_accepted_as_odt() {
        InspectedFile file = UploadedFileInspector.inspect("verslag.odt", TestDocuments.odt("Kop", "Een zin."));

        assertThat(file.kind()).isEqualTo(FileKind.ODT);
    }

    @Test
    void png_is_accepted_as_png() {
        assertThat(UploadedFileInspector.inspect("foto.png", TestDocuments.png())
                        .kind())
                .isEqualTo(FileKind.PNG);
    }

    @Test
    void jpeg_is_accepted_as_jpeg_under_either_extension() {
        byte[] jpeg = TestDocuments.jpeg();

        assertThat(UploadedFileInspector.inspect("foto.jpg", jpeg).kind()).isEqualTo(FileKind.JPEG);
        assertThat(UploadedFileInspector.inspect("foto.JPEG", jpeg).kind()).isEqualTo(FileKind.JPEG);
    }

    @Test
    void checksum_is_the_sha256_of_the_content() throws Exception {
        byte[] png = TestDocuments.png();

        InspectedFile file = UploadedFileInspector.inspect("foto.png", png);

        assertThat(file.sha256Hex())
                .hasSize(64)
                .isEqualTo(HexFormat.of()
                        .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                                .digest(png)));
    }

    @Test
    void file_without_extension_gets_the_extension_of_its_content() {
        assertThat(UploadedFileInspector.inspect("scan", TestDocuments.png()).safeFileName())
                .isEqualTo("scan.png");
        assertThat(UploadedFileInspector.inspect(null, TestDocuments.pdf("x")).safeFileName())
                .isEqualTo("bestand.pdf");
    }

    @Test
    void executable_named_pdf_is_refused_as_renamed() {
        byte[] exe = new byte[4096];
        exe[0] = 'M';
        exe[1] = 'Z';

        UserFacingException refusal = refusal("setup.pdf", exe);

        assertThat(refusal.messageKey()).isEqualTo("upload.error.renamed");
        assertThat(refusal.arguments()).containsExactly("setup.pdf", "pdf");
    }

    @Test
    void executable_with_its_own_name_is_refused_as_wrong_type() {
        byte[] exe = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};

        UserFacingException refusal = refusal("setup.exe", exe);

        assertThat(refusal.messageKey()).isEqualTo("upload.error.type");
        assertThat(refusal.arguments()).containsExactly("setup.exe");
    }

    @Test
    void png_named_pdf_is_refused_as_renamed() {
        UserFacingException refusal = refusal("report.pdf", TestDocuments.png());

        assertThat(refusal.messageKey()).isEqualTo("upload.error.renamed");
        assertThat(refusal.arguments()).containsExactly("report.pdf", "pdf");
    }

    @Test
    void pdf_named_as_another_type_is_refused_as_renamed() {
        assertThat(refusal("foto.gif", TestDocuments.pdf("x")).messageKey()).isEqualTo("upload.error.renamed");
        assertThat(refusal("verslag.docx", TestDocuments.pdf("x")).messageKey()).isEqualTo("upload.error.renamed");
    }

    @Test
    void plain_text_and_html_are_refused_as_wrong_type() {
        assertThat(refusal("notities.txt", "Gewoon tekst".getBytes(StandardCharsets.UTF_8))
                        .messageKey())
                .isEqualTo("upload.error.type");
        assertThat(refusal("pagina.html", "<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8))
                        .messageKey())
                .isEqualTo("upload.error.type");
    }

    @Test
    void zero_bytes_are_refused_as_empty() {
        assertThat(refusal("leeg.pdf", new byte[0]).messageKey()).isEqualTo("upload.error.empty");
        assertThat(refusal("leeg.pdf", null).messageKey()).isEqualTo("upload.error.empty");
    }

    @Test
    void ten_megabytes_are_accepted_and_one_byte_more_is_refused() {
        byte[] justFits = Arrays.copyOf(TestDocuments.pdf("x"), UploadedFileInspector.MAX_BYTES);
        byte[] tooLarge = Arrays.copyOf(justFits, UploadedFileInspector.MAX_BYTES + 1);

        assertThat(UploadedFileInspector.inspect("groot.pdf", justFits).kind()).isEqualTo(FileKind.PDF);
        UserFacingException refusal = refusal("groot.pdf", tooLarge);
        assertThat(refusal.messageKey()).isEqualTo("upload.error.too-large");
        assertThat(refusal.arguments()).containsExactly(10);
    }

    @Test
    void spreadsheet_named_docx_is_refused() {
        UserFacingException refusal = refusal("begroting.docx", TestDocuments.xlsxLike());

        assertThat(refusal.messageKey()).isEqualTo("upload.error.renamed");
        assertThat(UploadedFileInspector.detect(TestDocuments.xlsxLike())).isEmpty();
    }

    @Test
    void spreadsheet_with_its_own_name_is_refused_as_wrong_type() {
        assertThat(refusal("begroting.xlsx", TestDocuments.xlsxLike()).messageKey())
                .isEqualTo("upload.error.type");
    }

    @Test
    void macro_document_dressed_as_docx_is_refused() {
        byte[] docm = TestDocuments.zip(
                java.util.Map.of(
                        "[Content_Types].xml",
                        TestDocuments.utf8(TestDocuments.DOCX_CONTENT_TYPES.replace(
                                "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                                "application/vnd.ms-word.document.macroEnabled.main+xml")),
                        "word/document.xml",
                        TestDocuments.utf8(TestDocuments.wordDocument(""))),
                false);

        assertThat(UploadedFileInspector.detect(docm)).isEmpty();
    }

    @Test
    void other_opendocument_types_are_not_odt() {
        byte[] spreadsheet = TestDocuments.odtLike("application/vnd.oasis.opendocument.spreadsheet", "<x/>");

        assertThat(UploadedFileInspector.detect(spreadsheet)).isEmpty();
        assertThat(refusal("tabel.odt", spreadsheet).messageKey()).isEqualTo("upload.error.renamed");
    }

    @Test
    void odt_whose_mimetype_is_not_the_first_entry_is_refused() {
        java.util.Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
        entries.put("content.xml", TestDocuments.utf8("<x/>"));
        entries.put("mimetype", TestDocuments.utf8(FileKind.ODT.contentType()));

        assertThat(UploadedFileInspector.detect(TestDocuments.zip(entries, false)))
                .isEmpty();
    }

    @Test
    void damaged_zip_is_refused_without_leaking_an_exception() {
        byte[] docx = TestDocuments.docx("Een zin.");
        byte[] truncated = Arrays.copyOf(docx, docx.length / 2);
        byte[] onlyHeader = {'P', 'K', 3, 4, 0, 0};
        byte[] garbage = Arrays.copyOf(onlyHeader, 5000);
        Arrays.fill(garbage, 6, garbage.length, (byte) 0x5A);

        for (byte[] damaged : java.util.List.of(truncated, onlyHeader, garbage)) {
            assertThat(UploadedFileInspector.detect(damaged)).isEmpty();
            assertThat(refusal("verslag.docx", damaged).messageKey()).isEqualTo("upload.error.renamed");
            assertThat(refusal("archief.zip", damaged).messageKey()).isEqualTo("upload.error.type");
        }
    }

    @Test
    @Timeout(20)
    void zip_bomb_in_the_content_types_is_refused_without_unpacking_it() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(TestDocuments.utf8(TestDocuments.DOCX_CONTENT_TYPES.replace("<Types", "<!--")));
            byte[] spaces = new byte[1024 * 1024];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 100; i++) {
                zip.write(spaces); // 100 MB that squeeze into about 100 kB
            }
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(TestDocuments.utf8(TestDocuments.wordDocument("")));
            zip.closeEntry();
        }
        byte[] bomb = out.toByteArray();
        assertThat(bomb.length).isLessThan(UploadedFileInspector.MAX_BYTES);

        assertThat(UploadedFileInspector.detect(bomb)).isEmpty();
        assertThat(refusal("bom.docx", bomb).messageKey())
                .as("says the file is too complex, not that it is no docx")
                .isEqualTo("upload.error.too-complex");
    }

    @Test
    @Timeout(20)
    void zip_with_too_many_entries_is_refused() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(TestDocuments.utf8(TestDocuments.DOCX_CONTENT_TYPES));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(TestDocuments.utf8(TestDocuments.wordDocument("")));
            for (int i = 0; i <= ZipPackage.MAX_ENTRIES; i++) {
                zip.putNextEntry(new ZipEntry("word/media/" + i + ".bin"));
            }
        }

        assertThat(UploadedFileInspector.detect(out.toByteArray())).isEmpty();
        UserFacingException refusal = refusal("verslag.docx", out.toByteArray());
        assertThat(refusal.messageKey())
                .as("says what is wrong, not that it is no docx")
                .isEqualTo("upload.error.too-many-parts");
        assertThat(refusal.arguments()).containsExactly("verslag.docx", ZipPackage.MAX_ENTRIES);
    }

    @Test
    @Timeout(20)
    void zip_bomb_inside_an_accepted_docx_is_not_unpacked_by_the_inspection() {
        // the inspection only lists entries and reads [Content_Types].xml; word/document.xml stays packed
        StringBuilder huge = new StringBuilder();
        String paragraph = "<w:p><w:r><w:t>bla</w:t></w:r></w:p>";
        huge.append(paragraph.repeat(2_000_000)); // 74 MB of XML, about 200 kB zipped
        byte[] docx = TestDocuments.docxWithDocumentXml(TestDocuments.wordDocument(huge.toString()));
        assertThat(docx.length).isLessThan(UploadedFileInspector.MAX_BYTES);

        long start = System.nanoTime();
        assertThat(UploadedFileInspector.inspect("groot.docx", docx).kind()).isEqualTo(FileKind.DOCX);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "../../etc/passwd.pdf|passwd.pdf",
                "C:\\Users\\x\\verslag.pdf|verslag.pdf",
                "/var/tmp/./a/b/verslag.pdf|verslag.pdf",
                "..\\..\\windows\\system32\\foto.png|foto.png",
                "  .verborgen.pdf  |verborgen.pdf",
                "verslag.pdf...|verslag.pdf",
                "..|bestand",
                "'   '|bestand",
                "/|bestand",
                ".pdf|pdf",
                "verslag week 3 (definitief).pdf|verslag week 3 (definitief).pdf",
                "Übersicht café.docx|Übersicht café.docx",
            })
    void file_names_are_sanitised(String given, String expected) {
        assertThat(UploadedFileInspector.safeFileName(given)).isEqualTo(expected);
    }

    @Test
    void control_and_invisible_characters_are_removed_from_file_names() {
        assertThat(UploadedFileInspector.safeFileName("ver\u0000sl\u0007ag\u007F.pdf"))
                .isEqualTo("verslag.pdf");
        assertThat(UploadedFileInspector.safeFileName("regel\r\neen\tregel  twee.pdf"))
                .isEqualTo("regel een regel twee.pdf");
        assertThat(UploadedFileInspector.safeFileName("foto\u202Egnp.pdf")).isEqualTo("fotognp.pdf");
        assertThat(UploadedFileInspector.safeFileName("a\u200Bb\uFEFFc.pdf")).isEqualTo("abc.pdf");
        assertThat(UploadedFileInspector.safeFileName("a<b>c:d\"e|f?g*h.pdf")).isEqualTo("a_b_c_d_e_f_g_h.pdf");
    }

    @Test
    void missing_name_becomes_a_default_name() {
        assertThat(UploadedFileInspector.safeFileName(null)).isEqualTo("bestand");
        assertThat(UploadedFileInspector.safeFileName("")).isEqualTo("bestand");
    }

    @Test
    void long_file_name_is_cut_to_120_characters_keeping_its_extension() {
        String name = "a".repeat(296) + ".pdf";

        String safe = UploadedFileInspector.safeFileName(name);

        assertThat(safe).hasSize(UploadedFileInspector.MAX_NAME_LENGTH).endsWith("aaa.pdf");
        assertThat(UploadedFileInspector.inspect(name, TestDocuments.pdf("x")).safeFileName())
                .isEqualTo(safe);
    }

    @Test
    void long_name_without_extension_still_fits_after_the_extension_is_added() {
        String safe = UploadedFileInspector.inspect("b".repeat(300), TestDocuments.png())
                .safeFileName();

        assertThat(safe).hasSize(UploadedFileInspector.MAX_NAME_LENGTH).endsWith("bbb.png");
    }

    @Test
    void long_name_made_of_emoji_is_not_cut_in_half_a_character() {
        String safe = UploadedFileInspector.safeFileName("\uD83D\uDE00".repeat(100) + ".pdf");

        assertThat(safe).endsWith(".pdf").hasSizeLessThanOrEqualTo(UploadedFileInspector.MAX_NAME_LENGTH);
        assertThat(safe.codePoints().filter(c -> c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE))
                .isEmpty();
    }

    @Test
    void up_to_five_files_may_be_added() {
        assertThatCode(() -> UploadedFileInspector.checkCount(0, 5)).doesNotThrowAnyException();
        assertThatCode(() -> UploadedFileInspector.checkCount(4, 1)).doesNotThrowAnyException();
        assertThatCode(() -> UploadedFileInspector.checkCount(5, 0)).doesNotThrowAnyException();
    }

    @Test
    void a_sixth_file_is_refused() {
        assertThatThrownBy(() -> UploadedFileInspector.checkCount(5, 1))
                .isInstanceOfSatisfying(UserFacingException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("upload.error.too-many");
                    assertThat(e.arguments()).containsExactly(5);
                });
        assertThatThrownBy(() -> UploadedFileInspector.checkCount(3, 3)).isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> UploadedFileInspector.checkCount(1, Integer.MAX_VALUE))
                .isInstanceOf(UserFacingException.class);
    }

    @Test
    void content_type_and_extension_of_each_kind() {
        assertThat(FileKind.PDF.contentType()).isEqualTo("application/pdf");
        assertThat(FileKind.JPEG.extension()).isEqualTo("jpg");
        assertThat(FileKind.DOCX.contentType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(FileKind.byExtension("JPEG")).contains(FileKind.JPEG);
        assertThat(FileKind.byExtension("exe")).isEmpty();
    }

    private static UserFacingException refusal(String fileName, byte[] bytes) {
        UserFacingException refusal =
                catchThrowableOfType(UserFacingException.class, () -> UploadedFileInspector.inspect(fileName, bytes));
        assertThat(refusal).as("%s should be refused", fileName).isNotNull();
        return refusal;
    }
}
