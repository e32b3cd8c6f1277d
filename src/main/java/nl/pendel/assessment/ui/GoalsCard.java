package nl.pendel.assessment.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import nl.pendel.assessment.AssessmentDraft;
import nl.pendel.assessment.MySelfAssessment;
import nl.pendel.shared.ui.UnsavedWork;

/** One to three development goals, each on one line; typing is watched until stored. */
class GoalsCard extends Div {

    private final List<TextField> goals = new ArrayList<>();

    GoalsCard(MySelfAssessment mine, UnsavedWork unsaved, Runnable changed) {
        add(new H3(getTranslation("assessment.goals")));
        addClassName("card");
        Paragraph help = new Paragraph(getTranslation("assessment.goals.help"));
        help.addClassName("muted");
        add(help);
        List<String> given = mine.answers().goals();
        for (int i = 0; i < AssessmentDraft.GOALS_MAX; i++) {
            TextField goal = new TextField(getTranslation("assessment.goal", i + 1));
            goal.setWidthFull();
            goal.setMaxLength(AssessmentDraft.GOAL_MAX);
            goal.setValue(i < given.size() ? given.get(i) : "");
            goal.setReadOnly(!mine.editable());
            if (mine.editable()) {
                unsaved.watch(goal);
            }
            goal.addValueChangeListener(e -> changed.run());
            goals.add(goal);
            add(goal);
        }
    }

    /** The goals as typed, empty ones included. */
    List<String> values() {
        return goals.stream().map(TextField::getValue).toList();
    }
}
