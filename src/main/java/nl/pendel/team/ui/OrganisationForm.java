package nl.pendel.team.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import nl.pendel.shared.ui.Fields;
import nl.pendel.team.OrganisationDraft;

/** The fields of an organisation. */
class OrganisationForm extends FormLayout {

    private final BeanValidationBinder<OrganisationDraft> binder = new BeanValidationBinder<>(OrganisationDraft.class);

    OrganisationForm(OrganisationDraft draft) {
        TextField name = Fields.text(getTranslation("organisation.name"), OrganisationDraft.NAME_MAX);
        name.setRequiredIndicatorVisible(true);
        Checkbox active = new Checkbox(getTranslation("status.active"));
        binder.forField(name).bind("name");
        binder.forField(active).bind("active");
        binder.readBean(draft);
        add(name, active);
        name.focus();
    }

    /** Copies valid input into the draft; false (with messages at the fields) when invalid. */
    boolean writeTo(OrganisationDraft draft) {
        return binder.writeBeanIfValid(draft);
    }
}
