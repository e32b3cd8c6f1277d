package nl.pendel.assessment.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.pendel.assessment.MySelfAssessment;
import nl.pendel.programme.ProgrammeOutline;

/**
 * One competence of a self-assessment: each indicator rated on the framework's scale (with the
 * anchor labels), the level chosen at the previous moment beside it.
 */
class CompetenceCard extends Div {

    private final Map<Long, RadioButtonGroup<Integer>> ratings = new HashMap<>();

    CompetenceCard(ProgrammeOutline.Competence competence, MySelfAssessment mine, Runnable changed) {
        add(new H3(competence.code() + " · " + competence.title()));
        addClassNames("card", "competence-card");
        List<ProgrammeOutline.Level> scale = mine.framework().scale();
        for (ProgrammeOutline.Indicator indicator : competence.indicators()) {
            RadioButtonGroup<Integer> group = new RadioButtonGroup<>(indicator.code() + " " + indicator.text());
            group.setItems(scale.stream().map(ProgrammeOutline.Level::value).toList());
            group.setItemLabelGenerator(value -> scale.stream()
                    .filter(l -> l.value() == value)
                    .map(l -> value + " – " + l.label())
                    .findFirst()
                    .orElse(String.valueOf(value)));
            Integer earlierLevel =
                    mine.earlier() == null ? null : mine.earlier().ratings().get(indicator.id());
            if (earlierLevel != null) {
                group.setHelperText(getTranslation("assessment.form.earlier-level", earlierLevel));
            }
            group.setValue(mine.answers().ratings().get(indicator.id()));
            group.setReadOnly(!mine.editable());
            group.addValueChangeListener(e -> changed.run());
            ratings.put(indicator.id(), group);
            add(group);
        }
    }

    /** Adds indicator id → level for the indicators rated so far. */
    void collect(Map<Long, Integer> values) {
        ratings.forEach((id, group) -> {
            if (group.getValue() != null) {
                values.put(id, group.getValue());
            }
        });
    }
}
