package nl.pendel.evaluation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.Optional;
import nl.pendel.evaluation.EvaluationService;
import nl.pendel.evaluation.OpenEvaluation;
import nl.pendel.shared.ui.SessionExtension;
import org.springframework.core.annotation.Order;

/** On the participant's list of sessions: a link to each course evaluation they can answer now. */
@org.springframework.stereotype.Component
@Order(20)
class EvaluationSessionExtension implements SessionExtension {

    private final EvaluationService evaluations;

    EvaluationSessionExtension(EvaluationService evaluations) {
        this.evaluations = evaluations;
    }

    @Override
    public Optional<Component> forParticipantPage() {
        List<OpenEvaluation> open = evaluations.openForMe();
        if (open.isEmpty()) {
            return Optional.empty();
        }
        Div links = new Div();
        links.addClassNames("callout", "evaluation-link");
        for (OpenEvaluation course : open) {
            links.add(new Div(new Anchor(
                    EvaluationView.route(course.courseId()),
                    links.getTranslation("evaluation.fill-in", course.courseTitle()))));
        }
        return Optional.of(links);
    }
}
