package nl.pendel.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import java.util.Objects;
import nl.pendel.shared.Translations;
import org.springframework.stereotype.Component;

/**
 * Sets the language of each new UI: the signed-in person's own choice, or Dutch (or the language
 * picked on the login page) before sign-in.
 */
@Component
public class UserLocale implements VaadinServiceInitListener {

    private static final String APPLIED_FOR = UserLocale.class.getName() + ".appliedFor";
    private static final String CHOSEN = UserLocale.class.getName() + ".chosen";

    private final CurrentUser currentUser;

    UserLocale(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        // screen readers need the page language; Dutch until the UI knows better
        event.addIndexHtmlRequestListener(response ->
                response.getDocument().getElementsByTag("html").attr("lang", Translations.DUTCH.getLanguage()));
        event.getSource().addUIInitListener(uiEvent -> {
            VaadinSession session = uiEvent.getUI().getSession();
            Locale locale = currentUser
                    .find()
                    .map(user -> localeFor(session, user))
                    .orElseGet(() -> chosenBeforeSignIn(session));
            if (!Objects.equals(session.getLocale(), locale)) {
                session.setLocale(locale);
            }
            uiEvent.getUI().setLocale(locale);
            uiEvent.getUI().getPage().executeJs("document.documentElement.lang = $0", locale.getLanguage());
        });
    }

    /** Remembers the language picked on the login page for this browser session. */
    public static void chooseBeforeSignIn(VaadinSession session, Locale locale) {
        session.setAttribute(CHOSEN, Translations.supported(locale));
        session.setLocale(Translations.supported(locale));
    }

    /** Applies a changed language preference of the signed-in person at once. */
    public static void apply(VaadinSession session, long personId, Locale locale) {
        session.setAttribute(APPLIED_FOR, personId);
        session.setLocale(Translations.supported(locale));
    }

    private static Locale localeFor(VaadinSession session, PendelUser user) {
        Object appliedFor = session.getAttribute(APPLIED_FOR);
        if (!Long.valueOf(user.personId()).equals(appliedFor)) {
            session.setAttribute(APPLIED_FOR, user.personId());
            return Translations.supported(user.locale());
        }
        return Translations.supported(session.getLocale());
    }

    private static Locale chosenBeforeSignIn(VaadinSession session) {
        return session.getAttribute(CHOSEN) instanceof Locale chosen ? chosen : Translations.DUTCH;
    }
}
