package nl.pendel.assessment.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.IntStream;
import nl.pendel.assessment.AssessmentDraft;
import nl.pendel.assessment.MySelfAssessment;

/** How far one got with each goal of the previous moment, on a four-step scale. */
class GoalReview extends Div {

    private final Map<Integer, RadioButtonGroup<Integer>> progress = new HashMap<>();

    GoalReview(MySelfAssessment mine, boolean editable, Runnable changed) {
        MySelfAssessment.Earlier earlier = mine.earlier();
        add(new H3(getTranslation(
                "assessment.goals.review", getTranslation(earlier.kind().translationKey()))));
        addClassNames("card", "goal-review");
        for (int i = 0; i < earlier.goals().size(); i++) {
            RadioButtonGroup<Integer> group =
                    new RadioButtonGroup<>(earlier.goals().get(i));
            group.setItems(IntStream.rangeClosed(AssessmentDraft.PROGRESS_MIN, AssessmentDraft.PROGRESS_MAX)
                    .boxed()
                    .toList());
            group.setItemLabelGenerator(value -> getTranslation("assessment.goal-progress." + value));
            group.setValue(mine.answers().goalProgress().get(i));
            group.setReadOnly(!editable);
            group.addValueChangeListener(e -> changed.run());
            progress.put(i, group);
            add(group);
        }
    }

    /** Goal position → the step chosen, for the goals rated so far. */
    Map<Integer, Integer> values() {
        Map<Integer, Integer> reviewed = new HashMap<>();
        progress.forEach((position, group) -> {
            if (group.getValue() != null) {
                reviewed.put(position, group.getValue());
            }
        });
        return reviewed;
    }
}
