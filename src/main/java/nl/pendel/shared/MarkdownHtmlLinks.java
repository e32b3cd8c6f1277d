package nl.pendel.shared;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * {@link Markdown}'s HTML of links and images: links with safe attributes (only the addresses
 * {@link Markdown#safeUrl} allows), images as links instead of {@code <img>}.
 */
final class MarkdownHtmlLinks implements NodeRenderer {

    private final HtmlNodeRendererContext context;
    private final HtmlWriter html;

    MarkdownHtmlLinks(HtmlNodeRendererContext context) {
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
        String url = Markdown.safeUrl(link.getDestination());
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
        String url = Markdown.safeUrl(image.getDestination());
        if (url == null || insideLink(image)) {
            html.text(alt);
            return;
        }
        html.tag("a", attributes(image, url, image.getTitle()));
        html.text(alt.isBlank() ? image.getDestination().strip() : alt);
        html.tag("/a");
    }

    private Map<String, String> attributes(Node node, String url, String title) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("href", context.encodeUrl(url));
        if (title != null && !title.isBlank()) {
            attributes.put("title", title);
        }
        attributes.put("rel", Markdown.LINK_REL);
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
