package nl.pendel.shared.files;

/**
 * An upload that passed {@link UploadedFileInspector#inspect}: its kind is known from its content and its name is
 * safe to store and to send back in a download.
 *
 * @param safeFileName the file name without directories or control characters, at most 120 characters, with an
 *     extension that matches {@code kind}
 * @param kind what the content is
 * @param size the number of bytes
 * @param sha256Hex the SHA-256 of the content, lower-case hexadecimal
 */
public record InspectedFile(String safeFileName, FileKind kind, long size, String sha256Hex) {}
