package nl.pendel.runsheet.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.IntConsumer;
import nl.pendel.runsheet.RunSheetItem;
import nl.pendel.runsheet.RunSheetPage;
import org.jspecify.annotations.Nullable;

/**
 * The items of a run sheet as a list of cards (a phone shows them one below the other): the time
 * (or the minutes when no session is chosen), what, who leads it and what is needed; for those
 * who may change it, buttons to move an item up or down, change it or remove it.
 */
class RunSheetList extends OrderedList {

    /** Moves the item at an index by -1 or +1. */
    interface Mover {
        void move(int index, int by);
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Mover mover;
    private final IntConsumer editor;
    private final IntConsumer remover;

    RunSheetList(Mover mover, IntConsumer editor, IntConsumer remover) {
        this.mover = mover;
        this.editor = editor;
        this.remover = remover;
        addClassName("run-sheet-items");
    }

    void show(RunSheetPage page, @Nullable LocalTime start) {
        removeAll();
        List<RunSheetItem> items = page.items();
        List<LocalTime> times = start == null ? List.of() : RunSheetPage.times(start, items);
        for (int i = 0; i < items.size(); i++) {
            RunSheetItem item = items.get(i);
            String when = times.isEmpty()
                    ? getTranslation("runsheet.minutes", item.minutes())
                    : TIME.format(times.get(i)) + "–" + TIME.format(times.get(i + 1));
            ListItem card = new ListItem(
                    span("run-sheet-time", when),
                    span("run-sheet-title", item.title()),
                    span("run-sheet-lead", lead(page, item)));
            if (!item.needs().isEmpty()) {
                card.add(span("run-sheet-needs", getTranslation("runsheet.needs.shown", item.needs())));
            }
            card.addClassName("run-sheet-item");
            if (page.editable()) {
                card.add(actions(i, items.size(), item.title()));
            }
            add(card);
        }
    }

    private String lead(RunSheetPage page, RunSheetItem item) {
        String kind = getTranslation(RunSheetPage.leadKey(item.lead()));
        String name = page.withoutCoTrainer(item) ? getTranslation("runsheet.no-co-trainer") : page.leadName(item);
        return name.isEmpty() ? kind : kind + ": " + name;
    }

    private Div actions(int index, int count, String title) {
        Button up = button(VaadinIcon.ARROW_UP, "runsheet.up", title, () -> mover.move(index, -1));
        up.setEnabled(index > 0);
        Button down = button(VaadinIcon.ARROW_DOWN, "runsheet.down", title, () -> mover.move(index, 1));
        down.setEnabled(index < count - 1);
        Button edit = button(VaadinIcon.EDIT, "runsheet.edit-item", title, () -> editor.accept(index));
        Button remove = button(VaadinIcon.TRASH, "runsheet.remove", title, () -> remover.accept(index));
        remove.addThemeVariants(ButtonVariant.ERROR);
        remove.setEnabled(count > 1);
        Div actions = new Div(up, down, edit, remove);
        actions.addClassName("run-sheet-actions");
        return actions;
    }

    private Button button(VaadinIcon icon, String key, String title, Runnable action) {
        Button button = new Button(icon.create(), click -> action.run());
        button.addThemeVariants(ButtonVariant.TERTIARY);
        button.setAriaLabel(getTranslation(key, title));
        button.setTooltipText(getTranslation(key, title));
        button.addClassName(key.substring("runsheet.".length()));
        return button;
    }

    private static Span span(String className, String text) {
        Span span = new Span(text);
        span.addClassName(className);
        return span;
    }
}
