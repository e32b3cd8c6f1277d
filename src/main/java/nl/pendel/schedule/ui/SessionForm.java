package nl.pendel.schedule.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.time.Duration;
import java.util.List;
import nl.pendel.account.PersonProfile;
import nl.pendel.course.CourseSummary;
import nl.pendel.schedule.SessionDraft;
import nl.pendel.shared.ui.Fields;

/** One session's date, times, place and trainer (one of the course's trainers). */
class SessionForm extends FormLayout {

    private final BeanValidationBinder<SessionDraft> binder = new BeanValidationBinder<>(SessionDraft.class);

    SessionForm(SessionDraft draft, CourseSummary course, List<PersonProfile> trainers) {
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("30rem", 3));
        DatePicker date = datePicker(course);
        TimePicker start = timePicker(getTranslation("schedule.start"));
        TimePicker end = timePicker(getTranslation("schedule.end"));
        TextField location = Fields.text(getTranslation("schedule.location"), SessionDraft.LOCATION_MAX);
        location.setRequiredIndicatorVisible(true);
        TextField room = Fields.text(getTranslation("schedule.room"), SessionDraft.ROOM_MAX);
        Select<Long> trainer = trainerSelect(trainers);

        binder.forField(date)
                .withValidator(
                        d -> d == null || (!d.isBefore(course.startsOn()) && !d.isAfter(course.endsOn())),
                        getTranslation("schedule.error.outside-period-field"))
                .bind("date");
        binder.forField(start).bind("start");
        binder.forField(end)
                .withValidator(
                        e -> e == null || start.getValue() == null || e.isAfter(start.getValue()),
                        getTranslation("schedule.error.end-before-start"))
                .bind("end");
        binder.forField(location).bind("location");
        binder.forField(room).bind("room");
        binder.forField(trainer).bind("trainerId");
        binder.readBean(draft);
        add(date, start, end, location, room, trainer);
        setColspan(location, 2);
    }

    /** A day within the course's period. */
    private DatePicker datePicker(CourseSummary course) {
        DatePicker date = new DatePicker(getTranslation("schedule.date"));
        date.setMin(course.startsOn());
        date.setMax(course.endsOn());
        date.setI18n(new DatePicker.DatePickerI18n()
                .setMinErrorMessage(getTranslation("schedule.error.outside-period-field"))
                .setMaxErrorMessage(getTranslation("schedule.error.outside-period-field")));
        date.setRequiredIndicatorVisible(true);
        return date;
    }

    private static TimePicker timePicker(String label) {
        TimePicker time = new TimePicker(label);
        time.setStep(Duration.ofMinutes(15));
        time.setRequiredIndicatorVisible(true);
        return time;
    }

    private Select<Long> trainerSelect(List<PersonProfile> trainers) {
        Select<Long> trainer = new Select<>();
        trainer.setLabel(getTranslation("schedule.trainer"));
        trainer.setItems(trainers.stream().map(PersonProfile::id).toList());
        trainer.setItemLabelGenerator(id -> trainers.stream()
                .filter(p -> p.id() == id)
                .map(PersonProfile::displayName)
                .findFirst()
                .orElse(""));
        trainer.setRequiredIndicatorVisible(true);
        return trainer;
    }

    boolean writeTo(SessionDraft draft) {
        return binder.writeBeanIfValid(draft);
    }
}
