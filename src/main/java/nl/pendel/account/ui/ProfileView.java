package nl.pendel.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;
import java.util.Objects;
import nl.pendel.account.OwnAccountService;
import nl.pendel.account.OwnRegisterNumber;
import nl.pendel.account.PersonDraft;
import nl.pendel.account.PersonSummary;
import nl.pendel.security.PasswordPolicy;
import nl.pendel.security.Role;
import nl.pendel.security.UserLocale;
import nl.pendel.shared.Translations;
import nl.pendel.shared.UserFacingException;
import nl.pendel.shared.ui.Fields;
import nl.pendel.shared.ui.Notifications;
import nl.pendel.shared.ui.ProfileSection;
import nl.pendel.shared.ui.TranslatedTitle;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Everyone's own settings: the language of the portal and the password; for professionals also
 * their register number; and the cards other modules add (downloading one's own data).
 */
@Route("profiel")
@Menu(title = "menu.profile", order = 90, icon = "vaadin:user")
@PermitAll
class ProfileView extends Div implements TranslatedTitle {

    private final OwnAccountService people;

    ProfileView(OwnAccountService people, ObjectProvider<ProfileSection> sections) {
        this.people = people;
        addClassName("page");
        addClassName("narrow");
        PersonSummary me = people.me();
        add(new Paragraph(getTranslation("profile.signed-in-as", me.displayName(), me.email())));
        add(languageSection(me));
        if (me.roles().contains(Role.PARTICIPANT)) {
            add(registerNumberSection(me));
        }
        add(passwordSection());
        sections.orderedStream().forEach(section -> add(section.create()));
    }

    @Override
    public String titleKey() {
        return "menu.profile";
    }

    private Section languageSection(PersonSummary me) {
        RadioButtonGroup<Locale> language = new RadioButtonGroup<>(getTranslation("profile.language"));
        language.setItems(Translations.DUTCH, Translations.ENGLISH);
        language.setItemLabelGenerator(locale -> getTranslation("language." + locale.getLanguage()));
        language.setValue(Translations.supported(Locale.of(me.locale())));
        language.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                people.changeOwnLanguage(change.getValue());
                UserLocale.apply(VaadinSession.getCurrent(), me.id(), change.getValue());
                getUI().ifPresent(ui -> ui.getPage().reload());
            }
        });
        Section section = new Section(new H3(getTranslation("profile.language")), language);
        section.addClassName("card");
        return section;
    }

    /** A professional's own register number, for the accreditation lists; the service checks it. */
    private Section registerNumberSection(PersonSummary me) {
        TextField number = Fields.text(getTranslation("person.register-number"), PersonDraft.REGISTER_NUMBER_MAX);
        number.setHelperText(getTranslation("person.register-number.help"));
        number.setValue(me.registerNumber() == null ? "" : me.registerNumber());
        Button save = new Button(getTranslation("action.save"), click -> {
            number.setInvalid(false);
            try {
                PersonSummary saved = people.changeOwnRegisterNumber(number.getValue());
                OwnRegisterNumber.saved(VaadinSession.getCurrent(), saved);
                number.setValue(Objects.requireNonNullElse(saved.registerNumber(), ""));
                Notifications.success(this, "profile.register-number.saved");
            } catch (UserFacingException e) {
                number.setErrorMessage(getTranslation(e.messageKey(), e.arguments()));
                number.setInvalid(true);
            }
        });
        FormLayout form = new FormLayout(number);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        Section section = new Section(new H3(getTranslation("person.register-number")), form, save);
        section.addClassName("card");
        return section;
    }

    private Section passwordSection() {
        PasswordField current = Fields.password(getTranslation("profile.password.current"), PasswordPolicy.MAX_LENGTH);
        current.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.CURRENT_PASSWORD);
        PasswordField fresh = Fields.password(getTranslation("profile.password.new"), PasswordPolicy.MAX_LENGTH);
        fresh.setHelperText(getTranslation("person.password.help", PasswordPolicy.MIN_LENGTH));
        fresh.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        PasswordField repeat = Fields.password(getTranslation("profile.password.repeat"), PasswordPolicy.MAX_LENGTH);
        repeat.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);

        Button change =
                new Button(getTranslation("profile.password.change"), click -> changePassword(current, fresh, repeat));
        change.addThemeVariants(ButtonVariant.PRIMARY);
        FormLayout form = new FormLayout(current, fresh, repeat);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        Section section = new Section(new H3(getTranslation("profile.password")), form, change);
        section.addClassName("card");
        return section;
    }

    /** Changes the password when the new one meets the policy and was typed the same twice. */
    private void changePassword(PasswordField current, PasswordField fresh, PasswordField repeat) {
        current.setInvalid(false);
        fresh.setInvalid(false);
        repeat.setInvalid(false);
        var problem = PasswordPolicy.problem(fresh.getValue());
        if (problem.isPresent()) {
            fresh.setErrorMessage(getTranslation(problem.get(), PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH));
            fresh.setInvalid(true);
            return;
        }
        if (!fresh.getValue().equals(repeat.getValue())) {
            repeat.setErrorMessage(getTranslation("password.error.mismatch"));
            repeat.setInvalid(true);
            return;
        }
        try {
            people.changeOwnPassword(current.getValue(), fresh.getValue());
            current.clear();
            fresh.clear();
            repeat.clear();
            Notifications.success(this, "profile.password.changed");
        } catch (UserFacingException e) {
            current.setErrorMessage(getTranslation(e.messageKey(), e.arguments()));
            current.setInvalid(true);
        }
    }
}
