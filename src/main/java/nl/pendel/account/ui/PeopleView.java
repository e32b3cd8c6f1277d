package nl.pendel.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import nl.pendel.account.AccountLinkService;
import nl.pendel.account.PersonDraft;
import nl.pendel.account.PersonService;
import nl.pendel.account.PersonSummary;
import nl.pendel.security.Roles;
import nl.pendel.shared.ui.FormDialog;
import nl.pendel.shared.ui.GridActions;
import nl.pendel.shared.ui.Notifications;
import nl.pendel.shared.ui.ResponsiveColumns;
import nl.pendel.shared.ui.TranslatedTitle;
import nl.pendel.team.OrganisationSummary;
import nl.pendel.team.TeamService;
import nl.pendel.team.TeamSummary;
import org.springframework.data.domain.PageRequest;

/** Administrators find, add, edit and deactivate people. Nobody with history is ever deleted. */
@Route("beheer/personen")
@Menu(title = "menu.people", order = 10, icon = "vaadin:users")
@RolesAllowed(Roles.ADMIN)
class PeopleView extends Div implements TranslatedTitle {

    private final PersonService people;
    private final AccountLinkService links;
    private final Map<Long, String> teamNames;
    private final Map<Long, String> organisationNames;
    private final TextField filter = new TextField();
    private final ComboBox<Long> teamFilter = new ComboBox<>();
    private final Grid<PersonSummary> grid = new Grid<>();

    PeopleView(PersonService people, AccountLinkService links, TeamService teams) {
        this.people = people;
        this.links = links;
        this.teamNames = teams.allTeams().stream()
                .collect(Collectors.toMap(TeamSummary::id, TeamSummary::name, (a, b) -> a, LinkedHashMap::new));
        this.organisationNames = teams.allOrganisations().stream()
                .collect(Collectors.toMap(
                        OrganisationSummary::id, OrganisationSummary::name, (a, b) -> a, LinkedHashMap::new));
        addClassName("page");

        filter.setPlaceholder(getTranslation("people.search"));
        filter.setAriaLabel(getTranslation("people.search"));
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setClearButtonVisible(true);
        filter.setMaxLength(100);
        filter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        teamFilter.setPlaceholder(getTranslation("people.all-teams"));
        teamFilter.setAriaLabel(getTranslation("person.team"));
        teamFilter.setItems(teamNames.keySet().stream()
                .sorted(Comparator.comparing(teamNames::get))
                .toList());
        teamFilter.setItemLabelGenerator(id -> teamNames.getOrDefault(id, "?"));
        teamFilter.setClearButtonVisible(true);
        teamFilter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        Button add =
                new Button(getTranslation("person.add"), VaadinIcon.PLUS.create(), click -> edit(new PersonDraft()));
        add.addThemeVariants(ButtonVariant.PRIMARY);
        Button importButton =
                new Button(getTranslation("menu.import"), VaadinIcon.UPLOAD.create(), click -> getUI().ifPresent(
                                ui -> ui.navigate(PeopleImportView.class)));
        Div toolbar = new Div(filter, teamFilter, importButton, add);
        toolbar.addClassName("toolbar");

        configureGrid();
        add(toolbar, grid);
    }

    @Override
    public String titleKey() {
        return "menu.people";
    }

    private void configureGrid() {
        grid.addColumn(PersonSummary::displayName)
                .setHeader(getTranslation("person.name"))
                .setFlexGrow(2)
                .setSortable(false);
        var email = grid.addColumn(PersonSummary::email)
                .setHeader(getTranslation("person.email"))
                .setFlexGrow(2);
        grid.addColumn(p -> p.discipline() == null
                        ? ""
                        : getTranslation(p.discipline().translationKey()))
                .setHeader(getTranslation("person.discipline"));
        var team = grid.addColumn(p -> p.teamId() == null ? "" : teamNames.getOrDefault(p.teamId(), ""))
                .setHeader(getTranslation("person.team"));
        var roles = grid.addColumn(p -> p.roles().stream()
                        .sorted()
                        .map(r -> getTranslation(r.translationKey()))
                        .collect(Collectors.joining(", ")))
                .setHeader(getTranslation("person.roles"));
        var status = grid.addComponentColumn(this::status)
                .setHeader(getTranslation("status"))
                .setAutoWidth(true);
        ResponsiveColumns.hideOnPhone(grid, email, team, roles, status);
        GridActions.editable(grid, PersonSummary::displayName, person -> edit(PersonDraft.of(person)));
        grid.addComponentColumn(this::privacyButton)
                .setHeader(getTranslation("people.privacy"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setAriaLabel(getTranslation("menu.people"));
        grid.setDataProvider(new CallbackDataProvider<>(
                query -> people
                        .search(
                                filter.getValue(),
                                teamFilter.getValue(),
                                PageRequest.of(query.getPage(), query.getPageSize()))
                        .stream(),
                query -> (int) people.count(filter.getValue(), teamFilter.getValue())));
    }

    /** To the privacy desk (download or erase on the person's behalf): another module's page. */
    private Button privacyButton(PersonSummary person) {
        Button privacy = new Button(VaadinIcon.SHIELD.create(), click -> getUI().ifPresent(ui -> ui.navigate(
                "beheer/privacy", com.vaadin.flow.router.QueryParameters.of("persoon", String.valueOf(person.id())))));
        privacy.addThemeVariants(ButtonVariant.TERTIARY);
        privacy.setAriaLabel(getTranslation("people.privacy-named", person.displayName()));
        privacy.setTooltipText(getTranslation("people.privacy"));
        return privacy;
    }

    private Span status(PersonSummary person) {
        String key = !person.active() ? "status.inactive" : person.canSignIn() ? "status.active" : "status.no-password";
        Span badge = new Span(getTranslation(key));
        badge.addClassName("badge");
        badge.addClassName(person.active() ? (person.canSignIn() ? "badge-success" : "badge-warning") : "badge-muted");
        return badge;
    }

    private void edit(PersonDraft draft) {
        PersonForm form = new PersonForm(draft, teamNames, organisationNames);
        if (!links.offered()) {
            form.withoutPasswords();
        }
        new FormDialog(getTranslation(draft.getId() == null ? "person.add" : "person.edit"), form, () -> {
                    if (!form.writeTo(draft)) {
                        return false;
                    }
                    if (form.sendInvitation() && draft.isActive()) {
                        PersonSummary saved = links.saveAndInvite(draft);
                        Notifications.success(this, "person.invited", saved.displayName(), saved.email());
                    } else {
                        people.save(draft);
                        Notifications.success(this, "saved");
                    }
                    grid.getDataProvider().refreshAll();
                    return true;
                })
                .open();
    }
}
