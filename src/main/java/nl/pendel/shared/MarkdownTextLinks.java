package nl.pendel.shared;

import java.util.Locale;
import java.util.Set;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.text.TextContentNodeRendererContext;
import org.commonmark.renderer.text.TextContentWriter;

/**
 * {@link Markdown}'s plain text of links and images: "text (address)", or just the text when the
 * address is unsafe or relative.
 */
final class MarkdownTextLinks implements NodeRenderer {

    private final TextContentNodeRendererContext context;
    private final TextContentWriter text;

    MarkdownTextLinks(TextContentNodeRendererContext context) {
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
            String alt = MarkdownHtmlLinks.altText(image);
            text.write(alt);
            writeAddress(alt, Markdown.safeUrl(image.getDestination()));
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
            writeAddress(label.toString(), Markdown.safeUrl(link.getDestination()));
        }
    }

    private void writeAddress(String label, String url) {
        boolean pointless = url == null
                || !Markdown.SCHEME.matcher(url.toLowerCase(Locale.ROOT)).find() // relative: means nothing in a mail
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
