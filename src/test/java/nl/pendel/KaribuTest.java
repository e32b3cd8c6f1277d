package nl.pendel;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringSecurity;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import nl.pendel.security.PendelUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * Base of the UI tests: the real views in a mocked browser (Karibu-Testing), on the real Spring
 * context and database. {@link #login} signs in a real account, so views and services apply
 * their real access checks: Karibu's {@link MockSpringSecurity} gives every mocked request the
 * signed-in person from Spring Security, for Vaadin's navigation access control
 * ({@code @RolesAllowed}, {@code @PermitAll}).
 */
@IntegrationTest
public abstract class KaribuTest {

    private static Routes routes;

    @Autowired
    protected ApplicationContext context;

    @Autowired
    protected UserDetailsService userDetailsService;

    @Autowired
    protected TestData testData;

    @BeforeAll
    static void discoverRoutes() {
        if (routes == null) {
            // Karibu's own discovery skips package-private views, so find them the way Spring does
            // without Pendel's friendly error page, so an exception while opening a view fails the test
            var errorViews = new java.util.LinkedHashSet<>(ApplicationRoutes.errorViews());
            errorViews.remove(nl.pendel.shared.ui.ServerErrorView.class);
            routes = new Routes(ApplicationRoutes.viewsAndLayouts(), errorViews, true);
        }
    }

    @BeforeEach
    void setUpVaadin() {
        MockSpringSecurity.mock();
        MockVaadin.setup(() -> new UI(), new MockSpringServlet(routes, context, () -> new UI()));
    }

    @AfterEach
    void tearDownVaadin() {
        SecurityContextHolder.clearContext();
        MockVaadin.tearDown();
    }

    /** Closes this browser session and opens a new one (signed out), as after closing the browser. */
    protected void newBrowserSession() {
        tearDownVaadin();
        setUpVaadin();
    }

    /** Signs in as this (existing) account, as the login form would. */
    protected PendelUser login(String email) {
        PendelUser user = (PendelUser) userDetailsService.loadUserByUsername(email);
        SecurityContext securityContext = SecurityContextHolder.createEmptyContext();
        securityContext.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(securityContext);
        // where Spring Security keeps it between requests, and where Vaadin's strategy looks first
        VaadinSession.getCurrent()
                .getSession()
                .setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, securityContext);
        return user;
    }

    /** Navigates as the browser would; access control applies. */
    protected void open(String route) {
        UI.getCurrent().navigate(route);
    }

    /** Navigates with query parameters, e.g. {@code open("login", "error")}. */
    protected void open(String route, String queryParameter) {
        UI.getCurrent().navigate(route, com.vaadin.flow.router.QueryParameters.of(queryParameter, ""));
    }

    /** Clicks Save ("Opslaan") in this dialog. */
    protected static void save(com.vaadin.flow.component.dialog.Dialog dialog) {
        com.github.mvysny.kaributesting.v10.LocatorJ._click(com.github.mvysny.kaributesting.v10.LocatorJ._get(
                dialog, com.vaadin.flow.component.button.Button.class, spec -> spec.withText("Opslaan")));
    }

    protected Component currentView() {
        return UI.getCurrent().getCurrentView();
    }

    /**
     * All text of the current page: text nodes, HTML set as content, the rows of grids, and what
     * hangs on the UI itself (open dialogs, notifications).
     */
    protected String pageText() {
        StringBuilder text = new StringBuilder();
        // the layout around the view (routed content hangs below the UI's wrapper, not its element)
        Component top = currentView();
        while (top.getParent().isPresent() && !(top.getParent().get() instanceof UI)) {
            top = top.getParent().get();
        }
        collect(top.getElement(), text);
        collect(UI.getCurrent().getElement(), text);
        for (com.vaadin.flow.component.grid.Grid<?> grid :
                com.github.mvysny.kaributesting.v10.LocatorJ._find(com.vaadin.flow.component.grid.Grid.class)) {
            for (int row = 0; row < com.github.mvysny.kaributesting.v10.GridKt._size(grid); row++) {
                text.append(com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow(grid, row))
                        .append('\n');
            }
        }
        return text.toString();
    }

    private static void collect(com.vaadin.flow.dom.Element element, StringBuilder text) {
        if (element.isTextNode()) {
            text.append(element.getText()).append('\n');
        }
        String html = element.getProperty("innerHTML");
        if (html != null) {
            text.append(html).append('\n');
        }
        element.getChildren().forEach(child -> collect(child, text));
    }
}
