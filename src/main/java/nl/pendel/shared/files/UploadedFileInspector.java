package nl.pendel.shared.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import nl.pendel.shared.UserFacingException;
import org.jspecify.annotations.Nullable;

/**
 * Checks an upload before it is stored: not empty, not too large, and one of the {@link FileKind}s judged by its
 * <em>content</em>, with a name that says the same. The name the user gave is reduced to a safe file name.
 *
 * <p>Refusals are {@link UserFacingException}s with these keys:
 *
 * <ul>
 *   <li>{@code upload.error.empty}: {0} the file name
 *   <li>{@code upload.error.too-large}: {0} the limit in MB
 *   <li>{@code upload.error.type}: {0} the file name
 *   <li>{@code upload.error.renamed}: {0} the file name, {1} the extension it claims
 *   <li>{@code upload.error.too-many}: {0} the number of files allowed
 *   <li>{@code upload.error.too-many-parts}: {0} the file name, {1} the number of parts allowed in a document
 *   <li>{@code upload.error.too-complex}: a part needed to recognise the document unpacks beyond its limit
 * </ul>
 */
public final class UploadedFileInspector {

    /** The largest file accepted: 10 MB. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    /** How many files one piece of work may have. */
    public static final int MAX_FILES = 5;

    /** The longest safe file name, extension included. */
    public static final int MAX_NAME_LENGTH = 120;

    static final String DEFAULT_NAME = "bestand";

    private static final int MAX_EXTENSION_LENGTH = 10;
    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final String DOCX_MAIN_PART =
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private static final int MAX_CONTENT_TYPES_BYTES = 1024 * 1024;
    private static final int MAX_MIMETYPE_BYTES = 200;

    private UploadedFileInspector() {
        // functions only, no instances
    }

    /**
     * Checks an upload.
     *
     * @param fileName the name the user's browser gave (may be null, may contain directories)
     * @param bytes the content
     * @return what the file is, with a safe name
     * @throws UserFacingException if the file is empty, too large, not an allowed kind, or named as another kind
     */
    public static InspectedFile inspect(String fileName, byte @Nullable [] bytes) {
        String name = safeFileName(fileName);
        if (bytes == null || bytes.length == 0) {
            throw new UserFacingException("upload.error.empty", name);
        }
        if (bytes.length > MAX_BYTES) {
            throw new UserFacingException("upload.error.too-large", MAX_BYTES / (1024 * 1024));
        }
        String extension = extensionOf(name);
        Optional<FileKind> detected;
        try {
            detected = detectOrExplain(bytes);
        } catch (ZipPackage.TooManyEntriesException e) {
            throw new UserFacingException("upload.error.too-many-parts", name, ZipPackage.MAX_ENTRIES);
        } catch (ZipPackage.TooLargeException e) {
            throw new UserFacingException("upload.error.too-complex");
        }
        if (detected.isEmpty()) {
            if (FileKind.byExtension(extension).isPresent()) {
                throw new UserFacingException("upload.error.renamed", name, extension.toLowerCase(Locale.ROOT));
            }
            throw new UserFacingException("upload.error.type", name);
        }
        FileKind kind = detected.get();
        if (extension.isEmpty()) {
            name = withExtension(name, kind.extension());
        } else if (!kind.hasExtension(extension)) {
            throw new UserFacingException("upload.error.renamed", name, extension.toLowerCase(Locale.ROOT));
        }
        return new InspectedFile(name, kind, bytes.length, sha256Hex(bytes));
    }

    /**
     * Refuses adding files beyond {@link #MAX_FILES}.
     *
     * @throws UserFacingException {@code upload.error.too-many} if {@code existing + adding} is more than allowed
     */
    public static void checkCount(int existing, int adding) {
        if (existing < 0 || adding < 0) {
            throw new IllegalArgumentException("negative count: " + existing + ", " + adding);
        }
        if ((long) existing + adding > MAX_FILES) {
            throw new UserFacingException("upload.error.too-many", MAX_FILES);
        }
    }

    /**
     * What the content is, judged only by its bytes.
     *
     * @return the kind, or empty if it is none of the kinds we accept (or a damaged or suspicious archive)
     */
    public static Optional<FileKind> detect(byte[] bytes) {
        try {
            return detectOrExplain(bytes);
        } catch (ZipPackage.TooManyEntriesException | ZipPackage.TooLargeException e) {
            return Optional.empty();
        }
    }

    /** As {@link #detect}, but says why a ZIP-based document cannot be judged when it has too much in it. */
    private static Optional<FileKind> detectOrExplain(byte @Nullable [] bytes)
            throws ZipPackage.TooManyEntriesException, ZipPackage.TooLargeException {
        if (bytes == null) {
            return Optional.empty();
        }
        if (startsWith(bytes, PDF)) {
            return Optional.of(FileKind.PDF);
        }
        if (startsWith(bytes, PNG)) {
            return Optional.of(FileKind.PNG);
        }
        if (startsWith(bytes, JPEG)) {
            return Optional.of(FileKind.JPEG);
        }
        if (ZipPackage.looksLikeZip(bytes)) {
            return detectZip(bytes);
        }
        return Optional.empty();
    }

    private static Optional<FileKind> detectZip(byte[] bytes)
            throws ZipPackage.TooManyEntriesException, ZipPackage.TooLargeException {
        try (ZipPackage zip = ZipPackage.open(bytes)) {
            if (zip.contains("[Content_Types].xml") && zip.contains("word/document.xml")) {
                byte[] contentTypes = zip.read("[Content_Types].xml", MAX_CONTENT_TYPES_BYTES);
                boolean isDocument = new String(contentTypes, StandardCharsets.UTF_8).contains(DOCX_MAIN_PART);
                return isDocument ? Optional.of(FileKind.DOCX) : Optional.empty();
            }
            if (!zip.names().isEmpty() && zip.names().getFirst().equals("mimetype")) {
                byte[] mimetype = zip.read("mimetype", MAX_MIMETYPE_BYTES);
                boolean isText = mimetype != null
                        && new String(mimetype, StandardCharsets.US_ASCII)
                                .strip()
                                .equals(FileKind.ODT.contentType());
                return isText ? Optional.of(FileKind.ODT) : Optional.empty();
            }
            return Optional.empty();
        } catch (ZipPackage.TooManyEntriesException | ZipPackage.TooLargeException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // damaged, encrypted or oversized archive: not something we accept
            return Optional.empty();
        }
    }

    /**
     * A file name that is safe to store and to offer as a download: no directories, no control or invisible
     * formatting characters, none of {@code <>:"|?*}, no leading dots, at most {@link #MAX_NAME_LENGTH} characters
     * with the extension kept. Never empty.
     */
    public static String safeFileName(@Nullable String fileName) {
        if (fileName == null) {
            return DEFAULT_NAME;
        }
        String name = Normalizer.normalize(fileName, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder clean = new StringBuilder(name.length());
        name.codePoints().forEach(c -> {
            if ("<>:\"|?*".indexOf(c) >= 0) {
                clean.append('_');
            } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                clean.append(' ');
            } else if (isVisible(c)) {
                clean.appendCodePoint(c);
            }
        });
        name = clean.toString().replaceAll(" {2,}", " ").strip();
        name = name.replaceFirst("^[.\\s]+", "").replaceFirst("[.\\s]+$", "");
        if (name.isEmpty()) {
            return DEFAULT_NAME;
        }
        String extension = extensionOf(name);
        if (extension.isEmpty()) {
            return truncate(name, MAX_NAME_LENGTH);
        }
        String base = name.substring(0, name.length() - extension.length() - 1).strip();
        return withExtension(base.isEmpty() ? DEFAULT_NAME : base, extension);
    }

    private static boolean isVisible(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL,
                    Character.FORMAT,
                    Character.UNASSIGNED,
                    Character.PRIVATE_USE,
                    Character.SURROGATE,
                    Character.LINE_SEPARATOR,
                    Character.PARAGRAPH_SEPARATOR -> false;
            default -> true;
        };
    }

    /** The extension (without dot) if the name has a plausible one, else "". */
    static String extensionOf(String name) {
        int dot = name.lastIndexOf('.');
        if (dot <= 0 || dot == name.length() - 1) {
            return "";
        }
        String extension = name.substring(dot + 1);
        boolean plausible = extension.length() <= MAX_EXTENSION_LENGTH
                && extension.chars().allMatch(c -> c < 128 && Character.isLetterOrDigit(c));
        return plausible ? extension : "";
    }

    private static String withExtension(String base, String extension) {
        return truncate(base, MAX_NAME_LENGTH - extension.length() - 1).strip() + "." + extension;
    }

    private static String truncate(String text, int maxLength) {
        if (text.length() <= maxLength) {
            return text;
        }
        int end = maxLength;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end);
    }

    static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
