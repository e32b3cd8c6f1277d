package nl.pendel.account.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nl.pendel.shared.ExcelCsv;

/**
 * Reads CSV as Excel writes it ({@link ExcelCsv}, Commons CSV): with {@code ;} (Dutch Excel) or
 * {@code ,} as separator, found in the first line; UTF-8 (with or without BOM) or, when the bytes
 * are not valid UTF-8, Windows-1252.
 */
public final class CsvReader {

    private CsvReader() {}

    /**
     * The rows of the file, each a list of fields; empty lines are left out.
     *
     * @throws java.io.UncheckedIOException when a quoted field is not closed
     */
    public static List<List<String>> read(byte[] bytes) {
        String text = decode(bytes);
        List<List<String>> rows = new ArrayList<>();
        for (List<String> row : ExcelCsv.read(text, separator(text))) {
            if (row.stream().anyMatch(field -> !field.isBlank())) {
                rows.add(row);
            }
        }
        return rows;
    }

    static String decode(byte[] bytes) {
        int start =
                bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF
                        ? 3
                        : 0;
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
                    .toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }

    /** The separator used in the first line: the one that occurs most outside quotes. */
    static char separator(String text) {
        int semicolons = 0;
        int commas = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == ',') {
                commas++;
            }
        }
        return semicolons >= commas && semicolons > 0 ? ';' : ',';
    }
}
