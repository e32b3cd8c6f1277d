package nl.pendel.evaluation.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import nl.pendel.evaluation.EvaluationResults;
import nl.pendel.evaluation.EvaluationResultsService;
import nl.pendel.security.Roles;
import nl.pendel.shared.UserFacingException;
import nl.pendel.shared.ui.CourseTabs;
import nl.pendel.shared.ui.TranslatedTitle;
import org.springframework.security.access.AccessDeniedException;

/**
 * A course's evaluation for its trainers and the lead of its team: the number of answers and, from
 * three answers, the average per rating question and the texts.
 */
@Route("cursussen/:courseId/evaluatie")
@RolesAllowed({Roles.TRAINER, Roles.ADMIN, Roles.TEAM_LEAD})
class EvaluationResultsView extends Div implements BeforeEnterObserver, TranslatedTitle {

    private final EvaluationResultsService results;

    EvaluationResultsView(EvaluationResultsService results) {
        this.results = results;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long courseId = event.getRouteParameters().getLong("courseId").orElse(-1L);
        try {
            build(results.results(courseId));
        } catch (AccessDeniedException | UserFacingException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    @Override
    public String titleKey() {
        return "evaluation.results.title";
    }

    private void build(EvaluationResults page) {
        removeAll();
        add(new H2(page.courseTitle()), new CourseTabs(page.courseId(), CourseTabs.Tab.EVALUATION, true));
        if (!page.shown()) {
            Paragraph hidden = new Paragraph(
                    getTranslation("evaluation.results.hidden", page.answers(), EvaluationResultsService.MIN_ANSWERS));
            hidden.addClassNames("callout", "evaluation-hidden");
            add(hidden);
            return;
        }
        Paragraph count = new Paragraph(getTranslation("evaluation.results.count", page.answers()));
        count.addClassName("evaluation-count");
        add(count);
        NumberFormat number = NumberFormat.getNumberInstance(getLocale());
        number.setMaximumFractionDigits(1);
        number.setMinimumFractionDigits(1);
        Div figures = new Div();
        figures.addClassNames("card", "evaluation-ratings");
        figures.add(new H3(getTranslation("evaluation.results.ratings")));
        UnorderedList list = new UnorderedList();
        for (EvaluationResults.Rating rating : page.ratings()) {
            list.add(new ListItem(getTranslation(
                    "evaluation.results.rating",
                    rating.label(),
                    rating.average() == null ? "–" : number.format(rating.average()),
                    rating.count())));
        }
        figures.add(list);
        add(figures);
        for (EvaluationResults.Texts question : page.texts()) {
            Div card = new Div();
            card.addClassNames("card", "evaluation-texts");
            card.add(new H3(question.label()));
            if (question.answers().isEmpty()) {
                card.add(new Paragraph(getTranslation("evaluation.results.no-texts")));
            } else {
                UnorderedList answers = new UnorderedList();
                question.answers().forEach(text -> answers.add(new ListItem(text)));
                card.add(answers);
            }
            add(card);
        }
    }
}
