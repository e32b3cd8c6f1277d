package nl.pendel.homework.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import nl.pendel.course.CaseloadTheme;
import nl.pendel.homework.ThemeAnswer;

/**
 * The caseload themes of a draft: a number of cases per theme of the course, and themes of the
 * participant's own. Every change is stored at once through {@code store}, which answers whether
 * it was stored (an own theme that was not stays in the fields to correct).
 */
class CaseloadThemesField extends Div {

    private final Predicate<List<ThemeAnswer>> store;
    private final List<IntegerField> counts = new ArrayList<>();
    private final List<ThemeAnswer> own;
    private final Div ownList = new Div();
    private final TextField label = new TextField();
    private final IntegerField cases = new IntegerField();

    CaseloadThemesField(List<CaseloadTheme> themes, List<ThemeAnswer> answers, Predicate<List<ThemeAnswer>> store) {
        this.store = store;
        this.own = new ArrayList<>(
                answers.stream().filter(a -> a.themeKey() == null).toList());
        addClassNames("card", "caseload-themes");
        add(new H3(getTranslation("homework.themes.title")));
        add(new Paragraph(getTranslation("homework.themes.help")));
        add(grid(themes, answers));
        add(new H3(getTranslation("homework.themes.own")));
        showOwn();
        add(ownList, ownForm());
    }

    /** A number field per theme of the course, filled with the cases chosen. */
    private Div grid(List<CaseloadTheme> themes, List<ThemeAnswer> answers) {
        Map<String, ThemeAnswer> chosen = answers.stream()
                .filter(a -> a.themeKey() != null)
                .collect(Collectors.toMap(ThemeAnswer::themeKey, Function.identity()));
        Div grid = new Div();
        grid.addClassName("theme-grid");
        for (CaseloadTheme theme : themes) {
            IntegerField count = new IntegerField(theme.label());
            count.setMin(0);
            count.setMax(ThemeAnswer.MAX_CASES);
            count.setStepButtonsVisible(true);
            count.setPlaceholder("0");
            count.setHelperText(theme.description());
            ThemeAnswer answer = chosen.get(theme.key());
            if (answer != null) {
                count.setValue(answer.cases());
            }
            count.getElement().setProperty("themeKey", theme.key());
            count.addValueChangeListener(e -> storeAll());
            counts.add(count);
            grid.add(count);
        }
        return grid;
    }

    /** The fields to add an own theme with its number of cases. */
    private Div ownForm() {
        label.setLabel(getTranslation("homework.themes.own.label"));
        label.setMaxLength(ThemeAnswer.OWN_LABEL_MAX);
        cases.setLabel(getTranslation("homework.themes.cases"));
        cases.setMin(1);
        cases.setMax(ThemeAnswer.MAX_CASES);
        Button add = new Button(getTranslation("homework.themes.own.add"), e -> addOwn());
        Div addRow = new Div(label, cases, add);
        addRow.addClassName("toolbar");
        return addRow;
    }

    private void addOwn() {
        String value = label.getValue().strip();
        if (value.isEmpty()) {
            label.setInvalid(true);
            label.setErrorMessage(getTranslation("homework.error.theme-empty"));
            return;
        }
        if (cases.getValue() == null || cases.getValue() < 1 || cases.getValue() > ThemeAnswer.MAX_CASES) {
            cases.setInvalid(true);
            cases.setErrorMessage(getTranslation("homework.error.cases", ThemeAnswer.MAX_CASES));
            return;
        }
        label.setInvalid(false);
        cases.setInvalid(false);
        ThemeAnswer answer = new ThemeAnswer(null, value, cases.getValue());
        own.add(answer);
        if (!storeAll()) {
            // not stored (a BSN in the theme, say): the theme stays in the field to correct
            own.remove(answer);
            return;
        }
        showOwn();
        label.clear();
        cases.clear();
    }

    private void showOwn() {
        ownList.removeAll();
        for (ThemeAnswer answer : List.copyOf(own)) {
            Button remove = new Button(getTranslation("homework.themes.own.remove"), e -> {
                own.remove(answer);
                storeAll();
                showOwn();
            });
            remove.addThemeVariants(ButtonVariant.TERTIARY);
            Div line = new Div(
                    new Span(getTranslation("homework.themes.own.line", answer.ownLabel(), answer.cases())), remove);
            line.addClassName("toolbar");
            ownList.add(line);
        }
    }

    /** Stores the counts above zero and the own themes; whether they were stored. */
    private boolean storeAll() {
        List<ThemeAnswer> all = new ArrayList<>();
        for (IntegerField count : counts) {
            Integer value = count.getValue();
            if (value != null && value > 0) {
                all.add(new ThemeAnswer(count.getElement().getProperty("themeKey"), null, value));
            }
        }
        all.addAll(own);
        return store.test(all);
    }
}
