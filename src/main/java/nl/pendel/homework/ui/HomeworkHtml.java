package nl.pendel.homework.ui;

import com.vaadin.flow.component.html.Div;

/** Shows HTML that the server rendered from Markdown and sanitised (never raw user HTML). */
final class HomeworkHtml {

    private HomeworkHtml() {}

    static Div of(String sanitisedHtml) {
        Div div = new Div();
        div.addClassName("markdown");
        div.getElement().setProperty("innerHTML", sanitisedHtml);
        return div;
    }
}
