package nl.pendel.assessment.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.dom.Element;
import nl.pendel.assessment.Growth;
import nl.pendel.assessment.MomentKind;

/**
 * Growth per competence over the moments: a bar per moment (hidden from screen readers) and the
 * same numbers in a table; then the development goals with how far they got at later moments.
 */
class GrowthPanel extends Div {

    GrowthPanel(Growth growth, String title, String goalsTitle) {
        addClassName("growth");
        add(new H4(title));
        for (Growth.CompetenceGrowth competence : growth.competences()) {
            Div block = new Div();
            block.addClassName("growth-competence");
            block.add(new Span(competence.code() + " · " + competence.shortTitle()));
            for (MomentKind moment : growth.moments()) {
                Double average = competence.averages().get(moment);
                if (average == null) {
                    continue;
                }
                Div row = new Div();
                row.addClassName("growth-row");
                row.getElement().setAttribute("aria-hidden", "true");
                Span label = new Span(getTranslation(moment.translationKey()));
                Div bar = new Div();
                bar.addClassNames("share-bar", "growth-bar");
                bar.getStyle().set("--share", Math.round(average / 5 * 100) + "%");
                Span value = new Span(String.format(getLocale(), "%.1f", average));
                row.add(label, bar, value);
                block.add(row);
            }
            add(block);
        }
        add(table(growth));
        if (!growth.goals().isEmpty()) {
            add(goals(growth, goalsTitle));
        }
    }

    private Div goals(Growth growth, String title) {
        Div block = new Div(new H4(title));
        block.addClassName("growth-goals");
        UnorderedList list = new UnorderedList();
        for (Growth.GoalTrack goal : growth.goals()) {
            ListItem item = new ListItem(new Span(goal.text()));
            Span set = new Span(getTranslation(
                    "assessment.growth.goal-set", getTranslation(goal.setAt().translationKey())));
            set.addClassName("muted");
            item.add(set);
            if (goal.progress().isEmpty()) {
                Span open = new Span(getTranslation("assessment.growth.goal-open"));
                open.addClassNames("badge", "badge-muted");
                item.add(open);
            }
            goal.progress().entrySet().stream()
                    .sorted(java.util.Map.Entry.comparingByKey())
                    .forEach(entry -> {
                        Span badge = new Span(getTranslation(
                                "assessment.growth.goal-progress",
                                getTranslation(entry.getKey().translationKey()),
                                getTranslation("assessment.goal-progress." + entry.getValue())));
                        badge.addClassNames("badge", entry.getValue() >= 3 ? "badge-success" : "badge-muted");
                        item.add(badge);
                    });
            list.add(item);
        }
        block.add(list);
        return block;
    }

    private Div table(Growth growth) {
        Element table = new Element("table");
        table.setAttribute("class", "growth-table");
        Element caption = new Element("caption");
        caption.setText(getTranslation("assessment.growth.table"));
        table.appendChild(caption);
        Element head = new Element("tr");
        head.appendChild(cell("th", getTranslation("assessment.competence")));
        growth.moments().forEach(m -> head.appendChild(cell("th", getTranslation(m.translationKey()))));
        table.appendChild(head);
        for (Growth.CompetenceGrowth competence : growth.competences()) {
            Element row = new Element("tr");
            row.appendChild(cell("th", competence.code() + " " + competence.shortTitle()));
            for (MomentKind moment : growth.moments()) {
                Double average = competence.averages().get(moment);
                row.appendChild(cell("td", average == null ? "–" : String.format(getLocale(), "%.1f", average)));
            }
            table.appendChild(row);
        }
        Div wrapper = new Div();
        wrapper.addClassName("growth-table-wrapper");
        wrapper.getElement().appendChild(table);
        return wrapper;
    }

    private static Element cell(String tag, String text) {
        Element cell = new Element(tag);
        cell.setText(text);
        return cell;
    }
}
