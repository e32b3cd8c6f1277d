package nl.pendel.shared.ui;

import com.vaadin.flow.component.Component;

/**
 * Something another module puts into the main layout's navigation bar for a signed-in person (e.g.
 * the notification bell), so the layout need not know that module. Beans of this type are shown
 * in their {@link org.springframework.core.annotation.Order order}, at the end of the bar.
 */
public interface NavbarItem {

    /** A new component for the signed-in person, built once per browser tab (the layout is kept). */
    Component create();
}
