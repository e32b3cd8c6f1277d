package nl.pendel.shared;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * CSV as Dutch Excel writes and opens it, through Commons CSV: {@code ;} between fields, CRLF line
 * ends, RFC 4180 quoting, UTF-8 with a byte order mark when written. Written fields pass one
 * formula guard: a field Excel would take for a formula gets a leading apostrophe (a plain signed
 * number such as {@code +0,50} or {@code -5} is a number to Excel and is left as it is).
 */
public final class ExcelCsv {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final Pattern SIGNED_NUMBER = Pattern.compile("[+-]\\d+(,\\d+)?");
    private static final CSVFormat DUTCH_EXCEL = CSVFormat.EXCEL
            .builder()
            .setDelimiter(';')
            .setRecordSeparator("\r\n")
            .get();

    private ExcelCsv() {}

    /** A new sheet to write rows into. */
    public static Sheet sheet() {
        return new Sheet();
    }

    /** The field with a leading apostrophe when Excel would take it for a formula. */
    public static String guarded(String value) {
        if (!value.isEmpty()
                && "=+-@\t\r".indexOf(value.charAt(0)) >= 0
                && !SIGNED_NUMBER.matcher(value).matches()) {
            return "'" + value;
        }
        return value;
    }

    /**
     * The records of a CSV text with this separator, each a list of fields (quoted fields may hold
     * separators, doubled quotes and line breaks).
     *
     * @throws UncheckedIOException when a quoted field is not closed, or text follows its closing
     *     quote
     */
    public static List<List<String>> read(String text, char separator) {
        // strict where Commons CSV's Excel format is lenient: a quoted field must be closed, and
        // nothing may follow its closing quote but a separator or a line end
        CSVFormat format = CSVFormat.EXCEL
                .builder()
                .setDelimiter(separator)
                .setLenientEof(false)
                .setTrailingData(false)
                .get();
        try (var parser = format.parse(new StringReader(text))) {
            List<List<String>> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                rows.add(record.toList());
            }
            return rows;
        } catch (IOException | IllegalStateException e) {
            throw new UncheckedIOException(new IOException("Not CSV: " + e.getMessage(), e));
        }
    }

    /** Rows written as Dutch Excel reads them. */
    public static final class Sheet {

        private final StringBuilder text = new StringBuilder();
        private final CSVPrinter printer;

        private Sheet() {
            try {
                printer = new CSVPrinter(text, DUTCH_EXCEL);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Adds a row; every field passes the formula guard. */
        public Sheet row(List<String> fields) {
            try {
                printer.printRecord(fields.stream().map(ExcelCsv::guarded));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return this;
        }

        /** Adds an empty line (between blocks). */
        public Sheet emptyLine() {
            try {
                printer.println();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return this;
        }

        /** The sheet as UTF-8 with a byte order mark. */
        public byte[] bytes() {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(BOM);
            out.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
            return out.toByteArray();
        }
    }
}
