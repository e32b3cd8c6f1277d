package nl.pendel.security.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import nl.pendel.security.LoginBlockedException;
import nl.pendel.security.SignInOptions;
import nl.pendel.security.UserLocale;
import nl.pendel.shared.DatabaseErrors;
import nl.pendel.shared.Translations;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.WebAttributes;

/**
 * The sign-in page: a button per single sign-on provider, and e-mail address and password unless
 * local sign-in is off; in Dutch unless English is picked.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final AuthenticationContext authenticationContext;
    private final Clock clock;
    private final LoginForm form = new LoginForm();
    /** The error of a refused sign-in where there is no password form to show it. */
    private final Paragraph refusal = new Paragraph();

    private LoginI18n shownTexts;

    LoginView(AuthenticationContext authenticationContext, Clock clock, SignInOptions options) {
        this.authenticationContext = authenticationContext;
        this.clock = clock;
        addClassName("login-page");

        form.setAction("login");
        // to the account module's public page (by its address: security does not depend on account)
        form.addForgotPasswordListener(
                forgot -> forgot.getSource().getUI().ifPresent(ui -> ui.navigate("wachtwoord-vergeten")));
        show(i18n(null));
        // where everyone has single sign-on, the form stays (it shows the error of a refused
        // sign-in) but has no fields to type a password into
        form.setVisible(options.localSignIn());

        Div brand = new Div(
                new Html("<div class=\"brand-mark\" aria-hidden=\"true\">P</div>"),
                new H1(getTranslation("app.name")),
                new Paragraph(getTranslation("login.tagline")));
        brand.addClassName("login-brand");
        Button language = languageSwitch();
        Anchor privacy = new Anchor("privacy", getTranslation("login.privacy"));
        privacy.addClassName("login-privacy");
        Div card = new Div(brand);
        if (!options.providers().isEmpty()) {
            card.add(singleSignOn(options));
        }
        if (!options.localSignIn()) {
            refusal.addClassName("login-sso-error");
            refusal.setVisible(false);
            card.add(refusal);
        }
        card.add(form, language, privacy);
        card.addClassName("login-card");
        add(card);
    }

    /** Shows the page in the other language (before sign-in, for this browser session). */
    private Button languageSwitch() {
        Locale other = Translations.supported(getLocale()).equals(Translations.ENGLISH)
                ? Translations.DUTCH
                : Translations.ENGLISH;
        Button language = new Button(getTranslation("login.switch-language"), click -> {
            UserLocale.chooseBeforeSignIn(VaadinSession.getCurrent(), other);
            getUI().ifPresent(ui -> ui.getPage().reload());
        });
        language.addThemeVariants(ButtonVariant.TERTIARY);
        language.addClassName("login-language");
        language.getElement().setAttribute("lang", other.getLanguage());
        return language;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authenticationContext.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            Object failure =
                    VaadinSession.getCurrent().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            LoginI18n texts = i18n(failure);
            show(texts);
            form.setError(true);
            refusal.setText(texts.getErrorMessage().getTitle() + ": "
                    + texts.getErrorMessage().getMessage());
            refusal.setVisible(true);
            refusal.getElement().setAttribute("role", "alert");
        }
    }

    /** A button per single sign-on provider: a link that leaves the page for the provider's. */
    private Div singleSignOn(SignInOptions options) {
        Div buttons = new Div();
        buttons.addClassName("login-sso");
        for (SignInOptions.Provider provider : options.providers()) {
            Anchor button =
                    new Anchor("oauth2/authorization/" + provider.id(), getTranslation("login.sso", provider.name()));
            // a full page load, not a route: the provider's sign-in is another site
            button.setRouterIgnore(true);
            button.addClassName("login-sso-button");
            buttons.add(button);
        }
        if (options.localSignIn()) {
            Paragraph or = new Paragraph(getTranslation("login.sso.or"));
            or.addClassName("login-sso-or");
            buttons.add(or);
        }
        return buttons;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · " + getTranslation("app.name");
    }

    /** The texts the login form shows now. */
    LoginI18n shownTexts() {
        return shownTexts;
    }

    private void show(LoginI18n texts) {
        shownTexts = texts;
        form.setI18n(texts);
    }

    private LoginI18n i18n(Object failure) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form f = i18n.getForm();
        f.setTitle(getTranslation("login.title"));
        f.setUsername(getTranslation("login.username"));
        f.setPassword(getTranslation("login.password"));
        f.setSubmit(getTranslation("login.submit"));
        f.setForgotPassword(getTranslation("login.forgot"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        if (failure instanceof LoginBlockedException blocked) {
            long seconds = Math.max(
                    1,
                    (Duration.between(clock.instant(), blocked.blockedUntil()).toMillis() + 999) / 1000);
            error.setTitle(getTranslation("login.blocked.title"));
            error.setMessage(
                    seconds < 120
                            ? getTranslation("login.blocked.message-seconds", seconds)
                            : getTranslation("login.blocked.message", (seconds + 59) / 60));
        } else if (failure instanceof OAuth2AuthenticationException sso) {
            String code = sso.getError().getErrorCode();
            error.setTitle(getTranslation("login.sso.refused.title"));
            error.setMessage(
                    code.startsWith("pendel-")
                            ? getTranslation("login.sso.refused." + code.substring("pendel-".length()))
                            : getTranslation("login.sso.refused.provider"));
        } else if (failure instanceof Throwable cause && DatabaseErrors.unavailable(cause)) {
            error.setTitle(getTranslation("login.unavailable.title"));
            error.setMessage(getTranslation("error.database-unavailable"));
        } else {
            error.setTitle(getTranslation("login.error.title"));
            error.setMessage(getTranslation("login.error.message"));
        }
        return i18n;
    }
}
