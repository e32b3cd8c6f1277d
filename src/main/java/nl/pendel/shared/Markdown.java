package nl.pendel.shared;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;
import org.commonmark.renderer.text.TextContentNodeRendererContext;
import org.commonmark.renderer.text.TextContentRenderer;
import org.commonmark.renderer.text.TextContentWriter;
import org.jspecify.annotations.Nullable;

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
    private static final Pattern SCHEME = Pattern.compile("^([a-z][a-z0-9+.\\-]*):");
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
            .nodeRendererFactory(SafeLinkRenderer::new)
            .build();

    private static final TextContentRenderer TEXT = TextContentRenderer.builder()
            .extensions(EXTENSIONS)
            .nodeRendererFactory(PlainLinkRenderer::new)
            .build();

    private Markdown() {}

    /**
     * Renders Markdown into sanitised HTML, safe to set as inner HTML of an element.
     *
     * @return the HTML, or "" for null or blank input
     */
    public static String toHtml(@Nullable String markdown) {
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
    public static String toPlainText(@Nullable String markdown) {
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
    static @Nullable String safeUrl(@Nullable String url) {
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

    /** Renders links with safe attributes, and images as links instead of {@code <img>}. */
    private static final class SafeLinkRenderer implements NodeRenderer {

        private final HtmlNodeRendererContext context;
        private final HtmlWriter html;

        SafeLinkRenderer(HtmlNodeRendererContext context) {
            this.context = context;
            this.html = context.getWriter();
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Link.class, Image.class);
        }

        @Override
        public void render(Node node) {
            if (node instanceof Image image) {
                renderImage(image);
            } else if (node instanceof Link link) {
                renderLink(link);
            }
        }

        private void renderLink(Link link) {
            String url = safeUrl(link.getDestination());
            if (url == null) {
                renderChildren(link);
                return;
            }
            html.tag("a", attributes(link, url, link.getTitle()));
            renderChildren(link);
            html.tag("/a");
        }

        private void renderImage(Image image) {
            String alt = altText(image);
            String url = safeUrl(image.getDestination());
            if (url == null || insideLink(image)) {
                html.text(alt);
                return;
            }
            html.tag("a", attributes(image, url, image.getTitle()));
            html.text(alt.isBlank() ? image.getDestination().strip() : alt);
            html.tag("/a");
        }

        private Map<String, String> attributes(Node node, String url, @Nullable String title) {
            Map<String, String> attributes = new LinkedHashMap<>();
            attributes.put("href", context.encodeUrl(url));
            if (title != null && !title.isBlank()) {
                attributes.put("title", title);
            }
            attributes.put("rel", LINK_REL);
            attributes.put("target", "_blank");
            return context.extendAttributes(node, "a", attributes);
        }

        private void renderChildren(Node parent) {
            Node child = parent.getFirstChild();
            while (child != null) {
                Node next = child.getNext();
                context.render(child);
                child = next;
            }
        }

        private static boolean insideLink(Node node) {
            for (Node parent = node.getParent(); parent != null; parent = parent.getParent()) {
                if (parent instanceof Link) {
                    return true;
                }
            }
            return false;
        }

        static String altText(Image image) {
            StringBuilder alt = new StringBuilder();
            image.accept(new AbstractVisitor() {
                @Override
                public void visit(Text text) {
                    alt.append(text.getLiteral());
                }

                @Override
                public void visit(Code code) {
                    alt.append(code.getLiteral());
                }

                @Override
                public void visit(SoftLineBreak softLineBreak) {
                    alt.append(' ');
                }

                @Override
                public void visit(HardLineBreak hardLineBreak) {
                    alt.append(' ');
                }
            });
            return alt.toString().strip();
        }
    }

    /** Plain text of links and images: "text (address)", or just the text when the address is unsafe or relative. */
    private static final class PlainLinkRenderer implements NodeRenderer {

        private final TextContentNodeRendererContext context;
        private final TextContentWriter text;

        PlainLinkRenderer(TextContentNodeRendererContext context) {
            this.context = context;
            this.text = context.getWriter();
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Link.class, Image.class);
        }

        @Override
        public void render(Node node) {
            if (node instanceof Image image) {
                String alt = SafeLinkRenderer.altText(image);
                text.write(alt);
                writeAddress(alt, safeUrl(image.getDestination()));
            } else if (node instanceof Link link) {
                StringBuilder label = new StringBuilder();
                link.accept(new AbstractVisitor() {
                    @Override
                    public void visit(Text t) {
                        label.append(t.getLiteral());
                    }
                });
                Node child = link.getFirstChild();
                while (child != null) {
                    Node next = child.getNext();
                    context.render(child);
                    child = next;
                }
                writeAddress(label.toString(), safeUrl(link.getDestination()));
            }
        }

        private void writeAddress(String label, @Nullable String url) {
            boolean pointless = url == null
                    || !SCHEME.matcher(url.toLowerCase(Locale.ROOT)).find() // relative: means nothing in a mail
                    || label.strip().equals(url)
                    || ("mailto:" + label.strip()).equals(url);
            if (pointless) {
                return;
            }
            if (!label.isBlank()) {
                text.write(' ');
            }
            text.write('(');
            text.write(url);
            text.write(')');
        }
    }
}
