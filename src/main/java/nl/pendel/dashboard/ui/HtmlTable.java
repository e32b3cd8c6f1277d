package nl.pendel.dashboard.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The dashboard's plain HTML tables (header row, body rows, row headers) and its share bars. */
final class HtmlTable {

    private HtmlTable() {}

    /** A table with this header row and an empty body. */
    static Element table(List<String> header) {
        Element table = new Element("table");
        table.setAttribute("class", "dashboard-table");
        Element head = new Element("tr");
        for (String text : header) {
            Element th = new Element("th");
            th.setAttribute("scope", "col");
            th.setText(text);
            head.appendChild(th);
        }
        table.appendChild(new Element("thead").appendChild(head));
        table.appendChild(new Element("tbody"));
        return table;
    }

    /** A new row at the end of the table's body. */
    static Element row(Element table, @Nullable String className) {
        Element row = new Element("tr");
        if (className != null) {
            row.setAttribute("class", className);
        }
        table.getChild(1).appendChild(row);
        return row;
    }

    /** A cell with this text; a {@code th} heads its row. */
    static void text(Element row, String tag, String text) {
        Element cell = new Element(tag);
        if ("th".equals(tag)) {
            cell.setAttribute("scope", "row");
        }
        cell.setText(text);
        row.appendChild(cell);
    }

    /** A bar filled to the share, with the figures beside it as text (the bar itself is hidden from screen readers). */
    static Div bar(double percent) {
        Div bar = new Div();
        bar.addClassNames("share-bar", "dashboard-bar");
        bar.getElement().setAttribute("aria-hidden", "true");
        bar.getStyle().set("--share", Math.max(0, Math.min(100, percent)) + "%");
        return bar;
    }

    /**
     * A table that scrolls sideways on a narrow screen: a named region that takes the keyboard
     * focus, so that it can also be scrolled with the arrow keys.
     */
    static Div wrap(Element table, String labelledBy) {
        Div wrapper = new Div();
        wrapper.addClassName("dashboard-table-wrapper");
        wrapper.getElement().setAttribute("tabindex", "0");
        wrapper.getElement().setAttribute("role", "region");
        wrapper.getElement().setAttribute("aria-labelledby", labelledBy);
        wrapper.getElement().appendChild(table);
        return wrapper;
    }
}
