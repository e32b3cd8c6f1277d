package nl.pendel.lookback.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import nl.pendel.lookback.SessionLookBack;

/**
 * The look-back on one session as a card: how many answered, the average score, and per text
 * question the answers (with a name only where signed).
 */
class SessionLookBackCard extends Div {

    SessionLookBackCard(SessionLookBack lookBack, String headingKey, Object... headingArguments) {
        addClassNames("card", "look-back-results");
        add(new H3(getTranslation(headingKey, headingArguments)));
        DateTimeFormatter day = DateTimeFormatter.ofPattern("EEEE d MMMM", getLocale());
        Span which = new Span(getTranslation(
                "lookback.results.session",
                lookBack.meetingPosition(),
                lookBack.meetingTitle(),
                lookBack.subgroupNumber(),
                day.format(lookBack.date())));
        which.addClassName("muted");
        add(which);
        if (lookBack.answers() == 0) {
            add(new Paragraph(getTranslation("lookback.results.none")));
            return;
        }
        NumberFormat number = NumberFormat.getNumberInstance(getLocale());
        number.setMaximumFractionDigits(1);
        number.setMinimumFractionDigits(1);
        Paragraph figures = new Paragraph(
                lookBack.average() == null
                        ? getTranslation("lookback.results.count", lookBack.answers())
                        : getTranslation(
                                "lookback.results.figures", lookBack.answers(), number.format(lookBack.average())));
        figures.addClassName("look-back-figures");
        add(figures);
        for (SessionLookBack.QuestionTexts question : lookBack.texts()) {
            add(new H4(question.label()));
            UnorderedList list = new UnorderedList();
            for (SessionLookBack.Answer answer : question.answers()) {
                ListItem item = new ListItem(answer.text());
                if (answer.name() != null) {
                    Span name = new Span(" — " + answer.name());
                    name.addClassName("muted");
                    item.add(name);
                }
                list.add(item);
            }
            add(list);
        }
    }
}
