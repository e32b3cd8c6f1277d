package nl.pendel.homework.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.function.Consumer;
import nl.pendel.homework.HomeworkDownloadService;
import nl.pendel.homework.HomeworkFile;
import org.jspecify.annotations.Nullable;

/** Attachments as download links with their size; with {@code remove}, each with a remove button. */
class FileList extends Div {

    FileList(HomeworkDownloadService homework, List<HomeworkFile> files, @Nullable Consumer<HomeworkFile> remove) {
        addClassName("file-list");
        for (HomeworkFile file : files) {
            Anchor link = new Anchor(HomeworkDownloads.handler(homework, file.id()), file.fileName());
            link.getElement().setAttribute("download", true);
            Span size = new Span(HomeworkTexts.size(this, file.size()));
            size.addClassName("muted");
            Div line = new Div(link, size);
            line.addClassName("toolbar");
            if (remove != null) {
                Button button = new Button(getTranslation("homework.files.remove"), e -> remove.accept(file));
                button.addThemeVariants(ButtonVariant.TERTIARY);
                button.getElement()
                        .setAttribute("aria-label", getTranslation("homework.files.remove.named", file.fileName()));
                line.add(button);
            }
            add(line);
        }
    }
}
