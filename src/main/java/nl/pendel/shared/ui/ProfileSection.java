package nl.pendel.shared.ui;

import com.vaadin.flow.component.Component;

/**
 * A card another module adds to everyone's own profile page (e.g. the privacy rights' "Mijn
 * gegevens"), so the account module need not know that module. Beans of this type are shown in
 * their {@link org.springframework.core.annotation.Order order}, after the account's own cards.
 */
public interface ProfileSection {

    /** A new card for the signed-in person, built each time the page opens. */
    Component create();
}
