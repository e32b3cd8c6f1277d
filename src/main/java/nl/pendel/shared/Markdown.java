package nl.pendel.shared;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * Markdown that users write (posts, messages, feedback), rendered on the server into HTML that is safe to put
 * into a page as it is.
 *
 * <ul>
 *   <li>Raw HTML is never passed through: HTML blocks and inline HTML come out as visible, escaped text.
 *   <li>Links keep only http, https, mailto and relative addresses; any other scheme ({@code javascript:},
 *       {@code data:}, {@code vbscript:}, ...) drops the link and keeps its text. Links open in a new tab with
 *       {@code rel="nofollow noopener noreferrer"}.
 *   <li>Images are never loaded: an image becomes a link to the image, labelled with its alt text.
 *   <li>Headings are shifted down two levels ({@code #} becomes {@code <h3>}) because the text sits inside a
 *       page that has its own headings.
 *   <li>Input longer than {@link #MAX_INPUT_CHARS} is cut off and marked with an ellipsis.
 * </ul>
 *
 * <p>Thread-safe: the parser and renderers are immutable and built once.
 */
public final class Markdown {

    /** Longer input is truncated before it is parsed. */
    public static final int MAX_INPUT_CHARS = 200_000;

    static final String LINK_REL = "nofollow noopener noreferrer";

    private static final int HEADING_SHIFT = 2;
    private static final int MAX_NESTING = 64;
    private static final Set<String> ALLOWED_SCHEMES = Set.of("http", "https", "mailto");
    static final Pattern SCHEME = Pattern.compile("^([a-z][a-z0-9+.\\-]*):");
    /** What browsers ignore or hide inside a URL: whitespace, control (C0, DEL, C1) and invisible characters. */
    private static final Pattern IGNORED_IN_URL =
            Pattern.compile("[\\x00-\\x20\\x7F-\\x9F\\u00AD\\u200B-\\u200F\\uFEFF]");

    private static final List<Extension> EXTENSIONS = List.of(AutolinkExtension.create(), TablesExtension.create());

    private static final Parser PARSER = Parser.builder()
            .extensions(EXTENSIONS)
            .maxOpenBlockParsers(MAX_NESTING)
            .maxInlineNesting(MAX_NESTING)
            .postProcessor(Markdown::shiftHeadings)
            .build();

    private static final HtmlRenderer HTML = HtmlRenderer.builder()
            .extensions(EXTENSIONS)
            .escapeHtml(true)
            .sanitizeUrls(true)
            .urlSanitizer(new StrictUrlSanitizer())
            .percentEncodeUrls(true)
            .nodeRendererFactory(MarkdownHtmlLinks::new)
            .build();

    private static final TextContentRenderer TEXT = TextContentRenderer.builder()
            .extensions(EXTENSIONS)
            .nodeRendererFactory(MarkdownTextLinks::new)
            .build();

    private Markdown() {}

    /**
     * Renders Markdown into sanitised HTML, safe to set as inner HTML of an element.
     *
     * @return the HTML, or "" for null or blank input
     */
    public static String toHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return HTML.render(PARSER.parse(limit(markdown)));
    }

    /**
     * The text of the Markdown without any Markdown syntax, for mails and previews: what a reader sees of
     * {@link #toHtml}. Links and images become their text followed by their address in parentheses (dangerous
     * addresses are left out); raw HTML stays as the literal text it is shown as. The result is plain text, not HTML:
     * escape it when it goes into HTML.
     *
     * @return the text, or "" for null or blank input
     */
    public static String toPlainText(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return TEXT.render(PARSER.parse(limit(markdown))).strip();
    }

    private static String limit(String markdown) {
        if (markdown.length() <= MAX_INPUT_CHARS) {
            return markdown;
        }
        int end = MAX_INPUT_CHARS;
        if (Character.isHighSurrogate(markdown.charAt(end - 1))) {
            end--;
        }
        return markdown.substring(0, end) + "\n\n…";
    }

    /**
     * The address to use for a link or image, or null if it must not be linked. Allows http, https, mailto and
     * relative addresses (no scheme).
     */
    static String safeUrl(String url) {
        if (url == null) {
            return null;
        }
        String compact = IGNORED_IN_URL.matcher(url).replaceAll("").toLowerCase(Locale.ROOT);
        if (compact.isEmpty()) {
            return null;
        }
        Matcher scheme = SCHEME.matcher(compact);
        if (scheme.find()) {
            return ALLOWED_SCHEMES.contains(scheme.group(1)) ? url.strip() : null;
        }
        int colon = compact.indexOf(':');
        if (colon >= 0) {
            int pathStart = firstIndexOfAny(compact, "/?#");
            if (pathStart < 0 || colon < pathStart) {
                return null; // looks like a scheme that browsers might still recognise; refuse
            }
        }
        return url.strip();
    }

    private static int firstIndexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static Node shiftHeadings(Node document) {
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                heading.setLevel(Math.min(6, heading.getLevel() + HEADING_SHIFT));
                visitChildren(heading);
            }
        });
        return document;
    }

    /** Used by the core renderer for anything we do not render ourselves; same rules as {@link #safeUrl}. */
    private static final class StrictUrlSanitizer implements org.commonmark.renderer.html.UrlSanitizer {

        @Override
        public String sanitizeLinkUrl(String url) {
            String safe = safeUrl(url);
            return safe == null ? "" : safe;
        }

        @Override
        public String sanitizeImageUrl(String url) {
            return "";
        }
    }
}
