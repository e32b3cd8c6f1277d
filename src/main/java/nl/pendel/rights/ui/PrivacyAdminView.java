package nl.pendel.rights.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import nl.pendel.account.PersonService;
import nl.pendel.account.PersonSummary;
import nl.pendel.assessment.MemberScores;
import nl.pendel.rights.ErasureService;
import nl.pendel.rights.PersonalDataExportService;
import nl.pendel.rights.PrivacyAction;
import nl.pendel.rights.PrivacyAuditService;
import nl.pendel.security.Roles;
import nl.pendel.shared.UserFacingException;
import nl.pendel.shared.ui.Notifications;
import nl.pendel.shared.ui.ResponsiveColumns;
import nl.pendel.shared.ui.TranslatedTitle;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;

/**
 * The administrators' privacy desk: pick a person (or come from the people list with
 * {@code ?persoon=id}), download their data on their behalf or erase them after a confirmation,
 * and read the audit: who opened whose individual scores, and who exported or erased whose data.
 * Both lists load lazily and follow the chosen person.
 */
@Route("beheer/privacy")
@Menu(title = "menu.privacy-admin", order = 46, icon = "vaadin:shield")
@RolesAllowed(Roles.ADMIN)
class PrivacyAdminView extends Div implements TranslatedTitle, BeforeEnterObserver {

    static final String PERSON_PARAMETER = "persoon";
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private final PersonService people;
    private final PersonalDataExportService exports;
    private final ErasureService erasure;
    private final ComboBox<PersonSummary> person = new ComboBox<>();
    private final Anchor download = new Anchor();
    private final Button erase = new Button();
    private final Grid<MemberScores.LoggedView> scoreViews = new Grid<>();
    private final Grid<PrivacyAction> actions = new Grid<>();
    private final DateTimeFormatter time;

    PrivacyAdminView(
            PersonService people,
            PersonalDataExportService exports,
            ErasureService erasure,
            PrivacyAuditService audit) {
        this.people = people;
        this.exports = exports;
        this.erasure = erasure;
        this.time = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", getLocale()).withZone(AMSTERDAM);
        addClassName("page");
        add(new Paragraph(getTranslation("rights.admin.intro")));

        configurePersonChooser(people);
        download.setText(getTranslation("rights.admin.download"));
        download.addComponentAsFirst(VaadinIcon.DOWNLOAD.create());
        download.addClassName("button-link");
        erase.setText(getTranslation("rights.admin.erase"));
        erase.setIcon(VaadinIcon.TRASH.create());
        erase.addThemeVariants(ButtonVariant.ERROR);
        erase.addClickListener(click -> confirmErasure());
        Div toolbar = new Div(person, download, erase);
        toolbar.addClassName("toolbar");
        add(toolbar);

        configureScoreViews(audit);
        configureActions(audit);
        add(new H3(getTranslation("rights.admin.score-views")), scoreViews);
        add(new H3(getTranslation("rights.admin.actions")), actions);
        choose(null);
    }

    /** Any person, found by name or address; none chosen shows everyone's actions. */
    private void configurePersonChooser(PersonService people) {
        person.setLabel(getTranslation("rights.admin.person"));
        person.setPlaceholder(getTranslation("rights.admin.person.all"));
        person.setClearButtonVisible(true);
        person.setItemLabelGenerator(p -> p.displayName() + " · " + p.email());
        person.setItems(
                query -> people
                        .search(
                                query.getFilter().orElse(""),
                                null,
                                PageRequest.of(query.getPage(), query.getPageSize()))
                        .stream(),
                query -> (int) people.count(query.getFilter().orElse(""), null));
        person.addValueChangeListener(change -> choose(change.getValue()));
        person.setWidth("min(30rem, 100%)");
        person.setMinWidth("min(22rem, 100%)");
    }

    @Override
    public String titleKey() {
        return "menu.privacy-admin";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> values =
                event.getLocation().getQueryParameters().getParameters().getOrDefault(PERSON_PARAMETER, List.of());
        if (values.isEmpty()) {
            return;
        }
        try {
            people.find(Long.parseLong(values.getFirst())).ifPresent(person::setValue);
        } catch (NumberFormatException e) {
            // an address typed by hand: show everyone, as without a person
        }
    }

    private void choose(@Nullable PersonSummary chosen) {
        boolean some = chosen != null;
        download.setVisible(some);
        erase.setVisible(some);
        if (some) {
            long id = chosen.id();
            download.setHref(ExportDownloads.handler(() -> exports.exportFor(id)));
            download.getElement()
                    .setAttribute("aria-label", getTranslation("rights.admin.download-named", chosen.displayName()));
        }
        scoreViews.getDataProvider().refreshAll();
        actions.getDataProvider().refreshAll();
    }

    private @Nullable Long chosenId() {
        return person.getValue() == null ? null : person.getValue().id();
    }

    private void confirmErasure() {
        PersonSummary chosen = person.getValue();
        if (chosen == null) {
            return;
        }
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("rights.erase.title", chosen.displayName()));
        dialog.setText(getTranslation("rights.erase.text", chosen.displayName(), chosen.email()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("rights.erase.confirm"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(confirmed -> {
            try {
                erasure.erase(chosen.id());
                Notifications.success(this, "rights.erase.done");
                people.find(chosen.id()).ifPresent(person::setValue);
                choose(person.getValue());
            } catch (UserFacingException e) {
                Notifications.error(this, e);
            }
        });
        dialog.open();
    }

    private void configureScoreViews(PrivacyAuditService audit) {
        var at = scoreViews
                .addColumn(v -> time.format(v.viewedAt()))
                .setHeader(getTranslation("rights.admin.when"))
                .setAutoWidth(true);
        scoreViews.addColumn(MemberScores.LoggedView::viewerName).setHeader(getTranslation("rights.admin.viewer"));
        scoreViews.addColumn(MemberScores.LoggedView::personName).setHeader(getTranslation("rights.admin.member"));
        var course = scoreViews
                .addColumn(MemberScores.LoggedView::courseTitle)
                .setHeader(getTranslation("rights.admin.course"))
                .setFlexGrow(2);
        ResponsiveColumns.hideOnPhone(scoreViews, at, course);
        scoreViews.setAriaLabel(getTranslation("rights.admin.score-views"));
        scoreViews.addClassName("score-view-log");
        scoreViews.setAllRowsVisible(false);
        scoreViews.setHeight("18rem");
        scoreViews.setDataProvider(new CallbackDataProvider<>(
                query -> audit.scoreViews(chosenId(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) audit.countScoreViews(chosenId())));
    }

    private String detail(PrivacyAction action) {
        return switch (action.kind()) {
            case EXPORT ->
                getTranslation(
                        "rights.detail.export",
                        Math.max(1, (action.sizeBytes() == null ? 0 : action.sizeBytes()) / 1024),
                        action.files() == null ? 0 : action.files());
            case ERASURE ->
                getTranslation("rights.detail.erasure", action.rowsChanged() == null ? 0 : action.rowsChanged());
        };
    }

    private void configureActions(PrivacyAuditService audit) {
        var at = actions.addColumn(a -> time.format(a.at()))
                .setHeader(getTranslation("rights.admin.when"))
                .setAutoWidth(true);
        actions.addColumn(a -> getTranslation(a.kind().translationKey()))
                .setHeader(getTranslation("rights.admin.kind"))
                .setAutoWidth(true);
        actions.addColumn(PrivacyAction::actorName).setHeader(getTranslation("rights.admin.actor"));
        actions.addColumn(PrivacyAction::subjectName).setHeader(getTranslation("rights.admin.subject"));
        var detail = actions.addColumn(this::detail).setHeader(getTranslation("rights.admin.detail"));
        ResponsiveColumns.hideOnPhone(actions, at, detail);
        actions.setAriaLabel(getTranslation("rights.admin.actions"));
        actions.addClassName("privacy-action-log");
        actions.setHeight("18rem");
        actions.setDataProvider(new CallbackDataProvider<>(
                query -> audit.actions(chosenId(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) audit.countActions(chosenId())));
    }
}
