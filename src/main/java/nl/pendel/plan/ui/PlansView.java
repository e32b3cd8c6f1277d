package nl.pendel.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import nl.pendel.course.CoursePage;
import nl.pendel.plan.CoursePlans;
import nl.pendel.plan.PlanService;
import nl.pendel.plan.PlanStatus;
import nl.pendel.plan.PlanSummary;
import nl.pendel.security.CurrentUser;
import nl.pendel.shared.UserFacingException;
import nl.pendel.shared.ui.CourseTabs;
import nl.pendel.shared.ui.Notifications;
import nl.pendel.shared.ui.TranslatedTitle;
import nl.pendel.subgroup.CourseSubgroup;
import nl.pendel.subgroup.SubgroupService;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * The activity plans someone may see, with status and what is still empty: a participant their
 * subgroup's, a trainer their courses', a team lead all of their team's (the collective work the
 * team does in the neighbourhood). Under a course (its "Plannen" tab) only that course's, with a
 * button to start a plan.
 */
@Route("plannen")
@RouteAlias("cursussen/:courseId/plannen")
@Menu(title = "menu.plans", order = 4.55, icon = "vaadin:lightbulb")
@PermitAll
class PlansView extends Div implements BeforeEnterObserver, TranslatedTitle {

    private final PlanService plans;
    private final SubgroupService subgroups;
    private final CurrentUser currentUser;
    private final Clock clock;

    PlansView(PlanService plans, SubgroupService subgroups, CurrentUser currentUser, Clock clock) {
        this.plans = plans;
        this.subgroups = subgroups;
        this.currentUser = currentUser;
        this.clock = clock;
        addClassNames("page", "plans");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        if (event.getRouteParameters().get("courseId").isEmpty()) {
            add(new H2(getTranslation("plan.list.title")));
            Paragraph intro = new Paragraph(getTranslation("plan.list.intro"));
            intro.addClassName("muted");
            add(intro);
            show(plans.visiblePlans(), true);
            return;
        }
        CoursePlans course;
        try {
            course = plans.coursePlans(
                    event.getRouteParameters().getLong("courseId").orElse(-1L));
        } catch (AccessDeniedException | UserFacingException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        CoursePage page = CoursePage.of(course.access(), currentUser.require());
        long courseId = page.courseId();
        add(new H2(course.courseTitle()), new CourseTabs(courseId, CourseTabs.Tab.PLANS, page.attendance()));
        Paragraph intro = new Paragraph(getTranslation("plan.course.intro"));
        intro.addClassName("muted");
        add(intro);
        if (course.canStart()) {
            add(startButton(courseId, page.access().canManage(currentUser.require())));
        }
        show(course.plans(), false);
    }

    private void show(List<PlanSummary> list, boolean withCourse) {
        if (list.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("plan.list.none"));
            none.addClassName("empty-state");
            add(none);
            return;
        }
        DateTimeFormatter when =
                DateTimeFormatter.ofPattern("d MMM HH:mm", getLocale()).withZone(clock.getZone());
        Grid<PlanSummary> grid = new Grid<>();
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(p -> new Anchor(PlanView.route(p.id()), title(p)))
                .setHeader(getTranslation("plan.list.plan"))
                .setFlexGrow(3);
        if (withCourse) {
            grid.addColumn(PlanSummary::courseTitle)
                    .setHeader(getTranslation("plan.list.course"))
                    .setFlexGrow(2);
        }
        grid.addColumn(PlanSummary::subgroupNumber)
                .setHeader(getTranslation("plan.list.subgroup"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::statusBadge)
                .setHeader(getTranslation("plan.list.status"))
                .setAutoWidth(true);
        grid.addColumn(p -> p.emptyRequired() == 0
                        ? getTranslation("plan.list.complete")
                        : getTranslation("plan.list.empty", p.emptyRequired()))
                .setHeader(getTranslation("plan.list.checklist"))
                .setAutoWidth(true);
        grid.addColumn(p -> p.updatedAt() == null ? "–" : when.format(p.updatedAt()))
                .setHeader(getTranslation("plan.list.updated"))
                .setAutoWidth(true);
        grid.setItems(list);
        add(grid);
    }

    private Span statusBadge(PlanSummary p) {
        Span badge = new Span(getTranslation(p.status().translationKey()));
        badge.addClassNames(
                "badge", p.status().ordinal() >= PlanStatus.READY.ordinal() ? "badge-success" : "badge-muted");
        return badge;
    }

    private String title(PlanSummary p) {
        return p.title().isBlank() ? getTranslation("plan.untitled", p.subgroupNumber()) : p.title();
    }

    private Button startButton(long courseId, boolean trainer) {
        Button start = new Button(getTranslation("plan.start"), e -> {
            if (trainer) {
                chooseSubgroup(courseId);
            } else {
                start(courseId, null);
            }
        });
        start.setId("plan-start");
        start.addThemeVariants(ButtonVariant.PRIMARY);
        return start;
    }

    private void chooseSubgroup(long courseId) {
        List<CourseSubgroup> courseSubgroups = subgroups.ofCourse(courseId);
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("plan.start"));
        Select<CourseSubgroup> subgroup = new Select<>();
        subgroup.setLabel(getTranslation("plan.list.subgroup"));
        subgroup.setItems(courseSubgroups);
        subgroup.setItemLabelGenerator(s -> getTranslation("dashboard.subgroup", s.number()));
        dialog.add(subgroup);
        Button ok = new Button(getTranslation("plan.start"), e -> {
            dialog.close();
            start(courseId, subgroup.isEmpty() ? null : subgroup.getValue().id());
        });
        ok.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), ok);
        dialog.open();
    }

    private void start(long courseId, @Nullable Long subgroupId) {
        try {
            long planId = plans.start(courseId, subgroupId);
            getUI().ifPresent(ui -> ui.navigate(PlanView.route(planId)));
        } catch (UserFacingException ex) {
            Notifications.error(this, ex);
        }
    }

    @Override
    public String titleKey() {
        return "plan.list.title";
    }
}
