package nl.pendel.account.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    @Test
    void dutch_excel_semicolon_file_with_bom_is_read() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "naam;e-mail\r\nFatma Yılmaz;fatma@x.nl\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, file, 0, bom.length);
        System.arraycopy(body, 0, file, bom.length, body.length);
        assertThat(CsvReader.read(file))
                .containsExactly(List.of("naam", "e-mail"), List.of("Fatma Yılmaz", "fatma@x.nl"));
    }

    @Test
    void comma_file_with_quotes_commas_and_line_breaks_inside_fields_is_read() {
        String csv =
                "name,email,team\n\"Vries, Sanne de\",sanne@x.nl,\"WIJ \"\"Korrewegwijk\"\"\"\n\"Two\nlines\",b@x.nl,\n";
        assertThat(CsvReader.read(csv.getBytes(StandardCharsets.UTF_8)))
                .containsExactly(
                        List.of("name", "email", "team"),
                        List.of("Vries, Sanne de", "sanne@x.nl", "WIJ \"Korrewegwijk\""),
                        List.of("Two\nlines", "b@x.nl", ""));
    }

    @Test
    void windows_1252_file_from_old_excel_keeps_its_accents() {
        byte[] file = "naam;e-mail\nJosé Müller;jose@x.nl\n".getBytes(Charset.forName("windows-1252"));
        assertThat(CsvReader.read(file).get(1)).containsExactly("José Müller", "jose@x.nl");
    }

    @Test
    void empty_lines_are_skipped() {
        assertThat(CsvReader.read("a;b\n\n;\n1;2\n".getBytes(StandardCharsets.UTF_8)))
                .containsExactly(List.of("a", "b"), List.of("1", "2"));
    }
}
