package nl.pendel.home;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import jakarta.annotation.security.PermitAll;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import nl.pendel.account.OwnRegisterNumber;
import nl.pendel.homework.Assignment;
import nl.pendel.schedule.MySession;
import nl.pendel.security.CurrentUser;
import nl.pendel.security.PendelUser;
import nl.pendel.security.Role;
import nl.pendel.shared.ui.TranslatedTitle;

/**
 * The start page: a greeting and, per role the person holds, what they can do next; a participant
 * who has not given their register number is asked for it. Links only point at screens this
 * person may open.
 */
@Route("")
@Menu(title = "menu.home", order = 0, icon = "vaadin:home")
@PermitAll
class HomeView extends Div implements TranslatedTitle {

    HomeView(CurrentUser currentUser, HomePageService pages) {
        addClassName("page");
        addClassName("home");
        PendelUser user = currentUser.require();
        Div hero = new Div(
                new H2(getTranslation("home.greeting", firstName(user.displayName()))),
                new Paragraph(getTranslation("home.intro")));
        hero.addClassName("hero");
        add(hero);
        if (user.hasRole(Role.PARTICIPANT)) {
            if (!OwnRegisterNumber.given(user, VaadinSession.getCurrent())) {
                add(registerNumberPrompt());
            }
            HomePage page = pages.page();
            page.nextSession().ifPresent(next -> hero.add(nextSession(next)));
            page.nextHomework().ifPresent(due -> hero.add(nextHomework(due)));
        }
        List<MenuEntry> menu = MenuConfiguration.getMenuEntries();
        for (Role role : List.of(Role.TRAINER, Role.PARTICIPANT, Role.TEAM_LEAD, Role.ADMIN)) {
            if (user.hasRole(role)) {
                add(section(role, menu));
            }
        }
    }

    private Paragraph nextSession(MySession next) {
        Paragraph line = new Paragraph(getTranslation(
                "home.next-session",
                getTranslation("programme.meeting", next.meetingPosition()) + " (" + next.meetingTitle() + ")",
                DateTimeFormatter.ofPattern("EEEE d MMMM", getLocale()).format(next.date()),
                next.start(),
                next.end(),
                next.location()));
        line.addClassName("next-session");
        return line;
    }

    private Paragraph nextHomework(Assignment due) {
        Anchor link = new Anchor(
                "huiswerk/" + due.courseId() + "/" + due.meetingId(),
                getTranslation(
                        "home.next-homework",
                        due.title(),
                        DateTimeFormatter.ofPattern("EEEE d MMMM HH:mm", getLocale())
                                .format(due.dueAt())));
        Paragraph line = new Paragraph(link);
        line.addClassName("next-homework");
        return line;
    }

    /**
     * Asks a participant for their professional register number, which their trainer needs for
     * the accreditation list; it goes once they have filled it in on their profile.
     */
    private Component registerNumberPrompt() {
        Div prompt = new Div(
                new H3(getTranslation("home.register-number.title")),
                new Paragraph(getTranslation("home.register-number.why")),
                new Anchor("profiel", getTranslation("home.register-number.link")));
        prompt.addClassNames("callout", "callout-warning", "register-number-prompt");
        return prompt;
    }

    @Override
    public String titleKey() {
        return "menu.home";
    }

    private Component section(Role role, List<MenuEntry> menu) {
        Section section = new Section();
        section.addClassName("role-section");
        section.add(new H3(getTranslation("home." + role.name() + ".title")));
        Paragraph next = new Paragraph(getTranslation("home." + role.name() + ".next"));
        next.addClassName("lead");
        section.add(next);
        Div cards = new Div();
        cards.addClassName("card-grid");
        Set<String> paths = HomeActions.pathsFor(role);
        for (MenuEntry entry : menu) {
            if (paths.contains(entry.path().replaceFirst("^/", ""))) {
                cards.add(card(entry));
            }
        }
        if (cards.getComponentCount() > 0) {
            section.add(cards);
        }
        return section;
    }

    private Component card(MenuEntry entry) {
        Anchor card = new Anchor(entry.path(), "");
        card.addClassName("action-card");
        Span title = new Span(getTranslation(entry.title()));
        title.addClassName("action-title");
        Span text = new Span(getTranslation(entry.title() + ".description"));
        text.addClassName("action-text");
        card.add(title, text);
        return card;
    }

    private static String firstName(String displayName) {
        String trimmed = displayName.strip();
        int space = trimmed.indexOf(' ');
        return space > 0 ? trimmed.substring(0, space) : trimmed;
    }
}
