package nl.pendel.team.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import nl.pendel.shared.ui.Fields;
import nl.pendel.team.TeamDraft;

/** The fields of a team. */
class TeamForm extends FormLayout {

    private final BeanValidationBinder<TeamDraft> binder = new BeanValidationBinder<>(TeamDraft.class);

    TeamForm(TeamDraft draft) {
        TextField name = Fields.text(getTranslation("team.name"), TeamDraft.NAME_MAX);
        name.setRequiredIndicatorVisible(true);
        name.setHelperText(getTranslation("team.name.help"));
        TextField district = Fields.text(getTranslation("team.district"), TeamDraft.DISTRICT_MAX);
        district.setRequiredIndicatorVisible(true);
        Checkbox active = new Checkbox(getTranslation("status.active"));
        binder.forField(name).bind("name");
        binder.forField(district).bind("district");
        binder.forField(active).bind("active");
        binder.readBean(draft);
        add(name, district, active);
        name.focus();
    }

    /** Copies valid input into the draft; false (with messages at the fields) when invalid. */
    boolean writeTo(TeamDraft draft) {
        return binder.writeBeanIfValid(draft);
    }
}
