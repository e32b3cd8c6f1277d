package nl.pendel.shared.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.page.Page;
import com.vaadin.flow.shared.Registration;
import java.util.List;

/** Grids that stay readable on a phone: less important columns step aside on narrow screens. */
public final class ResponsiveColumns {

    /** Below this window width (in CSS pixels) a screen counts as a phone. */
    public static final int PHONE_WIDTH = 640;

    private ResponsiveColumns() {}

    /** Hides the given columns while the window is narrower than {@link #PHONE_WIDTH}. */
    public static void hideOnPhone(Grid<?> grid, Grid.Column<?>... columns) {
        List<Grid.Column<?>> optional = List.of(columns);
        Registration[] resize = new Registration[1];
        grid.addAttachListener(attach -> {
            Page page = attach.getUI().getPage();
            page.retrieveExtendedClientDetails(details -> show(optional, details.getWindowInnerWidth()));
            resize[0] = page.addBrowserWindowResizeListener(event -> show(optional, event.getWidth()));
        });
        grid.addDetachListener(detach -> {
            if (resize[0] != null) {
                resize[0].remove();
            }
        });
    }

    private static void show(List<Grid.Column<?>> columns, int windowWidth) {
        boolean wide = windowWidth <= 0 || windowWidth >= PHONE_WIDTH;
        columns.forEach(column -> column.setVisible(wide));
    }
}
