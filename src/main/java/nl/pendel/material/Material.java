package nl.pendel.material;

import nl.pendel.shared.files.FileKind;
import org.jspecify.annotations.Nullable;

/**
 * One material of a meeting: a file ({@code fileName}, {@code kind} and {@code size} set) or a link
 * ({@code url} set).
 */
public record Material(
        long id,
        long courseId,
        long meetingId,
        String title,
        @Nullable String url,
        @Nullable String fileName,
        @Nullable FileKind kind,
        long size) {

    /** The longest title, in characters. */
    public static final int TITLE_MAX = 200;

    /** The longest address of a link, in characters. */
    public static final int URL_MAX = 2000;

    /** How many materials one meeting may have. */
    public static final int PER_MEETING_MAX = 30;

    public boolean isLink() {
        return url != null;
    }
}
