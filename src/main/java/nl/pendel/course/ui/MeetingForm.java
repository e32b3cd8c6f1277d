package nl.pendel.course.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import nl.pendel.course.MeetingDraft;
import nl.pendel.shared.ui.Fields;

/**
 * One meeting of a course: title, theme, preparation assignment and agenda (one item a line). The
 * choice whether the preparation asks for caseload themes is only offered when the course has a
 * theme list (or the meeting already asks for them).
 */
class MeetingForm extends FormLayout {

    private final BeanValidationBinder<MeetingDraft> binder = new BeanValidationBinder<>(MeetingDraft.class);

    MeetingForm(MeetingDraft draft, boolean caseloadThemesAvailable) {
        setResponsiveSteps(new ResponsiveStep("0", 1));
        TextField title = Fields.text(getTranslation("course.meeting.title"), MeetingDraft.TITLE_MAX);
        title.setRequiredIndicatorVisible(true);
        TextArea theme = new TextArea(getTranslation("course.meeting.theme"));
        theme.setMaxLength(MeetingDraft.THEME_MAX);
        TextField preparationTitle =
                Fields.text(getTranslation("course.meeting.preparation-title"), MeetingDraft.TITLE_MAX);
        preparationTitle.setRequiredIndicatorVisible(true);
        TextArea instructions = new TextArea(getTranslation("course.meeting.preparation-instructions"));
        instructions.setMaxLength(MeetingDraft.INSTRUCTIONS_MAX);
        instructions.setHelperText(getTranslation("course.meeting.markdown"));
        instructions.setMinHeight("8rem");
        TextArea agenda = new TextArea(getTranslation("course.meeting.agenda"));
        agenda.setHelperText(getTranslation("course.meeting.agenda.help"));
        agenda.setMinHeight("8rem");
        binder.forField(title).bind("title");
        binder.forField(theme).bind("theme");
        binder.forField(preparationTitle).bind("preparationTitle");
        binder.forField(instructions).bind("preparationInstructions");
        binder.forField(agenda)
                .withValidator(
                        text -> text.lines().allMatch(line -> line.strip().length() <= MeetingDraft.AGENDA_ITEM_MAX),
                        getTranslation("course.error.agenda-item-too-long", MeetingDraft.AGENDA_ITEM_MAX))
                .bind(MeetingDraft::getAgendaText, MeetingDraft::setAgendaText);
        add(title, theme, preparationTitle, instructions);
        if (caseloadThemesAvailable || draft.isAsksCaseloadThemes()) {
            Checkbox asksThemes = new Checkbox(getTranslation("course.meeting.asks-caseload-themes"));
            binder.forField(asksThemes).bind("asksCaseloadThemes");
            add(asksThemes);
        }
        add(agenda);
        binder.readBean(draft);
    }

    boolean writeTo(MeetingDraft draft) {
        return binder.writeBeanIfValid(draft);
    }
}
