package nl.pendel.evaluation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import nl.pendel.evaluation.EvaluationDraft;
import nl.pendel.programme.Questionnaire;
import nl.pendel.programme.Questionnaire.Kind;

/**
 * The evaluation questions as a form: 1 to 5 per rating question, a short text field per text
 * question. Hands what was filled in to {@code onSave}; what was typed stays whatever the answer.
 */
class EvaluationFormPanel extends Div {

    private final Map<String, TextArea> texts = new LinkedHashMap<>();
    private final Map<String, RadioButtonGroup<Integer>> ratings = new LinkedHashMap<>();
    private final Button save = new Button();

    EvaluationFormPanel(Questionnaire questionnaire, Consumer<EvaluationDraft> onSave) {
        addClassNames("card", "evaluation-form");
        for (Questionnaire.Question question : questionnaire.questions()) {
            add(question.kind() == Kind.RATING ? rating(question) : text(question));
        }
        save.setText(getTranslation("evaluation.send"));
        save.addThemeVariants(ButtonVariant.AURA_PRIMARY);
        save.addClickListener(e -> onSave.accept(draft()));
        add(save);
    }

    private Component text(Questionnaire.Question question) {
        TextArea field = new TextArea(question.label());
        field.setMaxLength(question.maxLength());
        field.setI18n(new TextArea.TextAreaI18n()
                .setMaxLengthErrorMessage(getTranslation("validation.max-length-field", question.maxLength())));
        field.setHelperText(question.help());
        field.setRequiredIndicatorVisible(question.required());
        field.setWidthFull();
        texts.put(question.key(), field);
        return field;
    }

    private Component rating(Questionnaire.Question question) {
        RadioButtonGroup<Integer> group = new RadioButtonGroup<>(question.label());
        group.setItems(
                IntStream.rangeClosed(Kind.RATING_MIN, Kind.RATING_MAX).boxed().toList());
        group.addThemeVariants(RadioGroupVariant.AURA_HORIZONTAL);
        group.setHelperText(question.help());
        group.setRequiredIndicatorVisible(question.required());
        ratings.put(question.key(), group);
        return group;
    }

    private EvaluationDraft draft() {
        Map<String, Integer> rated = new HashMap<>();
        ratings.forEach((key, group) -> {
            if (group.getValue() != null) {
                rated.put(key, group.getValue());
            }
        });
        Map<String, String> typed = new HashMap<>();
        texts.forEach((key, field) -> typed.put(key, field.getValue()));
        return new EvaluationDraft(rated, typed);
    }
}
