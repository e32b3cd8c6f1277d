package nl.pendel.rights.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import nl.pendel.rights.RetentionPeriod;
import nl.pendel.rights.RetentionService;
import nl.pendel.security.CurrentUser;
import nl.pendel.shared.ui.TranslatedTitle;

/**
 * The privacy statement: what Pendel stores, why, how long (the retention periods in force, read
 * from the configuration) and how to use one's rights. Open to everyone, also before signing in.
 */
@Route("privacy")
@Menu(title = "menu.privacy", order = 95, icon = "vaadin:lock")
@AnonymousAllowed
class PrivacyStatementView extends Div implements TranslatedTitle {

    private static final int WHAT_ITEMS = 9;
    private static final int RIGHTS_ITEMS = 4;

    PrivacyStatementView(RetentionService retention, CurrentUser currentUser) {
        addClassName("page");
        addClassName("narrow");
        addClassName("privacy-statement");
        add(new Paragraph(getTranslation("rights.statement.intro")));
        add(section("who", new Paragraph(getTranslation("rights.statement.who.text"))));
        add(section("what", list("rights.statement.what.", WHAT_ITEMS)));
        add(section(
                "why",
                new Paragraph(getTranslation("rights.statement.why.text")),
                new Paragraph(getTranslation("rights.statement.why.lead")),
                new Paragraph(getTranslation("rights.statement.why.residents"))));
        add(section(
                "how-long", periods(retention), new Paragraph(getTranslation("rights.statement.how-long.account"))));
        add(section("rights", list("rights.statement.rights.", RIGHTS_ITEMS)));
        add(section("audit", new Paragraph(getTranslation("rights.statement.audit.text"))));
        // a way on, which also gives keyboard users a stop inside the long, scrolling page
        add(new Paragraph(
                currentUser.find().isEmpty()
                        ? new Anchor("login", getTranslation("rights.statement.to-login"))
                        : new Anchor("profiel", getTranslation("rights.statement.to-profile"))));
    }

    @Override
    public String titleKey() {
        return "menu.privacy";
    }

    private Section section(String key, com.vaadin.flow.component.Component... content) {
        Section section = new Section(new H2(getTranslation("rights.statement." + key)));
        section.add(content);
        section.addClassName("card");
        return section;
    }

    private UnorderedList list(String prefix, int count) {
        UnorderedList list = new UnorderedList();
        for (int i = 1; i <= count; i++) {
            list.add(new ListItem(getTranslation(prefix + i)));
        }
        return list;
    }

    /** The periods in force, as a plain table: short, and read in full on a phone too. */
    private Div periods(RetentionService retention) {
        NativeTable table = new NativeTable();
        table.addClassNames("growth-table", "retention-periods");
        table.setCaptionText(getTranslation("rights.statement.how-long.text"));
        NativeTableRow head = table.getHead().addRow();
        for (String key : List.of("kind", "period", "from")) {
            head.addHeaderCell().setText(getTranslation("rights.statement.how-long." + key));
        }
        for (RetentionPeriod period : retention.periods()) {
            NativeTableRow row = table.getBody().addRow();
            row.addDataCell().setText(getTranslation(period.labelKey()));
            row.addDataCell().setText(Periods.text(this, period.period()));
            row.addDataCell().setText(getTranslation(period.anchorKey()));
        }
        Div wrapper = new Div(table);
        wrapper.addClassName("growth-table-wrapper");
        return wrapper;
    }
}
