package nl.pendel.course.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import java.util.Map;
import java.util.stream.Collectors;
import nl.pendel.account.PersonService;
import nl.pendel.course.CourseDraft;
import nl.pendel.course.CourseService;
import nl.pendel.course.CourseSummary;
import nl.pendel.programme.ProgrammeService;
import nl.pendel.security.CurrentUser;
import nl.pendel.security.PendelUser;
import nl.pendel.security.Role;
import nl.pendel.shared.ui.FormDialog;
import nl.pendel.shared.ui.Notifications;
import nl.pendel.shared.ui.ResponsiveColumns;
import nl.pendel.shared.ui.TranslatedTitle;
import nl.pendel.team.TeamService;
import nl.pendel.team.TeamSummary;
import org.springframework.data.domain.PageRequest;

/**
 * The courses this person may see: a trainer's own, the team's for a team lead, the ones a
 * participant takes part in, all for an administrator. Trainers start new courses here.
 */
@Route("cursussen")
@Menu(title = "menu.courses", order = 5, icon = "vaadin:academy-cap")
@PermitAll
class CoursesView extends Div implements TranslatedTitle {

    private final CourseService courses;
    private final Grid<CourseSummary> grid = new Grid<>();

    CoursesView(
            CourseService courses,
            TeamService teams,
            PersonService people,
            ProgrammeService programmes,
            CurrentUser currentUser) {
        this.courses = courses;
        addClassName("page");
        PendelUser user = currentUser.require();
        Map<Long, String> teamNames =
                teams.allTeams().stream().collect(Collectors.toMap(TeamSummary::id, TeamSummary::name));

        if (user.hasRole(Role.TRAINER) || user.hasRole(Role.ADMIN)) {
            Div toolbar = new Div(addButton(user, teams, people, programmes));
            toolbar.addClassName("toolbar");
            add(toolbar);
        }
        configureGrid(teamNames);
        add(grid);
    }

    /** Starts a new course, with the signed-in trainer as its trainer. */
    private Button addButton(PendelUser user, TeamService teams, PersonService people, ProgrammeService programmes) {
        Button add = new Button(getTranslation("course.add"), VaadinIcon.PLUS.create(), click -> {
            CourseDraft draft = new CourseDraft();
            draft.setTrainerId(user.hasRole(Role.TRAINER) ? user.personId() : null);
            CourseForm form = new CourseForm(draft, teams.allTeams(), people, programmes.latestVersions());
            new FormDialog(
                            getTranslation("course.add"),
                            form,
                            () -> form.save(draft, valid -> {
                                CourseSummary created = courses.create(valid);
                                Notifications.success(this, "course.created");
                                open(created);
                            }))
                    .open();
        });
        add.addThemeVariants(ButtonVariant.PRIMARY);
        return add;
    }

    private void configureGrid(Map<Long, String> teamNames) {
        grid.addColumn(CourseSummary::title)
                .setHeader(getTranslation("course.title"))
                .setFlexGrow(3);
        var team = grid.addColumn(c -> teamNames.getOrDefault(c.teamId(), "")).setHeader(getTranslation("person.team"));
        var period = grid.addColumn(c -> Dates.period(c.startsOn(), c.endsOn(), getLocale()))
                .setHeader(getTranslation("course.period"))
                .setFlexGrow(2);
        grid.addComponentColumn(c -> StatusBadge.of(c.status())).setHeader(getTranslation("status"));
        var participants = grid.addColumn(CourseSummary::participantCount)
                .setHeader(getTranslation("course.participants"))
                .setAutoWidth(true);
        ResponsiveColumns.hideOnPhone(grid, team, period, participants);
        grid.setDataProvider(new CallbackDataProvider<>(
                query -> courses.visibleCourses(PageRequest.of(query.getPage(), query.getPageSize())).stream(),
                query -> (int) courses.countVisibleCourses()));
        grid.addItemClickListener(click -> open(click.getItem()));
        grid.setAriaLabel(getTranslation("menu.courses"));
        Span empty = new Span(getTranslation("course.none"));
        grid.setEmptyStateComponent(empty);
    }

    @Override
    public String titleKey() {
        return "menu.courses";
    }

    private void open(CourseSummary course) {
        getUI().ifPresent(ui ->
                ui.navigate(CourseView.class, new RouteParameters("courseId", String.valueOf(course.id()))));
    }
}
