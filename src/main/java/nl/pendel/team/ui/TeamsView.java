package nl.pendel.team.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.pendel.security.Roles;
import nl.pendel.shared.ui.FormDialog;
import nl.pendel.shared.ui.GridActions;
import nl.pendel.shared.ui.Notifications;
import nl.pendel.shared.ui.TranslatedTitle;
import nl.pendel.team.TeamDraft;
import nl.pendel.team.TeamService;
import nl.pendel.team.TeamSummary;

/** Administrators manage the teams: one per district. Teams are deactivated, never deleted. */
@Route("beheer/teams")
@Menu(title = "menu.teams", order = 30, icon = "vaadin:group")
@RolesAllowed(Roles.ADMIN)
class TeamsView extends Div implements TranslatedTitle {

    private final TeamService teams;
    private final Grid<TeamSummary> grid = new Grid<>();

    TeamsView(TeamService teams) {
        this.teams = teams;
        addClassName("page");
        Button add = new Button(getTranslation("team.add"), VaadinIcon.PLUS.create(), click -> edit(new TeamDraft()));
        add.addThemeVariants(ButtonVariant.PRIMARY);
        Div toolbar = new Div(add);
        toolbar.addClassName("toolbar");

        grid.addColumn(TeamSummary::name).setHeader(getTranslation("team.name")).setFlexGrow(2);
        grid.addColumn(TeamSummary::district)
                .setHeader(getTranslation("team.district"))
                .setFlexGrow(2);
        grid.addColumn(t -> getTranslation(t.active() ? "status.active" : "status.inactive"))
                .setHeader(getTranslation("status"));
        grid.setItemsPageable(teams::teams);
        GridActions.editable(grid, TeamSummary::name, item -> edit(TeamDraft.of(item)));
        grid.setAriaLabel(getTranslation("menu.teams"));
        add(toolbar, grid);
    }

    @Override
    public String titleKey() {
        return "menu.teams";
    }

    private void edit(TeamDraft draft) {
        TeamForm form = new TeamForm(draft);
        new FormDialog(getTranslation(draft.getId() == null ? "team.add" : "team.edit"), form, () -> {
                    if (!form.writeTo(draft)) {
                        return false;
                    }
                    teams.saveTeam(draft);
                    grid.getDataProvider().refreshAll();
                    Notifications.success(this, "saved");
                    return true;
                })
                .open();
    }
}
