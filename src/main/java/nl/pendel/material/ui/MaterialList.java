package nl.pendel.material.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import nl.pendel.material.Material;
import nl.pendel.material.MaterialDownload;
import nl.pendel.material.MaterialService;
import org.jspecify.annotations.Nullable;

/**
 * A meeting's materials: a file as a download link with its kind and size, a link opening in a new
 * tab with its site; with {@code remove}, each with a remove button.
 */
class MaterialList extends UnorderedList {

    MaterialList(MaterialService materials, List<Material> list, @Nullable Consumer<Material> remove) {
        addClassName("material-list");
        for (Material material : list) {
            Anchor link;
            Span detail;
            if (material.isLink()) {
                link = new Anchor(material.url(), material.title(), AnchorTarget.BLANK);
                link.getElement().setAttribute("rel", "noopener noreferrer");
                detail = new Span(host(material.url()));
            } else {
                link = new Anchor(download(materials, material.id()), material.title());
                link.getElement().setAttribute("download", true);
                detail = new Span(getTranslation(
                        "material.file.detail",
                        material.kind() == null
                                ? ""
                                : material.kind().extension().toUpperCase(Locale.ROOT),
                        size(material.size())));
            }
            link.addClassName(material.isLink() ? "material-link" : "material-file");
            detail.addClassName("muted");
            ListItem item = new ListItem(link, new Span(" "), detail);
            item.addClassName("material");
            if (remove != null) {
                Button button = new Button(getTranslation("material.remove"), e -> remove.accept(material));
                button.addThemeVariants(ButtonVariant.TERTIARY);
                button.addClassName("material-remove");
                button.getElement()
                        .setAttribute("aria-label", getTranslation("material.remove.named", material.title()));
                item.add(button);
            }
            add(item);
        }
    }

    private String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return getTranslation("material.file.kb", Math.max(1, Math.round(bytes / 1024.0)));
        }
        return getTranslation("material.file.mb", String.format(getLocale(), "%.1f", bytes / (1024.0 * 1024.0)));
    }

    private static String host(@Nullable String url) {
        try {
            String host = url == null ? null : URI.create(url).getHost();
            return host == null ? "" : host.replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    /** The file, checked by the service when the link is followed. */
    private static DownloadHandler download(MaterialService materials, long materialId) {
        return DownloadHandler.fromInputStream(event -> {
            MaterialDownload file = materials.download(materialId);
            return new DownloadResponse(
                    new ByteArrayInputStream(file.content()),
                    file.fileName(),
                    file.contentType(),
                    file.content().length);
        });
    }
}
