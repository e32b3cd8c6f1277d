package nl.pendel.lookback.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import nl.pendel.lookback.LookBackDraft;
import nl.pendel.lookback.MyLookBack;
import nl.pendel.programme.Questionnaire;
import nl.pendel.programme.Questionnaire.Kind;

/**
 * The look-back questions as a form: a short text field per text question, 1 to 5 per rating
 * question, and "zet mijn naam erbij". Hands what was filled in to {@code onSave}; what was typed
 * stays in the fields whatever the answer.
 */
class LookBackFormPanel extends Div {

    private final Map<String, TextArea> texts = new LinkedHashMap<>();
    private final Map<String, RadioButtonGroup<Integer>> ratings = new LinkedHashMap<>();
    private final Checkbox signed = new Checkbox();
    private final Button save = new Button();

    LookBackFormPanel(Questionnaire questionnaire, MyLookBack mine, Consumer<LookBackDraft> onSave) {
        addClassNames("card", "look-back-form");
        for (Questionnaire.Question question : questionnaire.questions()) {
            add(question.kind() == Kind.RATING ? rating(question, mine) : text(question, mine));
        }
        signed.setLabel(getTranslation("lookback.sign"));
        signed.setValue(mine.signed());
        Div signHelp = new Div(getTranslation("lookback.sign.help"));
        signHelp.addClassName("muted");
        save.setText(getTranslation(mine.version() == 0 ? "lookback.send" : "lookback.change"));
        save.addThemeVariants(ButtonVariant.AURA_PRIMARY);
        save.addClickListener(e -> onSave.accept(draft(mine.version())));
        add(signed, signHelp, save);
    }

    private Component text(Questionnaire.Question question, MyLookBack mine) {
        TextArea field = new TextArea(question.label());
        field.setMaxLength(question.maxLength());
        field.setI18n(new TextArea.TextAreaI18n()
                .setMaxLengthErrorMessage(getTranslation("validation.max-length-field", question.maxLength())));
        field.setHelperText(question.help());
        field.setRequiredIndicatorVisible(question.required());
        field.setValue(mine.texts().getOrDefault(question.key(), ""));
        field.setWidthFull();
        texts.put(question.key(), field);
        return field;
    }

    private Component rating(Questionnaire.Question question, MyLookBack mine) {
        RadioButtonGroup<Integer> group = new RadioButtonGroup<>(question.label());
        List<Integer> values =
                IntStream.rangeClosed(Kind.RATING_MIN, Kind.RATING_MAX).boxed().toList();
        group.setItems(values);
        group.addThemeVariants(RadioGroupVariant.AURA_HORIZONTAL);
        group.setHelperText(question.help());
        group.setRequiredIndicatorVisible(question.required());
        group.setValue(mine.ratings().get(question.key()));
        ratings.put(question.key(), group);
        return group;
    }

    private LookBackDraft draft(long version) {
        Map<String, Integer> rated = new HashMap<>();
        ratings.forEach((key, group) -> {
            if (group.getValue() != null) {
                rated.put(key, group.getValue());
            }
        });
        Map<String, String> typed = new HashMap<>();
        texts.forEach((key, field) -> typed.put(key, field.getValue()));
        return new LookBackDraft(rated, typed, signed.getValue(), version);
    }

    Button saveButton() {
        return save;
    }
}
