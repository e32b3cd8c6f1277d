package nl.pendel.account.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;
import nl.pendel.account.AccountLinkIssued;
import nl.pendel.account.AccountLinkService;
import nl.pendel.account.AccountLinkService.LinkHolder;
import nl.pendel.account.LinkPurpose;
import nl.pendel.account.PersonDraft;
import nl.pendel.security.PasswordPolicy;
import nl.pendel.shared.UserFacingException;
import nl.pendel.shared.ui.Fields;
import org.jspecify.annotations.Nullable;

/**
 * The page a link to choose a password opens: the password twice, by the password rules; or, for
 * a link that was used, replaced or has expired, a page that says so with a way to ask for a new
 * one. The token comes after {@code #} in the address: browsers never send that part to a server,
 * so it appears in no access log, proxy log or Referer. The page reads it in the browser, hands it
 * over in the page's own connection and takes it out of the address bar. Open to everyone: the link
 * is the proof.
 */
@Route(value = AccountLinkIssued.PATH, autoLayout = false)
@AnonymousAllowed
class ChoosePasswordView extends PublicCard implements HasDynamicTitle, BeforeEnterObserver {

    private static final String READ_AND_CLEAR_FRAGMENT = """
            const token = location.hash.substring(1);
            if (token) { history.replaceState(history.state, '', location.pathname); }
            return token;""";

    private final AccountLinkService links;
    private String token = "";

    ChoosePasswordView(AccountLinkService links) {
        this.links = links;
        show(getTranslation("account-link.choose.title"), new Paragraph(getTranslation("account-link.choose.reading")));
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        super.onAttach(attach);
        if (attach.isInitialAttach()) {
            getElement().executeJs(READ_AND_CLEAR_FRAGMENT).then(String.class, this::open);
        }
    }

    /** Where everyone signs in through single sign-on no link opens a password. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!links.offered()) {
            event.forwardTo("login");
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account-link.choose.title") + " · " + getTranslation("app.name");
    }

    /** Shows the form for the link with this token, or that it no longer works. */
    void open(@Nullable String token) {
        this.token = token == null ? "" : token;
        Optional<LinkHolder> holder = links.open(this.token);
        holder.ifPresentOrElse(this::showForm, this::showGone);
    }

    private void showForm(LinkHolder holder) {
        // the address, read-only, tells whose account it is and lets a password manager store the pair
        TextField account = Fields.text(getTranslation("login.username"), PersonDraft.EMAIL_MAX);
        account.setValue(holder.email());
        account.setReadOnly(true);
        account.setAutocomplete(Autocomplete.USERNAME);
        account.setWidthFull();
        PasswordField fresh = Fields.password(getTranslation("profile.password.new"), PasswordPolicy.MAX_LENGTH);
        fresh.setHelperText(getTranslation("person.password.help", PasswordPolicy.MIN_LENGTH));
        fresh.setAutocomplete(Autocomplete.NEW_PASSWORD);
        fresh.setWidthFull();
        PasswordField repeat = Fields.password(getTranslation("profile.password.repeat"), PasswordPolicy.MAX_LENGTH);
        repeat.setAutocomplete(Autocomplete.NEW_PASSWORD);
        repeat.setWidthFull();
        Button save = new Button(getTranslation("account-link.choose.save"), click -> save(fresh, repeat));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.setWidthFull();
        String intro = holder.purpose() == LinkPurpose.INVITATION
                ? "account-link.choose.intro.invitation"
                : "account-link.choose.intro.reset";
        show(
                getTranslation("account-link.choose.title"),
                new Paragraph(getTranslation(intro)),
                account,
                fresh,
                repeat,
                save);
        fresh.focus();
    }

    private void save(PasswordField fresh, PasswordField repeat) {
        fresh.setInvalid(false);
        repeat.setInvalid(false);
        Optional<String> problem = PasswordPolicy.problem(fresh.getValue());
        if (problem.isPresent()) {
            fresh.setErrorMessage(getTranslation(problem.get(), PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH));
            fresh.setInvalid(true);
            return;
        }
        if (!fresh.getValue().equals(repeat.getValue())) {
            repeat.setErrorMessage(getTranslation("account-link.choose.mismatch"));
            repeat.setInvalid(true);
            return;
        }
        String email;
        try {
            email = links.choosePassword(token, fresh.getValue());
        } catch (UserFacingException e) {
            if (e.messageKey().equals("account-link.error.gone")) {
                showGone();
            } else {
                fresh.setErrorMessage(getTranslation(e.messageKey(), e.arguments()));
                fresh.setInvalid(true);
            }
            return;
        }
        token = "";
        Paragraph done = new Paragraph(getTranslation("account-link.choose.done", email));
        done.getElement().setAttribute("role", "status");
        Anchor signIn = new Anchor("login", getTranslation("login.submit"));
        signIn.addClassName("account-card-action");
        show(getTranslation("account-link.choose.done-title"), done, signIn);
        hideBackLink();
    }

    private void showGone() {
        token = "";
        Anchor again = new Anchor("wachtwoord-vergeten", getTranslation("account-link.gone.again"));
        again.addClassName("account-card-action");
        show(getTranslation("account-link.gone.title"), new Paragraph(getTranslation("account-link.gone.text")), again);
    }
}
