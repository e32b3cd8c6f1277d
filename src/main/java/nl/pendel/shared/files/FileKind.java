package nl.pendel.shared.files;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The kinds of file users may upload, recognised by their content (see {@link UploadedFileInspector}). */
public enum FileKind {
    PDF("application/pdf", "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    ODT("application/vnd.oasis.opendocument.text", "odt"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg", "jpeg");

    private final String contentType;
    private final String extension;
    private final Set<String> extensions;

    FileKind(String contentType, String extension, String... alsoKnownAs) {
        this.contentType = contentType;
        this.extension = extension;
        this.extensions = Set.of(concat(extension, alsoKnownAs));
    }

    /** How the kind is named to people, e.g. "PDF-document". */
    public String translationKey() {
        return "file.kind." + name();
    }

    /** The MIME type to send with the file. */
    public String contentType() {
        return contentType;
    }

    /** The usual file-name extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** Whether a file of this kind may be named with this extension (without the dot, any case). */
    public boolean hasExtension(@Nullable String extension) {
        return extension != null && extensions.contains(extension.toLowerCase(Locale.ROOT));
    }

    /** The kind whose name ends in this extension (without the dot, any case), if it is one we accept. */
    public static Optional<FileKind> byExtension(String extension) {
        for (FileKind kind : values()) {
            if (kind.hasExtension(extension)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    private static String[] concat(String first, String[] rest) {
        String[] all = new String[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }
}
