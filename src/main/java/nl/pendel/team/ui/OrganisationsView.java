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
import nl.pendel.team.OrganisationDraft;
import nl.pendel.team.OrganisationSummary;
import nl.pendel.team.TeamService;

/** Administrators manage the organisations that employ team members and trainers. */
@Route("beheer/organisaties")
@Menu(title = "menu.organisations", order = 40, icon = "vaadin:building")
@RolesAllowed(Roles.ADMIN)
class OrganisationsView extends Div implements TranslatedTitle {

    private final TeamService teams;
    private final Grid<OrganisationSummary> grid = new Grid<>();

    OrganisationsView(TeamService teams) {
        this.teams = teams;
        addClassName("page");
        Button add = new Button(
                getTranslation("organisation.add"), VaadinIcon.PLUS.create(), click -> edit(new OrganisationDraft()));
        add.addThemeVariants(ButtonVariant.PRIMARY);
        Div toolbar = new Div(add);
        toolbar.addClassName("toolbar");

        grid.addColumn(OrganisationSummary::name)
                .setHeader(getTranslation("organisation.name"))
                .setFlexGrow(3);
        grid.addColumn(t -> getTranslation(t.active() ? "status.active" : "status.inactive"))
                .setHeader(getTranslation("status"));
        grid.setItemsPageable(teams::organisations);
        GridActions.editable(grid, OrganisationSummary::name, item -> edit(OrganisationDraft.of(item)));
        grid.setAriaLabel(getTranslation("menu.organisations"));
        add(toolbar, grid);
    }

    @Override
    public String titleKey() {
        return "menu.organisations";
    }

    private void edit(OrganisationDraft draft) {
        OrganisationForm form = new OrganisationForm(draft);
        new FormDialog(getTranslation(draft.getId() == null ? "organisation.add" : "organisation.edit"), form, () -> {
                    if (!form.writeTo(draft)) {
                        return false;
                    }
                    teams.saveOrganisation(draft);
                    grid.getDataProvider().refreshAll();
                    Notifications.success(this, "saved");
                    return true;
                })
                .open();
    }
}
