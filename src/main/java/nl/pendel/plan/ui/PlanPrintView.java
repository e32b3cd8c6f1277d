package nl.pendel.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Map;
import java.util.stream.Collectors;
import nl.pendel.plan.Plan;
import nl.pendel.plan.PlanPage;
import nl.pendel.plan.PlanSection;
import nl.pendel.plan.PlanService;
import nl.pendel.shared.UserFacingException;
import nl.pendel.shared.ui.TranslatedTitle;
import org.springframework.security.access.AccessDeniedException;

/** A plan laid out for paper: no editors, every section under its heading; the menu hides when printing. */
@Route("plannen/:planId/afdrukken")
@PermitAll
class PlanPrintView extends Div implements BeforeEnterObserver, TranslatedTitle {

    private final PlanService plans;

    PlanPrintView(PlanService plans) {
        this.plans = plans;
        addClassNames("page", "narrow", "plan-print");
    }

    static String route(long planId) {
        return "plannen/" + planId + "/afdrukken";
    }

    /** Builds the screen from the plan's page, read at once. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long planId = event.getRouteParameters().getLong("planId").orElse(-1L);
        PlanPage page;
        try {
            page = plans.page(planId);
        } catch (AccessDeniedException | UserFacingException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        add(tools(planId));
        show(page);
    }

    private Div tools(long planId) {
        Button print = new Button(getTranslation("plan.print.now"), e -> getUI().ifPresent(
                        ui -> ui.getPage().executeJs("window.print()")));
        print.setId("print-now");
        Div tools = new Div(new Anchor(PlanView.route(planId), getTranslation("plan.print.back")), print);
        tools.addClassNames("toolbar", "no-print");
        return tools;
    }

    private void show(PlanPage page) {
        Plan plan = page.plan();
        Paragraph kicker = new Paragraph(getTranslation("plan.pdf.kicker"));
        kicker.addClassName("plan-kicker");
        add(
                kicker,
                new H2(plan.title().isBlank() ? getTranslation("plan.untitled", plan.subgroupNumber()) : plan.title()));
        Map<String, String> choices = page.competenceChoices();
        Div facts = new Div(
                fact("plan.pdf.course", plan.courseTitle()),
                fact("plan.pdf.subgroup", Integer.toString(plan.subgroupNumber())),
                fact("plan.pdf.members", String.join(", ", plan.members())),
                fact("plan.pdf.status", getTranslation(plan.status().translationKey())),
                fact(
                        "plan.pdf.competences",
                        plan.competences().stream()
                                .sorted()
                                .map(c -> choices.getOrDefault(c, c))
                                .collect(Collectors.joining(", "))));
        facts.addClassName("plan-facts");
        add(facts);
        for (PlanSection section : plan.sections()) {
            add(new H3(section.title()));
            Div text = new Div();
            text.addClassName("preformatted");
            text.setText(section.isEmpty() ? getTranslation("plan.pdf.empty") : section.content());
            add(text);
        }
    }

    private Paragraph fact(String key, String value) {
        Paragraph line = new Paragraph(getTranslation(key) + ": " + (value.isBlank() ? "–" : value));
        line.addClassName("plan-fact");
        return line;
    }

    @Override
    public String titleKey() {
        return "plan.title";
    }
}
