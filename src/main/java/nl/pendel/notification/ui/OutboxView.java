package nl.pendel.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import nl.pendel.notification.MailStatus;
import nl.pendel.notification.OutboxEntry;
import nl.pendel.notification.OutboxService;
import nl.pendel.security.Roles;
import nl.pendel.shared.ui.Notifications;
import nl.pendel.shared.ui.ResponsiveColumns;
import nl.pendel.shared.ui.TranslatedTitle;
import org.springframework.data.domain.PageRequest;

/**
 * Administrators see every mail the portal sends or would send: pending, sent, failed (with the
 * error, and a retry), and on the demo default the mails kept instead of sent, readable as the
 * recipient would see them. Addresses the mail server refused are listed below.
 */
@Route("beheer/uitgaande-mail")
@Menu(title = "menu.outbox", order = 45, icon = "vaadin:envelopes-o")
@RolesAllowed(Roles.ADMIN)
class OutboxView extends Div implements TranslatedTitle {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private final OutboxService outbox;
    private final Select<MailStatus> filter = new Select<>();
    private final Grid<OutboxEntry> grid = new Grid<>();
    private final Paragraph summary = new Paragraph();

    OutboxView(OutboxService outbox) {
        this.outbox = outbox;
        addClassName("page");
        add(new Paragraph(getTranslation("outbox.intro")));
        filter.setLabel(getTranslation("outbox.filter"));
        filter.setItems(MailStatus.values());
        filter.setEmptySelectionAllowed(true);
        filter.setEmptySelectionCaption(getTranslation("outbox.filter.all"));
        filter.setItemLabelGenerator(
                s -> s == null ? getTranslation("outbox.filter.all") : getTranslation(s.translationKey()));
        filter.addValueChangeListener(change -> refresh());
        Div toolbar = new Div(filter, summary);
        toolbar.addClassName("toolbar");
        configureGrid();
        add(toolbar, grid, undeliverable());
        refresh();
    }

    @Override
    public String titleKey() {
        return "menu.outbox";
    }

    private void configureGrid() {
        DateTimeFormatter time =
                DateTimeFormatter.ofPattern("d MMM HH:mm", getLocale()).withZone(AMSTERDAM);
        var created = grid.addColumn(e -> time.format(e.createdAt()))
                .setHeader(getTranslation("outbox.created"))
                .setAutoWidth(true);
        var recipient = grid.addColumn(OutboxEntry::recipient)
                .setHeader(getTranslation("outbox.recipient"))
                .setFlexGrow(2);
        grid.addColumn(OutboxEntry::subject)
                .setHeader(getTranslation("outbox.subject"))
                .setFlexGrow(3);
        grid.addComponentColumn(this::status)
                .setHeader(getTranslation("status"))
                .setAutoWidth(true);
        var attempts = grid.addColumn(OutboxEntry::attempts)
                .setHeader(getTranslation("outbox.attempts"))
                .setAutoWidth(true);
        var error = grid.addColumn(e -> e.lastError() == null ? "" : e.lastError())
                .setHeader(getTranslation("outbox.error"))
                .setFlexGrow(2);
        ResponsiveColumns.hideOnPhone(grid, created, recipient, attempts, error);
        grid.addComponentColumn(entry -> {
                    Button read = new Button(VaadinIcon.EYE.create(), click -> open(entry.id()));
                    read.addThemeVariants(ButtonVariant.TERTIARY);
                    read.setAriaLabel(getTranslation("outbox.read-named", entry.subject()));
                    read.setTooltipText(getTranslation("outbox.read"));
                    return read;
                })
                .setHeader(getTranslation("outbox.read"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addItemClickListener(click -> open(click.getItem().id()));
        grid.setAriaLabel(getTranslation("menu.outbox"));
        grid.setDataProvider(new CallbackDataProvider<>(
                query -> outbox.page(filter.getValue(), PageRequest.of(query.getPage(), query.getPageSize())).stream(),
                query -> (int) outbox.count(filter.getValue())));
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        Map<MailStatus, Long> counts = outbox.counts();
        summary.setText(getTranslation(
                "outbox.summary",
                counts.get(MailStatus.PENDING) + counts.get(MailStatus.SENDING),
                counts.get(MailStatus.SENT),
                counts.get(MailStatus.FAILED),
                counts.get(MailStatus.KEPT)));
    }

    private Span status(OutboxEntry entry) {
        Span badge = new Span(getTranslation(entry.status().translationKey()));
        badge.addClassName("badge");
        badge.addClassName(
                switch (entry.status()) {
                    case SENT -> "badge-success";
                    case FAILED -> "badge-error";
                    case PENDING, SENDING -> "badge-warning";
                    case KEPT -> "badge-muted";
                });
        return badge;
    }

    private void open(long id) {
        outbox.find(id).ifPresentOrElse(this::show, () -> Notifications.error(this, "error.not-found"));
    }

    private void show(OutboxService.MailView mail) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(mail.entry().subject());
        dialog.setWidth("min(52rem, 100vw)");
        Paragraph to = new Paragraph(getTranslation(
                "outbox.to",
                mail.entry().recipient(),
                getTranslation(mail.entry().status().translationKey())));
        to.addClassName("muted");
        IFrame html = new IFrame();
        // the mail's own HTML, isolated: no scripts, no access to the portal's page
        html.getElement().setAttribute("srcdoc", mail.html());
        html.setSandbox(IFrame.SandboxType.RESTRICT_ALL);
        html.setTitle(getTranslation("outbox.html"));
        html.addClassName("mail-preview");
        TabSheet tabs = new TabSheet();
        tabs.add(getTranslation("outbox.html"), html);
        tabs.add(getTranslation("outbox.text"), source(mail.text()));
        if (mail.calendar() != null) {
            tabs.add(getTranslation("outbox.calendar"), source(mail.calendar()));
        }
        tabs.setWidthFull();
        tabs.addClassName("mail-tabs");
        dialog.add(to, tabs);
        if (mail.entry().status() == MailStatus.FAILED) {
            Button retry = new Button(getTranslation("outbox.retry"), click -> {
                if (outbox.retry(mail.entry().id())) {
                    Notifications.success(this, "outbox.retried");
                }
                dialog.close();
                refresh();
            });
            retry.addThemeVariants(ButtonVariant.PRIMARY);
            dialog.getFooter().add(retry);
        }
        dialog.getFooter().add(new Button(getTranslation("action.close"), click -> dialog.close()));
        dialog.open();
    }

    private static Pre source(String text) {
        Pre pre = new Pre(text);
        pre.addClassName("mail-source");
        return pre;
    }

    private Div undeliverable() {
        Div box = new Div(new H3(getTranslation("outbox.undeliverable")));
        var addresses = outbox.undeliverable();
        if (addresses.isEmpty()) {
            box.add(new Paragraph(getTranslation("outbox.undeliverable.none")));
        } else {
            UnorderedList list = new UnorderedList();
            addresses.forEach(a -> list.add(new ListItem(a.email() + " — " + a.reason())));
            box.add(list);
        }
        return box;
    }
}
