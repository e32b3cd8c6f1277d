package nl.pendel.shared.ui;

import com.vaadin.flow.component.html.Span;

/**
 * The line under a text that is saved while the person types: when it was saved, or, in the
 * colours of an error, that it was not saved and why (the text itself stays in its field).
 */
public class DraftState extends Span {

    public DraftState() {
        addClassNames("draft-state", "muted");
        getElement().setAttribute("aria-live", "polite");
    }

    /** Saved: a quiet line. */
    public void saved(String text) {
        setText(text);
        removeClassName("form-error");
        addClassName("muted");
    }

    /** Not saved: the reason, where the writer looks. */
    public void notSaved(String text) {
        setText(text);
        removeClassName("muted");
        addClassName("form-error");
    }
}
