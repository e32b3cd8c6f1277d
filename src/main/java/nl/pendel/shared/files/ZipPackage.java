package nl.pendel.shared.files;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.jspecify.annotations.Nullable;

/**
 * A ZIP-based document (DOCX, ODT) opened for reading, with limits against zip bombs: the entries are listed from the
 * central directory (nothing is inflated for that), there may be at most {@link #MAX_ENTRIES}, and single entries are
 * read only up to a cap. Kept in a private temporary file while open, since {@link ZipFile} reads files only.
 */
final class ZipPackage implements AutoCloseable {

    static final int MAX_ENTRIES = 5_000;

    private static final byte[] LOCAL_HEADER = {'P', 'K', 3, 4};

    private final Path file;
    private final ZipFile zip;
    private final List<String> names;

    private ZipPackage(Path file, ZipFile zip, List<String> names) {
        this.file = file;
        this.zip = zip;
        this.names = names;
    }

    /** Whether the bytes start like a ZIP archive. */
    static boolean looksLikeZip(byte[] bytes) {
        return UploadedFileInspector.startsWith(bytes, LOCAL_HEADER);
    }

    /**
     * Opens the archive.
     *
     * @throws IOException if it is not a readable ZIP archive or has more than {@link #MAX_ENTRIES} entries
     */
    static ZipPackage open(byte[] bytes) throws IOException {
        Path file = writeTemporaryFile(bytes);
        ZipFile zip = null;
        try {
            zip = new ZipFile(file.toFile());
            if (zip.size() > MAX_ENTRIES) {
                throw new TooManyEntriesException("too many entries: " + zip.size());
            }
            List<String> names = new ArrayList<>(zip.size());
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements() && names.size() <= MAX_ENTRIES) {
                names.add(entries.nextElement().getName());
            }
            return new ZipPackage(file, zip, Collections.unmodifiableList(names));
        } catch (IOException | RuntimeException e) {
            closeQuietly(zip);
            Files.deleteIfExists(file);
            throw e;
        }
    }

    /** A server problem, not a problem with the upload: fails with an unchecked exception. */
    private static Path writeTemporaryFile(byte[] bytes) {
        try {
            Path file = Files.createTempFile("pendel-upload-", ".zip");
            try {
                Files.write(file, bytes);
            } catch (IOException e) {
                Files.deleteIfExists(file);
                throw e;
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a temporary file to inspect an upload", e);
        }
    }

    /** The entry names in central-directory order. */
    List<String> names() {
        return names;
    }

    boolean contains(String name) {
        return zip.getEntry(name) != null;
    }

    /**
     * The content of one entry, inflated up to {@code maxBytes}.
     *
     * @return the content, or null if there is no such entry
     * @throws IOException if it cannot be read or is larger than {@code maxBytes}
     */
    byte @Nullable [] read(String name, int maxBytes) throws IOException {
        try (InputStream in = openEntry(name, maxBytes)) {
            if (in == null) {
                return null;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toByteArray();
        }
    }

    /**
     * A stream of one entry that fails once more than {@code maxBytes} have been inflated.
     *
     * @return the stream, or null if there is no such entry
     */
    @Nullable
    InputStream openEntry(String name, long maxBytes) throws IOException {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null || entry.isDirectory()) {
            return null;
        }
        if (entry.getSize() > maxBytes) {
            throw new TooLargeException(name + " is too large when unpacked: " + entry.getSize());
        }
        return new CappedInputStream(zip.getInputStream(entry), maxBytes);
    }

    @Override
    public void close() {
        closeQuietly(zip);
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void closeQuietly(@Nullable ZipFile zip) {
        if (zip != null) {
            try {
                zip.close();
            } catch (IOException ignored) {
                // nothing left to do
            }
        }
    }

    /** The archive has more than {@link #MAX_ENTRIES} entries. */
    static final class TooManyEntriesException extends IOException {

        TooManyEntriesException(String message) {
            super(message);
        }
    }

    /** An entry unpacks into more than the limit. */
    static final class TooLargeException extends IOException {

        TooLargeException(String message) {
            super(message);
        }
    }

    /** Fails rather than read past a limit, whatever the archive claims about sizes. */
    private static final class CappedInputStream extends InputStream {

        private final InputStream in;
        private long remaining;

        CappedInputStream(InputStream in, long limit) {
            this.in = in;
            this.remaining = limit;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            if (remaining <= 0) {
                if (in.read() < 0) {
                    return -1;
                }
                throw new TooLargeException("entry is larger than allowed");
            }
            int n = in.read(buffer, offset, (int) Math.min(length, remaining));
            if (n > 0) {
                remaining -= n;
            }
            return n;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
