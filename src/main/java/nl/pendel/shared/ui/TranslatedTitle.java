package nl.pendel.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.HasDynamicTitle;

/** A view whose title comes from the bundles: shown in the header and the browser tab. */
public interface TranslatedTitle extends HasDynamicTitle {

    /** The translation key of the view's title. */
    String titleKey();

    @Override
    default String getPageTitle() {
        UI ui = UI.getCurrent();
        return ui.getTranslation(titleKey()) + " · " + ui.getTranslation("app.name");
    }
}
