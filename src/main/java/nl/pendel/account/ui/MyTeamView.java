package nl.pendel.account.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import nl.pendel.account.PersonService;
import nl.pendel.account.PersonSummary;
import nl.pendel.security.CurrentUser;
import nl.pendel.security.PendelUser;
import nl.pendel.security.Roles;
import nl.pendel.shared.ui.ResponsiveColumns;
import nl.pendel.shared.ui.TranslatedTitle;
import nl.pendel.team.TeamService;
import org.springframework.data.domain.PageRequest;

/** A team lead's own team: who is in it, with discipline and organisation. Only their own team. */
@Route("mijn-team")
@Menu(title = "menu.my-team", order = 50, icon = "vaadin:users")
@RolesAllowed(Roles.TEAM_LEAD)
class MyTeamView extends Div implements TranslatedTitle {

    MyTeamView(CurrentUser currentUser, PersonService people, TeamService teams) {
        addClassName("page");
        PendelUser user = currentUser.require();
        if (user.teamId() == null) {
            add(new Paragraph(getTranslation("my-team.none")));
            return;
        }
        long teamId = user.teamId();
        var team = teams.findTeam(teamId).orElseThrow();
        var organisations = teams.allOrganisations().stream().collect(Collectors.toMap(o -> o.id(), o -> o.name()));
        long count = people.countTeamMembers(teamId);
        add(new Paragraph(getTranslation("my-team.intro", team.name(), count)));

        Grid<PersonSummary> grid = new Grid<>();
        grid.addColumn(PersonSummary::displayName)
                .setHeader(getTranslation("person.name"))
                .setFlexGrow(2);
        grid.addColumn(p -> p.discipline() == null
                        ? ""
                        : getTranslation(p.discipline().translationKey()))
                .setHeader(getTranslation("person.discipline"));
        var organisation = grid.addColumn(
                        p -> p.organisationId() == null ? "" : organisations.getOrDefault(p.organisationId(), ""))
                .setHeader(getTranslation("person.organisation"));
        var status = grid.addColumn(p -> getTranslation(p.active() ? "status.active" : "status.inactive"))
                .setHeader(getTranslation("status"));
        ResponsiveColumns.hideOnPhone(grid, organisation, status);
        grid.setAriaLabel(getTranslation("menu.my-team"));
        grid.setDataProvider(new CallbackDataProvider<>(
                query -> people.teamMembers(teamId, PageRequest.of(query.getPage(), query.getPageSize())).stream(),
                query -> (int) people.countTeamMembers(teamId)));
        add(grid);
    }

    @Override
    public String titleKey() {
        return "menu.my-team";
    }
}
