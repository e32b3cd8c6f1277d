package nl.pendel.home;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import java.util.stream.Collectors;
import nl.pendel.security.CurrentUser;
import nl.pendel.security.PendelUser;
import nl.pendel.shared.ui.NavbarItem;
import nl.pendel.shared.ui.TranslatedTitle;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The frame of every signed-in screen. The side menu is built from the views' {@code @Menu}
 * annotations, filtered by Vaadin to the views this person may open.
 */
@Layout
@AnonymousAllowed
public final class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final CurrentUser currentUser;
    private final H1 viewTitle = new H1();

    MainLayout(CurrentUser currentUser, ObjectProvider<NavbarItem> navbarItems) {
        this.currentUser = currentUser;
        setPrimarySection(Section.DRAWER);
        addClassName("main-layout");

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("layout.menu-toggle"));
        viewTitle.addClassName("view-title");
        addToNavbar(true, toggle, viewTitle);
        if (currentUser.find().isPresent()) {
            Div items = new Div();
            items.addClassName("navbar-items");
            navbarItems.orderedStream().forEach(item -> items.add(item.create()));
            addToNavbar(true, items);
        }

        Scroller scroller = new Scroller(menu());
        scroller.addClassName("drawer-menu");
        addToDrawer(brand(), scroller, userFooter());
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        viewTitle.setText(title(getContent()));
    }

    private Component brand() {
        RouterLink home = new RouterLink("", HomeView.class);
        // the letter comes from the style sheet, so the visible text of the link is just its name
        Span mark = new Span();
        mark.addClassName("brand-mark");
        mark.getElement().setAttribute("aria-hidden", "true");
        Span name = new Span(getTranslation("app.name"));
        name.addClassName("brand-name");
        home.add(mark, name);
        home.addClassName("brand");
        home.getElement().setAttribute("aria-label", getTranslation("layout.home"));
        Header header = new Header(home);
        header.addClassName("drawer-header");
        return header;
    }

    private SideNav menu() {
        SideNav nav = new SideNav();
        nav.setLabel(getTranslation("layout.menu"));
        nav.addClassName("side-menu");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null && entry.icon().contains(":")) {
                String[] icon = entry.icon().split(":", 2);
                item.setPrefixComponent(new Icon(icon[0], icon[1]));
            }
            nav.addItem(item);
        }
        return nav;
    }

    private Component userFooter() {
        Div footer = new Div();
        footer.addClassName("drawer-footer");
        currentUser.find().ifPresent(user -> {
            Span name = new Span(user.displayName());
            name.addClassName("user-name");
            Span roles = new Span(roles(user));
            roles.addClassName("user-roles");
            Button logout = new Button(getTranslation("layout.logout"), click -> currentUser.logout());
            logout.addClassName("logout");
            footer.add(name, roles, logout);
        });
        return footer;
    }

    private String roles(PendelUser user) {
        return user.roles().stream()
                .sorted()
                .map(role -> getTranslation(role.translationKey()))
                .collect(Collectors.joining(" · "));
    }

    private String title(Component content) {
        return content instanceof TranslatedTitle titled ? getTranslation(titled.titleKey()) : "";
    }
}
