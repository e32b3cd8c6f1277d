package nl.pendel.schedule.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import nl.pendel.course.CourseDetails;
import nl.pendel.schedule.SessionDraft;
import nl.pendel.shared.ui.Fields;
import nl.pendel.shared.ui.Notifications;

/**
 * The first day of each meeting and the place, to make a schedule from the session pattern. Once
 * the course has a schedule they show its days and place, so moving one meeting is changing one
 * date.
 */
class GeneratorCard extends Div {

    private final Map<Long, DatePicker> firstDays = new LinkedHashMap<>();
    private final TextField location;
    /** The first days and place of the stored schedule, as shown: only what differs is made anew. */
    private final Map<Long, LocalDate> stored = new java.util.HashMap<>();

    private String storedLocation = "";

    /** {@code generate} gets meeting id → first day (only the meetings given one) and the place. */
    GeneratorCard(CourseDetails details, BiConsumer<Map<Long, LocalDate>, String> generate) {
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40rem", 3));
        for (CourseDetails.Meeting meeting : details.meetings()) {
            DatePicker day = new DatePicker(getTranslation("schedule.first-day", meeting.position()));
            day.setMin(details.summary().startsOn());
            day.setMax(details.summary().endsOn());
            day.setHelperText(meeting.title());
            firstDays.put(meeting.id(), day);
            form.add(day);
        }
        location = Fields.text(getTranslation("schedule.location"), SessionDraft.LOCATION_MAX);
        form.add(location);
        Button button = new Button(getTranslation("schedule.generate"), click -> {
            // a meeting whose day is as stored keeps its sessions as they are (times or places
            // changed by hand stay), unless the place changed: then every meeting is made anew there
            boolean moved = !location.getValue().equals(storedLocation);
            Map<Long, LocalDate> days = firstDays.entrySet().stream()
                    .filter(e -> e.getValue().getValue() != null
                            && (moved || !e.getValue().getValue().equals(stored.get(e.getKey()))))
                    .collect(Collectors.toMap(
                            Map.Entry::getKey, e -> e.getValue().getValue()));
            if (days.isEmpty()) {
                Notifications.error(
                        this, stored.isEmpty() ? "schedule.error.no-first-day" : "schedule.error.no-day-moved");
                return;
            }
            generate.accept(days, location.getValue());
        });
        add(new H3(getTranslation("schedule.generate.title")), form, button);
        addClassName("card");
    }

    /**
     * Shows the first day of each meeting and the place of the stored schedule; "Rooster maken"
     * then makes anew only the meetings whose day is changed.
     */
    void show(List<SessionDraft> sessions) {
        Map<Long, LocalDate> first = sessions.stream()
                .filter(d -> d.getDate() != null && !d.isCancelled())
                .collect(Collectors.toMap(
                        SessionDraft::getMeetingId, SessionDraft::getDate, (a, b) -> a.isBefore(b) ? a : b));
        stored.clear();
        stored.putAll(first);
        firstDays.forEach((meeting, field) -> field.setValue(first.get(meeting)));
        storedLocation = sessions.stream()
                .map(SessionDraft::getLocation)
                .filter(l -> l != null && !l.isBlank())
                .findFirst()
                .orElse("");
        location.setValue(storedLocation);
    }
}
