package nl.pendel.account.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.pendel.account.AccountLinkService;
import nl.pendel.account.AccountLinkService.ResetRequest;
import nl.pendel.account.PersonDraft;
import nl.pendel.shared.ui.Fields;

/**
 * "Wachtwoord vergeten?": one types an e-mail address and always reads the same answer, whether
 * Pendel knows the address or not; the link is mailed in the background. Open to everyone, also to
 * someone signed in (the mail goes to the address's owner, never to the one who asks).
 */
@Route(value = "wachtwoord-vergeten", autoLayout = false)
@AnonymousAllowed
class ForgotPasswordView extends PublicCard implements HasDynamicTitle, BeforeEnterObserver {

    private final AccountLinkService links;
    private final EmailField email;

    ForgotPasswordView(AccountLinkService links) {
        this.links = links;
        email = Fields.email(getTranslation("login.username"), PersonDraft.EMAIL_MAX);
        email.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.USERNAME);
        email.setRequiredIndicatorVisible(true);
        email.setWidthFull();
        Button send = new Button(getTranslation("account-link.forgot.send"), click -> send());
        send.addThemeVariants(ButtonVariant.PRIMARY);
        send.addClickShortcut(Key.ENTER);
        send.setWidthFull();
        show(
                getTranslation("account-link.forgot.title"),
                new Paragraph(getTranslation("account-link.forgot.intro")),
                email,
                send);
        email.focus();
    }

    /** Where everyone signs in through single sign-on there is no password to forget. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!links.offered()) {
            event.forwardTo("login");
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account-link.forgot.title") + " · " + getTranslation("app.name");
    }

    private void send() {
        String typed = email.getValue().strip();
        if (!typed.matches("[^@\\s]+@[^@\\s]+")) {
            email.setErrorMessage(
                    getTranslation(typed.isEmpty() ? "account-link.forgot.required" : "validation.email"));
            email.setInvalid(true);
            return;
        }
        VaadinRequest request = VaadinRequest.getCurrent();
        String address = request == null || request.getRemoteAddr() == null ? "unknown" : request.getRemoteAddr();
        if (links.requestReset(typed, address) == ResetRequest.TOO_MANY_FROM_ADDRESS) {
            email.setErrorMessage(getTranslation("account-link.forgot.too-many"));
            email.setInvalid(true);
            return;
        }
        Paragraph answer = new Paragraph(getTranslation("account-link.forgot.answer"));
        answer.getElement().setAttribute("role", "status");
        show(
                getTranslation("account-link.forgot.sent-title"),
                answer,
                new Paragraph(getTranslation("account-link.forgot.spam")));
    }
}
