package nl.pendel.schedule.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.annotation.security.PermitAll;
import nl.pendel.schedule.CalendarFeedService;
import nl.pendel.shared.ui.Notifications;
import nl.pendel.shared.ui.TranslatedTitle;

/**
 * A private address to subscribe to in Outlook, Google Calendar or Thunderbird, with all of this
 * person's sessions. The address is shown once; a new one revokes the old.
 */
@Route("agenda-koppeling")
@Menu(title = "menu.calendar", order = 85, icon = "vaadin:calendar-clock")
@PermitAll
class CalendarSubscriptionView extends Div implements TranslatedTitle {

    private final CalendarFeedService feeds;
    private final TextField address = new TextField();

    CalendarSubscriptionView(CalendarFeedService feeds) {
        this.feeds = feeds;
        addClassName("page");
        addClassName("narrow");
        add(new Paragraph(getTranslation("calendar.intro")));
        address.setLabel(getTranslation("calendar.address"));
        address.setReadOnly(true);
        address.setWidthFull();
        address.setVisible(false);
        Paragraph once = new Paragraph(getTranslation("calendar.once"));
        once.addClassName("muted");
        once.setVisible(false);
        Button make = new Button(getTranslation(feeds.hasToken() ? "calendar.renew" : "calendar.make"));
        make.addThemeVariants(ButtonVariant.PRIMARY);
        make.addClickListener(click -> {
            address.setValue(base() + "/agenda/" + feeds.newToken() + ".ics");
            address.setVisible(true);
            once.setVisible(true);
            make.setText(getTranslation("calendar.renew"));
            Notifications.success(this, "calendar.made");
        });
        Div card = new Div(address, once, make);
        card.addClassName("card");
        add(card, new Paragraph(getTranslation("calendar.renew.explain")));
    }

    @Override
    public String titleKey() {
        return "menu.calendar";
    }

    private static String base() {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        if (request == null) {
            return "";
        }
        var http = request.getHttpServletRequest();
        int port = http.getServerPort();
        boolean defaultPort =
                ("http".equals(http.getScheme()) && port == 80) || ("https".equals(http.getScheme()) && port == 443);
        return http.getScheme() + "://" + http.getServerName() + (defaultPort ? "" : ":" + port)
                + http.getContextPath();
    }
}
