package nl.pendel.material;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import nl.pendel.shared.OneLineText;
import nl.pendel.shared.StorableText;
import nl.pendel.shared.Texts;
import nl.pendel.shared.UserFacingException;
import org.jspecify.annotations.Nullable;

/**
 * The checks of a material's title and a link's address before anything is stored, each refusal a
 * Dutch message. Texts are stripped and pass the privacy guard ({@link StorableText}): a
 * resident's citizen service number or IBAN is never stored, not in a title, not in an address.
 */
final class MaterialRules {

    private MaterialRules() {
        // functions only, no instances
    }

    /** The title as it will be stored, or a refusal. */
    static String title(@Nullable String title) {
        String stripped = title == null ? "" : title.strip();
        if (Texts.blank(stripped)) {
            throw new UserFacingException("material.error.title-required");
        }
        if (stripped.codePointCount(0, stripped.length()) > Material.TITLE_MAX) {
            throw new UserFacingException("material.error.title-too-long", Material.TITLE_MAX);
        }
        StorableText.check(stripped);
        if (!OneLineText.holds(stripped)) {
            throw new UserFacingException("material.error.one-line");
        }
        return stripped;
    }

    /** A file's title: the one given, or the file's name when none was given. */
    static String fileTitle(@Nullable String title, String safeFileName) {
        return title == null || Texts.blank(title) ? title(safeFileName) : title(title);
    }

    /**
     * The address as it will be stored: an absolute http or https address with a host, at most
     * {@link Material#URL_MAX} characters, without spaces or control characters; or a refusal.
     */
    static String url(@Nullable String url) {
        String stripped = url == null ? "" : url.strip();
        if (Texts.blank(stripped)) {
            throw new UserFacingException("material.error.url-required");
        }
        StorableText.check(stripped);
        if (stripped.length() > Material.URL_MAX) {
            throw new UserFacingException("material.error.url-too-long", Material.URL_MAX);
        }
        // the scheme first, so "javascript:" or "ftp:" is named for what it is, whatever follows it
        int colon = stripped.indexOf(':');
        String scheme = colon < 0 ? "" : stripped.substring(0, colon).toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new UserFacingException("material.error.url-scheme");
        }
        if (stripped.codePoints().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c) || c > 0x7E)) {
            throw new UserFacingException("material.error.url-invalid");
        }
        URI uri;
        try {
            uri = new URI(stripped);
        } catch (URISyntaxException e) {
            throw new UserFacingException("material.error.url-invalid");
        }
        if (uri.getHost() == null || uri.getHost().isBlank() || uri.getRawUserInfo() != null) {
            throw new UserFacingException("material.error.url-invalid");
        }
        return stripped;
    }
}
