package nl.pendel.shared.files;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.Deflater;

/** Small PDFs that cost a reader a lot, written object by object with a real cross-reference table. */
public final class PdfBombs {

    private PdfBombs() {}

    /** {@code pages} pages that all point to one Flate stream inflating to {@code megabytes} MB. */
    public static byte[] sharedContent(int pages, int megabytes) {
        byte[] content = deflate(repeated("0 0 m 1 1 l S\n", megabytes * 1024L * 1024));
        Writer pdf = new Writer();
        pdf.object("<< /Type /Catalog /Pages 2 0 R >>");
        StringBuilder kids = new StringBuilder();
        for (int i = 0; i < pages; i++) {
            kids.append(5 + i).append(" 0 R ");
        }
        pdf.object("<< /Type /Pages /Count " + pages + " /Kids [" + kids + "] >>");
        pdf.object("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        pdf.stream("<< /Filter /FlateDecode /Length " + content.length + " >>", content);
        for (int i = 0; i < pages; i++) {
            pdf.object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >>"
                    + " /Contents 4 0 R >>");
        }
        return pdf.finish(1);
    }

    /**
     * One page whose small content calls a Form XObject {@code calls} times; the form inflates to {@code megabytes}
     * MB and says "geheim" once.
     */
    static byte[] repeatedForm(int calls, int megabytes) {
        byte[] form = deflate(concat(
                "BT /F1 12 Tf 72 700 Td (geheim) Tj ET\n".getBytes(StandardCharsets.US_ASCII),
                repeated("0 0 m 1 1 l S\n", megabytes * 1024L * 1024)));
        byte[] page = deflate(repeated("/X1 Do\n", calls * 7L));
        Writer pdf = new Writer();
        pdf.object("<< /Type /Catalog /Pages 2 0 R >>");
        pdf.object("<< /Type /Pages /Count 1 /Kids [6 0 R] >>");
        pdf.object("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        pdf.stream(
                "<< /Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >>"
                        + " /Filter /FlateDecode /Length " + form.length + " >>",
                form);
        pdf.stream("<< /Filter /FlateDecode /Length " + page.length + " >>", page);
        pdf.object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]"
                + " /Resources << /Font << /F1 3 0 R >> /XObject << /X1 4 0 R >> >> /Contents 5 0 R >>");
        return pdf.finish(1);
    }

    static byte[] deflate(byte[] bytes) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        deflater.setInput(bytes);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return out.toByteArray();
    }

    private static byte[] repeated(String pattern, long length) {
        byte[] unit = pattern.getBytes(StandardCharsets.US_ASCII);
        byte[] bytes = new byte[Math.toIntExact(length - length % unit.length)];
        for (int i = 0; i < bytes.length; i += unit.length) {
            System.arraycopy(unit, 0, bytes, i, unit.length);
        }
        return bytes;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    /** Numbers objects from 1 in the order written and keeps their offsets for the cross-reference table. */
    private static final class Writer {

        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final List<Integer> offsets = new ArrayList<>();

        Writer() {
            ascii("%PDF-1.4\n%\u00e2\u00e3\n");
        }

        void object(String dictionary) {
            offsets.add(out.size());
            ascii((offsets.size()) + " 0 obj\n" + dictionary + "\nendobj\n");
        }

        void stream(String dictionary, byte[] data) {
            offsets.add(out.size());
            ascii((offsets.size()) + " 0 obj\n" + dictionary + "\nstream\n");
            out.writeBytes(data);
            ascii("\nendstream\nendobj\n");
        }

        byte[] finish(int root) {
            int xref = out.size();
            StringBuilder table = new StringBuilder("xref\n0 " + (offsets.size() + 1) + "\n0000000000 65535 f \n");
            for (int offset : offsets) {
                table.append(String.format("%010d 00000 n \n", offset));
            }
            ascii(table + "trailer\n<< /Size " + (offsets.size() + 1) + " /Root " + root + " 0 R >>\nstartxref\n" + xref
                    + "\n%%EOF\n");
            return out.toByteArray();
        }

        private void ascii(String text) {
            out.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
        }
    }
}
