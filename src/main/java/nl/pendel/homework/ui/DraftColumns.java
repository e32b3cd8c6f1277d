package nl.pendel.homework.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextArea;
import nl.pendel.homework.HomeworkService;
import nl.pendel.shared.Markdown;
import nl.pendel.shared.ui.DraftState;

/**
 * The draft's text beside its preview, rendered from Markdown and sanitised on the server, with
 * whether and when it was saved below the text.
 */
class DraftColumns extends FlexLayout {

    private final TextArea text = new TextArea();
    private final Div preview = new Div();

    DraftColumns(String draft, DraftState saveState) {
        text.setLabel(getTranslation("homework.text"));
        text.setId("homework-text");
        text.setHelperText(getTranslation("homework.text.help"));
        text.setMaxLength(HomeworkService.TEXT_MAX);
        text.setValue(draft);
        text.setWidthFull();
        text.setMinHeight("18rem");
        preview.addClassNames("card", "markdown-preview");
        preview.getElement().setAttribute("aria-live", "polite");
        preview.getElement().setAttribute("aria-label", getTranslation("homework.preview"));
        render(draft);
        Div previewColumn = new Div(new Span(getTranslation("homework.preview")), preview);
        previewColumn.addClassName("preview-column");
        add(new Div(text, saveState), previewColumn);
        addClassName("editor-columns");
    }

    TextArea text() {
        return text;
    }

    /** Shows this Markdown in the preview. */
    void render(String markdown) {
        preview.getElement().setProperty("innerHTML", Markdown.toHtml(markdown));
    }
}
