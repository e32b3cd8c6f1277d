package nl.pendel.schedule.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import nl.pendel.KaribuTest;
import nl.pendel.schedule.CalendarFeedService;
import nl.pendel.security.ui.LoginView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CalendarSubscriptionViewTest extends KaribuTest {

    @Autowired
    CalendarFeedService feeds;

    @Test
    void person_makes_a_private_address_that_serves_a_calendar() {
        var person = testData.person().create();
        login(person.email());
        open("agenda-koppeling");
        assertThat(currentView()).isInstanceOf(CalendarSubscriptionView.class);

        _click(_get(Button.class, spec -> spec.withText("Maak een agenda-adres")));

        String address =
                _get(TextField.class, spec -> spec.withLabel("Je privéadres")).getValue();
        assertThat(address).contains("/agenda/").endsWith(".ics");
        String token = address.substring(address.indexOf("/agenda/") + 8, address.length() - 4);
        assertThat(feeds.feed(token)).isPresent().get().asString().startsWith("BEGIN:VCALENDAR");
        assertThat(_get(Button.class, spec -> spec.withText("Maak een nieuw adres (het oude stopt)")))
                .isNotNull();
    }

    @Test
    void anonymous_visitor_is_sent_to_the_login_page() {
        open("agenda-koppeling");
        assertThat(currentView()).isInstanceOf(LoginView.class);
    }
}
