package nl.pendel.privacy;

import org.jspecify.annotations.Nullable;

/**
 * What the privacy guard found, where, and the words around it so the writer can find it.
 *
 * @param where null for the text itself, else the attachment's file name or the own theme
 */
public record PrivacyNotice(
        PrivacyFinding finding, @Nullable String where, String before, String after) {

    private static final int CONTEXT = 30;

    public static PrivacyNotice in(String text, PrivacyFinding finding, @Nullable String where) {
        int from = Math.max(0, finding.start() - CONTEXT);
        int to = Math.min(text.length(), finding.end() + CONTEXT);
        String before =
                (from > 0 ? "…" : "") + text.substring(from, finding.start()).replace('\n', ' ');
        String after = text.substring(finding.end(), to).replace('\n', ' ') + (to < text.length() ? "…" : "");
        return new PrivacyNotice(finding, where, before, after);
    }

    public boolean blocks() {
        return finding.kind().blocks();
    }
}
