package nl.pendel.course.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.function.SerializableConsumer;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.pendel.account.Discipline;
import nl.pendel.account.PersonProfile;
import nl.pendel.account.PersonService;
import nl.pendel.course.CourseDraft;
import nl.pendel.programme.ProgrammeVersionSummary;
import nl.pendel.shared.UserFacingException;
import nl.pendel.shared.ui.Fields;
import nl.pendel.team.TeamSummary;
import org.jspecify.annotations.Nullable;

/**
 * A course's settings: programme, team, title, period, trainers, number of subgroups and the
 * participants (the whole team, by discipline, or one by one). Participants are chosen from the
 * team's professionals, the members with the participant role: "Hele team" leaves out the team
 * lead and trainers (see {@code CourseDraftRules}). Someone enrolled earlier who is not (or no
 * longer) one of them still shows by name, so that they can be taken out.
 */
class CourseForm extends FormLayout {

    private final BeanValidationBinder<CourseDraft> binder = new BeanValidationBinder<>(CourseDraft.class);
    private final PersonService people;
    private final MultiSelectComboBox<Long> participants = new MultiSelectComboBox<>();
    private final Map<Long, PersonProfile> members = new LinkedHashMap<>();
    private final Map<Long, PersonProfile> others = new LinkedHashMap<>();
    private final TextField title = Fields.text(getTranslation("course.title"), CourseDraft.TITLE_MAX);

    CourseForm(
            CourseDraft draft,
            List<TeamSummary> teams,
            PersonService people,
            List<ProgrammeVersionSummary> programmes) {
        this.people = people;
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32rem", 2));

        ComboBox<Long> programme = programmeChooser(draft, programmes);
        ComboBox<Long> team = teamChooser(draft, teams);
        title.setRequiredIndicatorVisible(true);
        String range = getTranslation(
                "course.error.period-range", CourseDraft.EARLIEST.getYear(), CourseDraft.LATEST.getYear());
        DatePicker startsOn = startPicker(range);
        DatePicker endsOn = endPicker(startsOn, range);
        Map<Long, String> trainerNames =
                people.trainers().stream().collect(Collectors.toMap(PersonProfile::id, PersonProfile::displayName));
        ComboBox<Long> trainer = trainerChooser(getTranslation("course.trainer"), trainerNames);
        trainer.setRequiredIndicatorVisible(true);
        ComboBox<Long> coTrainer = trainerChooser(getTranslation("course.co-trainer"), trainerNames);
        coTrainer.setClearButtonVisible(true);
        IntegerField subgroups = subgroupCount();
        Div participantTools = participantTools();

        binder.forField(programme).bind("programmeVersionId");
        binder.forField(team).bind("teamId");
        binder.forField(title).bind("title");
        bindPeriod(startsOn, endsOn, range);
        bindTrainersAndSubgroups(trainer, coTrainer, subgroups);
        binder.forField(participants).bind("participantIds");
        loadMembers(draft.getTeamId());
        keepEarlierParticipants(draft.getParticipantIds());
        binder.readBean(draft);

        add(programme, team, title, startsOn, endsOn, trainer, coTrainer, subgroups, participants, participantTools);
        setColspan(programme, 2);
        setColspan(title, 2);
        setColspan(participants, 2);
        setColspan(participantTools, 2);
    }

    /** The programme version; fixed once the course exists, chosen already when there is only one. */
    private ComboBox<Long> programmeChooser(CourseDraft draft, List<ProgrammeVersionSummary> programmes) {
        ComboBox<Long> programme = new ComboBox<>(getTranslation("course.programme"));
        Map<Long, String> programmeNames = programmes.stream()
                .collect(Collectors.toMap(ProgrammeVersionSummary::id, p -> p.title() + " (v" + p.versionNo() + ")"));
        programme.setItems(programmeNames.keySet());
        programme.setItemLabelGenerator(id -> programmeNames.getOrDefault(id, "?"));
        programme.setRequiredIndicatorVisible(true);
        programme.setReadOnly(draft.getId() != null);
        if (draft.getProgrammeVersionId() == null && programmes.size() == 1) {
            draft.setProgrammeVersionId(programmes.getFirst().id());
        }
        return programme;
    }

    /** The team, by name; fixed once the course exists; choosing one loads its professionals. */
    private ComboBox<Long> teamChooser(CourseDraft draft, List<TeamSummary> teams) {
        ComboBox<Long> team = new ComboBox<>(getTranslation("person.team"));
        Map<Long, String> teamNames = teams.stream().collect(Collectors.toMap(TeamSummary::id, TeamSummary::name));
        team.setItems(teamNames.keySet().stream()
                .sorted(Comparator.comparing(teamNames::get))
                .toList());
        team.setItemLabelGenerator(id -> teamNames.getOrDefault(id, "?"));
        team.setRequiredIndicatorVisible(true);
        team.setReadOnly(draft.getId() != null);
        team.addValueChangeListener(change -> loadMembers(change.getValue()));
        return team;
    }

    private DatePicker startPicker(String range) {
        DatePicker startsOn = new DatePicker(getTranslation("course.starts-on"));
        startsOn.setRequiredIndicatorVisible(true);
        startsOn.setMin(CourseDraft.EARLIEST);
        startsOn.setMax(CourseDraft.LATEST);
        startsOn.setI18n(
                new DatePicker.DatePickerI18n().setMinErrorMessage(range).setMaxErrorMessage(range));
        return startsOn;
    }

    /** The last day, never before the first: the picker's own checks are the validators' rules. */
    private DatePicker endPicker(DatePicker startsOn, String range) {
        DatePicker endsOn = new DatePicker(getTranslation("course.ends-on"));
        endsOn.setRequiredIndicatorVisible(true);
        endsOn.setMin(CourseDraft.EARLIEST);
        endsOn.setMax(CourseDraft.LATEST);
        startsOn.addValueChangeListener(
                change -> endsOn.setMin(change.getValue() == null ? CourseDraft.EARLIEST : change.getValue()));
        endsOn.setI18n(new DatePicker.DatePickerI18n()
                .setMinErrorMessage(getTranslation("course.error.period"))
                .setMaxErrorMessage(range));
        return endsOn;
    }

    private IntegerField subgroupCount() {
        IntegerField subgroups = new IntegerField(getTranslation("course.subgroup-count"));
        subgroups.setMin(1);
        subgroups.setMax(12);
        subgroups.setStepButtonsVisible(true);
        subgroups.setI18n(new IntegerField.IntegerFieldI18n()
                .setMinErrorMessage(getTranslation("validation.min-field", 1))
                .setMaxErrorMessage(getTranslation("validation.max-field", 12))
                .setBadInputErrorMessage(getTranslation("validation.number-field"))
                .setRequiredErrorMessage(getTranslation("validation.required-field")));
        return subgroups;
    }

    /** The participants field, and the tools that add the whole team or one discipline to it. */
    private Div participantTools() {
        participants.setLabel(getTranslation("course.participants"));
        participants.setItemLabelGenerator(id -> label(members.getOrDefault(id, others.get(id))));
        Button everyone = new Button(
                getTranslation("course.participants.everyone"),
                click -> participants.setValue(new HashSet<>(members.keySet())));
        everyone.addThemeVariants(ButtonVariant.TERTIARY);
        ComboBox<Discipline> byDiscipline = new ComboBox<>();
        byDiscipline.setPlaceholder(getTranslation("course.participants.add-discipline"));
        byDiscipline.setAriaLabel(getTranslation("course.participants.add-discipline"));
        byDiscipline.setItems(Discipline.values());
        byDiscipline.setItemLabelGenerator(d -> getTranslation(d.translationKey()));
        byDiscipline.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                Set<Long> chosen = new HashSet<>(participants.getValue());
                members.values().stream()
                        .filter(p -> p.discipline() == change.getValue())
                        .forEach(p -> chosen.add(p.id()));
                participants.setValue(chosen);
                byDiscipline.clear();
            }
        });
        Div participantTools = new Div(everyone, byDiscipline);
        participantTools.addClassName("toolbar");
        return participantTools;
    }

    private void bindPeriod(DatePicker startsOn, DatePicker endsOn, String range) {
        binder.forField(startsOn)
                .withValidator(start -> start == null || inRange(start), range)
                .bind("startsOn");
        binder.forField(endsOn)
                .withValidator(end -> end == null || inRange(end), range)
                .withValidator(
                        end -> end == null || startsOn.getValue() == null || !end.isBefore(startsOn.getValue()),
                        getTranslation("course.error.period"))
                .withValidator(
                        end -> end == null
                                || startsOn.getValue() == null
                                || !end.isAfter(startsOn.getValue().plusYears(CourseDraft.LONGEST_YEARS)),
                        getTranslation("course.error.period-too-long", CourseDraft.LONGEST_YEARS))
                .bind("endsOn");
    }

    private void bindTrainersAndSubgroups(ComboBox<Long> trainer, ComboBox<Long> coTrainer, IntegerField subgroups) {
        binder.forField(trainer).bind("trainerId");
        binder.forField(coTrainer)
                .withValidator(
                        co -> co == null || !co.equals(trainer.getValue()),
                        getTranslation("course.error.same-trainers"))
                .bind("coTrainerId");
        // a cleared field is a Dutch message, not a null written into an int
        binder.forField(subgroups)
                .asRequired(getTranslation("validation.required-field"))
                .bind(CourseDraft::getSubgroupCount, CourseDraft::setSubgroupCount);
    }

    /**
     * Copies valid input into the draft and hands it to {@code store}; false (with messages at
     * the fields) when the input is invalid or the service refuses something one field is about
     * (a title in use). Other refusals go on to the dialog, which shows them above the form.
     */
    boolean save(CourseDraft draft, SerializableConsumer<CourseDraft> store) {
        if (!binder.writeBeanIfValid(draft)) {
            return false;
        }
        try {
            store.accept(draft);
            return true;
        } catch (UserFacingException refusal) {
            if (!refusal.messageKey().equals("course.error.title-taken")) {
                throw refusal;
            }
            title.setErrorMessage(getTranslation(refusal.messageKey(), refusal.arguments()));
            title.setInvalid(true);
            return false;
        }
    }

    private void loadMembers(@Nullable Long teamId) {
        members.clear();
        others.clear();
        if (teamId != null) {
            people.activeTeamParticipants(teamId).forEach(p -> members.put(p.id(), p));
        }
        participants.setItems(List.copyOf(members.keySet()));
    }

    private void keepEarlierParticipants(Set<Long> enrolled) {
        Set<Long> unknown = new HashSet<>(enrolled);
        unknown.removeAll(members.keySet());
        if (!unknown.isEmpty()) {
            people.profiles(unknown).forEach(p -> others.put(p.id(), p));
            List<Long> items = new java.util.ArrayList<>(members.keySet());
            items.addAll(others.keySet());
            participants.setItems(items);
        }
    }

    private String label(@Nullable PersonProfile person) {
        if (person == null) {
            return "?";
        }
        return person.discipline() == null
                ? person.displayName()
                : person.displayName() + " · "
                        + getTranslation(person.discipline().translationKey());
    }

    private static ComboBox<Long> trainerChooser(String label, Map<Long, String> names) {
        ComboBox<Long> box = new ComboBox<>(label);
        box.setItems(
                names.keySet().stream().sorted(Comparator.comparing(names::get)).toList());
        box.setItemLabelGenerator(id -> names.getOrDefault(id, "?"));
        return box;
    }

    private static boolean inRange(LocalDate day) {
        return !day.isBefore(CourseDraft.EARLIEST) && !day.isAfter(CourseDraft.LATEST);
    }
}
