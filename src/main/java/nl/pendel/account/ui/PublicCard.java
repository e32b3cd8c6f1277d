package nl.pendel.account.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;

/**
 * The frame of the account pages one opens before signing in: the login page's card, with Pendel's
 * mark, the page's heading, its content that changes as one goes, and a way back to signing in.
 */
class PublicCard extends Main {

    private final Div content = new Div();
    private final Anchor back;

    PublicCard() {
        addClassName("login-page");
        Div brand = new Div(new Html("<div class=\"brand-mark\" aria-hidden=\"true\">P</div>"));
        brand.addClassName("login-brand");
        // "page" marks where a view's content is, as on every other screen
        content.addClassNames("account-card-content", "page");
        back = new Anchor("login", getTranslation("account-link.to-login"));
        back.addClassName("login-privacy");
        Div card = new Div(brand, content, back);
        card.addClassNames("login-card", "account-card");
        add(card);
    }

    /** Shows this heading and content in place of what was there. */
    void show(String heading, Component... components) {
        back.setVisible(true);
        content.removeAll();
        H1 title = new H1(heading);
        title.addClassName("account-card-title");
        content.add(title);
        content.add(components);
    }

    /** Leaves out the way back to signing in (when the content leads there itself). */
    void hideBackLink() {
        back.setVisible(false);
    }
}
