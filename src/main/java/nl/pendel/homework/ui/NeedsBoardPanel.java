package nl.pendel.homework.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Map;
import nl.pendel.homework.NeedLine;
import nl.pendel.homework.NeedsBoard;

/**
 * The common needs board: per theme how many participants see it and in how many cases, most
 * frequent first, as bars so the order is seen at a glance; the team and each subgroup.
 */
class NeedsBoardPanel extends Div {

    NeedsBoardPanel(NeedsBoard board) {
        addClassNames("card", "needs-board");
        add(new H3(getTranslation("homework.board.title", board.meetingPosition(), board.meetingTitle())));
        Paragraph help = new Paragraph(getTranslation("homework.board.help", board.contributions()));
        help.addClassName("muted");
        add(help);
        if (board.team().isEmpty()) {
            add(new Paragraph(getTranslation("homework.board.empty")));
            return;
        }
        Div columns = new Div();
        columns.addClassName("board-columns");
        columns.add(column(getTranslation("homework.board.team"), board.team()));
        for (Map.Entry<Integer, List<NeedLine>> subgroup : board.bySubgroup().entrySet()) {
            columns.add(column(getTranslation("homework.board.subgroup", subgroup.getKey()), subgroup.getValue()));
        }
        add(columns);
    }

    static Div column(String title, List<NeedLine> lines) {
        Div column = new Div(new H4(title));
        column.addClassName("board-column");
        int max = lines.stream().mapToInt(NeedLine::participants).max().orElse(1);
        Div list = new Div();
        list.addClassName("need-list");
        list.getElement().setAttribute("role", "list");
        for (NeedLine line : lines) {
            Div item = new Div();
            item.addClassName("need");
            item.getElement().setAttribute("role", "listitem");
            Span label = new Span(line.label());
            label.addClassName("need-label");
            if (line.own()) {
                label.getElement().setAttribute("title", label.getTranslation("homework.board.own"));
                label.addClassName("own");
            }
            Span figures = new Span(label.getTranslation("homework.board.figures", line.participants(), line.cases()));
            figures.addClassName("need-figures");
            Div bar = new Div();
            bar.addClassNames("share-bar", "need-bar");
            bar.getStyle().set("--share", (100 * line.participants() / max) + "%");
            bar.getElement().setAttribute("aria-hidden", "true");
            item.add(label, figures, bar);
            list.add(item);
        }
        column.add(list);
        return column;
    }
}
