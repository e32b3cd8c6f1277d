package nl.pendel.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExcelCsvTest {

    @Test
    void fields_are_quoted_as_rfc_4180_says_only_when_needed_with_semicolons_and_crlf() {
        String text = written(List.of("Eliëtte Çelik", "Zorg; Welzijn", "De \"Brug\"", "twee\nregels", ""));

        assertThat(text).isEqualTo("Eliëtte Çelik;\"Zorg; Welzijn\";\"De \"\"Brug\"\"\";\"twee\nregels\";\r\n");
    }

    @Test
    void a_field_starting_like_a_formula_gets_an_apostrophe_and_a_plain_signed_number_does_not() {
        assertThat(ExcelCsv.guarded("=1+1")).isEqualTo("'=1+1");
        assertThat(ExcelCsv.guarded("+31 50")).isEqualTo("'+31 50");
        assertThat(ExcelCsv.guarded("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(ExcelCsv.guarded("\tcmd")).isEqualTo("'\tcmd");
        assertThat(ExcelCsv.guarded("-2+3")).isEqualTo("'-2+3");
        assertThat(ExcelCsv.guarded("Jan-Willem")).isEqualTo("Jan-Willem");
        assertThat(ExcelCsv.guarded("-5")).isEqualTo("-5");
        assertThat(ExcelCsv.guarded("+0,50")).isEqualTo("+0,50");
        assertThat(written(List.of("\r=1"))).isEqualTo("\"'\r=1\"\r\n");
    }

    @Test
    void a_sheet_starts_with_a_byte_order_mark_and_blocks_are_parted_by_an_empty_line() {
        byte[] bytes =
                ExcelCsv.sheet().row(List.of("a")).emptyLine().row(List.of("b")).bytes();

        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8))
                .isEqualTo("a\r\n\r\nb\r\n");
    }

    @Test
    void what_is_written_reads_back_as_it_was_apart_from_the_guard() {
        List<String> row = List.of("Eliëtte Çelik", "Zorg; Welzijn", "De \"Brug\"", "twee\r\nregels");

        assertThat(ExcelCsv.read(written(row), ';')).containsExactly(row);
    }

    @Test
    void a_quoted_field_that_is_never_closed_is_not_csv() {
        assertThatThrownBy(() -> ExcelCsv.read("naam;e-mail\n\"Sophie;sophie@x.nl\n", ';'))
                .isInstanceOf(UncheckedIOException.class);
    }

    private static String written(List<String> row) {
        byte[] bytes = ExcelCsv.sheet().row(row).bytes();
        return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    }
}
