package nl.pendel.rights.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import nl.pendel.rights.PersonalDataExportService;
import nl.pendel.rights.PrivacyAction;
import nl.pendel.rights.PrivacyAuditService;
import nl.pendel.security.CurrentUser;
import nl.pendel.shared.ui.ProfileSection;
import org.springframework.core.annotation.Order;

/**
 * "Mijn gegevens" on everyone's profile page: download all one's data, the privacy statement, and
 * who downloaded one's data (oneself or an administrator), when.
 */
@org.springframework.stereotype.Component
@Order(10)
class MyDataSection implements ProfileSection {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private final PersonalDataExportService exports;
    private final PrivacyAuditService audit;
    private final CurrentUser currentUser;

    MyDataSection(PersonalDataExportService exports, PrivacyAuditService audit, CurrentUser currentUser) {
        this.exports = exports;
        this.audit = audit;
        this.currentUser = currentUser;
    }

    @Override
    public Component create() {
        Section section = new Section();
        section.addClassName("card");
        section.setId("my-data");
        section.add(new H3(section.getTranslation("rights.my-data")));
        section.add(new Paragraph(section.getTranslation("rights.my-data.intro")));
        Anchor download = new Anchor(
                ExportDownloads.handler(exports::exportMine), section.getTranslation("rights.my-data.download"));
        download.addComponentAsFirst(VaadinIcon.DOWNLOAD.create());
        download.addClassName("button-link");
        Anchor statement = new Anchor("privacy", section.getTranslation("rights.statement.link"));
        section.add(new Paragraph(download), new Paragraph(statement));
        section.add(new H3(section.getTranslation("rights.my-data.exports")));
        List<PrivacyAction> actions = audit.aboutMe();
        if (actions.isEmpty()) {
            section.add(new Paragraph(section.getTranslation("rights.my-data.exports.none")));
        } else {
            DateTimeFormatter time = DateTimeFormatter.ofPattern(
                            "d MMMM yyyy HH:mm",
                            com.vaadin.flow.component.UI.getCurrent().getLocale())
                    .withZone(AMSTERDAM);
            long me = currentUser.require().personId();
            UnorderedList list = new UnorderedList();
            list.addClassName("export-log");
            for (PrivacyAction action : actions) {
                String who = action.actorId() == me
                        ? section.getTranslation("rights.my-data.exports.you")
                        : action.actorName();
                list.add(new ListItem(section.getTranslation(
                        "rights.my-data.exports.line",
                        time.format(action.at()),
                        who,
                        section.getTranslation(action.kind().translationKey()))));
            }
            section.add(list);
        }
        return section;
    }
}
