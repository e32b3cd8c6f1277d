package nl.pendel.homework.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.Duration;
import nl.pendel.homework.AssignmentSettings;
import nl.pendel.homework.AssignmentSettingsService;
import nl.pendel.shared.EditConflictException;
import nl.pendel.shared.UserFacingException;
import nl.pendel.shared.ui.Notifications;

/**
 * The deadline and reminder of one meeting's assignment, folded under a line saying what is set;
 * {@code saved} runs after a save (or a conflict) so the tab shows the meeting afresh.
 */
class AssignmentSettingsForm extends Div {

    private final DateTimePicker due = new DateTimePicker();
    private final IntegerField days = new IntegerField();

    AssignmentSettingsForm(
            AssignmentSettingsService service,
            long courseId,
            AssignmentSettings settings,
            boolean editable,
            Runnable saved) {
        due.setLabel(getTranslation("homework.settings.due"));
        due.setLocale(getLocale());
        due.setHelperText(getTranslation("homework.settings.due.help"));
        due.setValue(settings.dueAt());
        due.setStep(Duration.ofMinutes(15));
        days.setLabel(getTranslation("homework.settings.reminder"));
        days.setHelperText(getTranslation("homework.settings.reminder.help"));
        days.setMin(1);
        days.setMax(AssignmentSettings.REMINDER_DAYS_MAX);
        days.setStepButtonsVisible(true);
        days.setValue(settings.reminderDays());
        Button save =
                new Button(getTranslation("homework.settings.save"), e -> save(service, courseId, settings, saved));
        save.setEnabled(editable);
        due.setReadOnly(!editable);
        days.setReadOnly(!editable);
        due.setWidth("min(22rem, 100%)");
        days.setWidth("12rem");
        Div form = new Div(due, days, save);
        form.addClassNames("toolbar", "assignment-settings");
        Details details = new Details(summary(settings), form);
        details.addClassName("settings-details");
        add(details);
    }

    private void save(AssignmentSettingsService service, long courseId, AssignmentSettings settings, Runnable saved) {
        if (due.isInvalid() || days.isInvalid()) {
            Notifications.error(this, "homework.settings.invalid");
            return;
        }
        try {
            service.saveSettings(
                    courseId,
                    new AssignmentSettings(settings.meetingId(), due.getValue(), days.getValue(), settings.version()));
            Notifications.success(this, "homework.settings.saved");
            saved.run();
        } catch (EditConflictException ex) {
            Notifications.error(this, "homework.error.conflict");
            saved.run();
        } catch (UserFacingException ex) {
            Notifications.error(this, ex);
        }
    }

    private String summary(AssignmentSettings settings) {
        return getTranslation(
                "homework.settings.summary",
                settings.dueAt() == null
                        ? getTranslation("homework.settings.summary.own-session")
                        : HomeworkTexts.dateTime(this, settings.dueAt()),
                settings.reminderDays() == null
                        ? getTranslation("homework.settings.summary.no-reminder")
                        : getTranslation("homework.settings.summary.reminder", settings.reminderDays()));
    }
}
