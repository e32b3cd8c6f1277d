package nl.pendel.runsheet.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import nl.pendel.programme.AgendaLead;
import nl.pendel.runsheet.RunSheetItem;
import nl.pendel.runsheet.RunSheetPage;
import nl.pendel.shared.ui.Fields;

/**
 * One item of a run sheet: what, how many minutes, who leads it (the guest's name only when a
 * guest does) and what is needed. The service checks what it is given (the limits are
 * {@link RunSheetItem}'s); the form only collects it, so a refusal keeps everything typed.
 */
class RunSheetItemForm extends FormLayout {

    final TextField title = Fields.text(getTranslation("runsheet.item"), RunSheetItem.TITLE_MAX);
    final IntegerField minutes = new IntegerField(getTranslation("runsheet.minutes.label"));
    final Select<AgendaLead> lead = new Select<>();
    final TextField guestName = Fields.text(getTranslation("runsheet.guest-name"), RunSheetItem.GUEST_MAX);
    final TextField needs = Fields.text(getTranslation("runsheet.needs"), RunSheetItem.NEEDS_MAX);

    RunSheetItemForm(RunSheetPage page, RunSheetItem item) {
        title.setRequiredIndicatorVisible(true);
        minutes.setMin(RunSheetItem.MINUTES_MIN);
        minutes.setMax(RunSheetItem.MINUTES_MAX);
        minutes.setStepButtonsVisible(true);
        minutes.setRequiredIndicatorVisible(true);
        lead.setLabel(getTranslation("runsheet.lead"));
        lead.setItems(AgendaLead.values());
        lead.setItemLabelGenerator(l -> {
            String kind = getTranslation(RunSheetPage.leadKey(l));
            String name = l == AgendaLead.GUEST ? "" : page.leadName(new RunSheetItem("", 1, l, "", ""));
            return name.isEmpty() ? kind : kind + " (" + name + ")";
        });
        needs.setHelperText(getTranslation("runsheet.needs.help"));
        title.setValue(item.title());
        minutes.setValue(item.minutes());
        lead.setValue(item.lead());
        guestName.setValue(item.guestName());
        guestName.setVisible(item.lead() == AgendaLead.GUEST);
        lead.addValueChangeListener(change -> guestName.setVisible(change.getValue() == AgendaLead.GUEST));
        needs.setValue(item.needs());
        add(title, minutes, lead, guestName, needs);
        setColspan(title, 2);
        setColspan(needs, 2);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("30rem", 2));
    }

    /** What was typed; an empty or unreadable number of minutes counts as 0, which the service refuses. */
    RunSheetItem value() {
        Integer typed = minutes.getValue();
        AgendaLead chosen = lead.getValue();
        return new RunSheetItem(
                title.getValue(),
                typed == null ? 0 : typed,
                chosen == null ? AgendaLead.TRAINER : chosen,
                guestName.getValue(),
                needs.getValue());
    }
}
