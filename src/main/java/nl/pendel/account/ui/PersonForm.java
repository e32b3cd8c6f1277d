package nl.pendel.account.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationResult;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import nl.pendel.account.Discipline;
import nl.pendel.account.PersonDraft;
import nl.pendel.security.PasswordPolicy;
import nl.pendel.security.Role;
import nl.pendel.shared.ui.Fields;

/** The fields of a person: who they are, where they work, what they may do, and a password. */
class PersonForm extends FormLayout {

    private final BeanValidationBinder<PersonDraft> binder = new BeanValidationBinder<>(PersonDraft.class);
    private final Checkbox invite = new Checkbox();
    private final PasswordField password;

    PersonForm(PersonDraft draft, Map<Long, String> teams, Map<Long, String> organisations) {
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32rem", 2));

        TextField name = Fields.text(getTranslation("person.name"), PersonDraft.NAME_MAX);
        name.setRequiredIndicatorVisible(true);
        EmailField email = emailField();
        ComboBox<Discipline> discipline = disciplineChooser();
        ComboBox<Long> organisation = idChooser(getTranslation("person.organisation"), organisations);
        TextField registerNumber = registerNumberField();
        ComboBox<Long> team = idChooser(getTranslation("person.team"), teams);
        team.setHelperText(getTranslation("person.team.help"));

        CheckboxGroup<Role> roles = rolesChooser();
        Checkbox active = new Checkbox(getTranslation("status.active"));
        password = passwordField(draft.getId() == null);

        binder.forField(name).bind("displayName");
        binder.forField(email).bind("email");
        binder.forField(discipline).bind("discipline");
        binder.forField(organisation).bind("organisationId");
        binder.forField(registerNumber).bind("registerNumber");
        binder.forField(team).bind("teamId");
        binder.forField(roles).bind("roles");
        binder.forField(active).bind("active");
        binder.forField(password)
                .withValidator((value, context) -> passwordProblem(value))
                .bind(PersonDraft::getNewPassword, PersonDraft::setNewPassword);
        binder.readBean(draft);

        configureInvite(draft.getId() == null);

        add(name, email, discipline, organisation, registerNumber, team, roles, active, password, invite);
        setColspan(roles, 2);
        setColspan(invite, 2);
        name.focus();
    }

    /**
     * Leaves out the password and the invitation: where everyone signs in through single sign-on
     * (local sign-in off) Pendel keeps no passwords.
     */
    void withoutPasswords() {
        password.setVisible(false);
        invite.setValue(false);
        invite.setVisible(false);
    }

    /** Whether to mail the person a link to choose a password once saved. */
    boolean sendInvitation() {
        return invite.getValue();
    }

    /** Copies valid input into the draft; false (with messages at the fields) when invalid. */
    boolean writeTo(PersonDraft draft) {
        return binder.writeBeanIfValid(draft);
    }

    /** A new person chooses their own password unless the administrator sets one. */
    private void configureInvite(boolean newPerson) {
        invite.setLabel(getTranslation(newPerson ? "person.invite.new" : "person.invite.again"));
        invite.setValue(newPerson);
        invite.setHelperText(getTranslation("person.invite.help"));
    }

    private EmailField emailField() {
        EmailField email = Fields.email(getTranslation("person.email"), PersonDraft.EMAIL_MAX);
        email.setRequiredIndicatorVisible(true);
        email.setHelperText(getTranslation("person.email.help"));
        return email;
    }

    private TextField registerNumberField() {
        TextField registerNumber =
                Fields.text(getTranslation("person.register-number"), PersonDraft.REGISTER_NUMBER_MAX);
        registerNumber.setHelperText(getTranslation("person.register-number.help"));
        return registerNumber;
    }

    private CheckboxGroup<Role> rolesChooser() {
        CheckboxGroup<Role> roles = new CheckboxGroup<>(getTranslation("person.roles"));
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(role -> getTranslation(role.translationKey()));
        roles.setRequiredIndicatorVisible(true);
        return roles;
    }

    private ComboBox<Discipline> disciplineChooser() {
        ComboBox<Discipline> discipline = new ComboBox<>(getTranslation("person.discipline"));
        discipline.setItems(Arrays.stream(Discipline.values())
                .sorted(Comparator.comparing(d -> getTranslation(d.translationKey())))
                .toList());
        discipline.setItemLabelGenerator(d -> getTranslation(d.translationKey()));
        discipline.setClearButtonVisible(true);
        return discipline;
    }

    private PasswordField passwordField(boolean newPerson) {
        PasswordField field = Fields.password(
                getTranslation(newPerson ? "person.password.initial" : "person.password.new"),
                PasswordPolicy.MAX_LENGTH);
        field.setHelperText(getTranslation("person.password.help", PasswordPolicy.MIN_LENGTH));
        field.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        return field;
    }

    /** Empty keeps the password; anything else must meet the policy. */
    private ValidationResult passwordProblem(String value) {
        return value.isEmpty()
                ? ValidationResult.ok()
                : PasswordPolicy.problem(value)
                        .map(key -> ValidationResult.error(
                                getTranslation(key, PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH)))
                        .orElse(ValidationResult.ok());
    }

    private static ComboBox<Long> idChooser(String label, Map<Long, String> names) {
        ComboBox<Long> box = new ComboBox<>(label);
        box.setItems(
                names.keySet().stream().sorted(Comparator.comparing(names::get)).toList());
        box.setItemLabelGenerator(id -> names.getOrDefault(id, "?"));
        box.setClearButtonVisible(true);
        return box;
    }
}
