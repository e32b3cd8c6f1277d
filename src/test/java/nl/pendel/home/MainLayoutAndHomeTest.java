package nl.pendel.home;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import nl.pendel.KaribuTest;
import nl.pendel.security.ui.LoginView;
import org.junit.jupiter.api.Test;

class MainLayoutAndHomeTest extends KaribuTest {

    @Test
    void administrator_menu_shows_the_administration_screens() {
        login("beheerder@pendel.test");
        open("");
        assertThat(menu())
                .containsExactly(
                        "Start",
                        "Activiteitenplannen",
                        "Cursussen",
                        "Personen",
                        "Personen importeren",
                        "Teams",
                        "Organisaties",
                        "Uitgaande mail",
                        "Privacy (AVG)",
                        "Programma's",
                        "Agenda-koppeling",
                        "Meldingen",
                        "Mijn profiel",
                        "Privacy");
        assertThat(_get(H2.class).getText()).isEqualTo("Welkom, Ruud");
    }

    @Test
    void trainer_menu_shows_the_programmes_but_no_administration() {
        login("trainer@pendel.test");
        open("");
        assertThat(menu())
                .containsExactly(
                        "Start",
                        "Activiteitenplannen",
                        "Cursussen",
                        "Agenda",
                        "Programma's",
                        "Agenda-koppeling",
                        "Meldingen",
                        "Mijn profiel",
                        "Privacy");
    }

    @Test
    void participant_menu_shows_only_home_and_profile() {
        login("deelnemer@pendel.test");
        open("");
        assertThat(menu())
                .containsExactly(
                        "Start",
                        "Mijn bijeenkomsten",
                        "Huiswerk",
                        "Activiteitenplannen",
                        "Zelfevaluatie",
                        "Cursussen",
                        "Agenda-koppeling",
                        "Meldingen",
                        "Mijn profiel",
                        "Privacy");
    }

    @Test
    void participant_home_page_names_the_next_session() {
        login("deelnemer@pendel.test");
        open("");
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withClasses("next-session"))
                        .getText())
                .startsWith("Je volgende bijeenkomst: Bijeenkomst 2 (Aan de slag) op ");
    }

    @Test
    void participant_home_page_links_the_next_homework_that_is_not_handed_in() {
        login("deelnemer@pendel.test");
        open("");
        var link =
                com.github.mvysny.kaributesting.v10.LocatorJ._find(com.vaadin.flow.component.html.Anchor.class).stream()
                        .filter(a -> a.getText().startsWith("Huiswerk: "))
                        .findFirst()
                        .orElseThrow();
        assertThat(link.getText()).contains("inleveren vóór");
        assertThat(link.getHref()).startsWith("huiswerk/");
    }

    @Test
    void team_lead_menu_shows_their_team() {
        login("teamleider@pendel.test");
        open("");
        assertThat(menu())
                .containsExactly(
                        "Start",
                        "Activiteitenplannen",
                        "Cursussen",
                        "Mijn team",
                        "Agenda-koppeling",
                        "Meldingen",
                        "Mijn profiel",
                        "Privacy");
    }

    @Test
    void trainer_home_page_speaks_of_programmes_and_not_of_folders() {
        login("trainer@pendel.test");
        open("");
        assertThat(currentView().getElement().getTextRecursively())
                .contains("De programma's waarmee je een cursus opzet")
                .doesNotContain("course-content");
    }

    @Test
    void anonymous_visitor_is_sent_to_the_login_page() {
        open("");
        assertThat(currentView()).isInstanceOf(LoginView.class);
    }

    private List<String> menu() {
        return _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }
}
