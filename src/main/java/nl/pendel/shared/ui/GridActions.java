package nl.pendel.shared.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableFunction;

/** Row actions that work with the keyboard as well as the mouse. */
public final class GridActions {

    private GridActions() {}

    /**
     * Adds an edit button to every row (reachable with Tab, labelled with the row's name for screen
     * readers) and opens the same editor on a click on the row.
     */
    public static <T> void editable(Grid<T> grid, SerializableFunction<T, String> name, SerializableConsumer<T> edit) {
        grid.addComponentColumn(item -> {
                    Button button = new Button(VaadinIcon.EDIT.create(), click -> edit.accept(item));
                    button.addThemeVariants(ButtonVariant.TERTIARY);
                    button.setAriaLabel(grid.getTranslation("action.edit-named", name.apply(item)));
                    button.setTooltipText(grid.getTranslation("action.edit"));
                    return button;
                })
                .setHeader(grid.getTranslation("action.edit"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addItemClickListener(click -> edit.accept(click.getItem()));
    }
}
