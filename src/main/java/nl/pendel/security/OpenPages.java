package nl.pendel.security;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;

/**
 * The pages (Vaadin UIs) open on this node, by who signed in, and their end when the account
 * behind them was erased, deactivated or changed, or a password was set for it (see {@link
 * SessionValidity}). {@link SessionRecheckFilter} only sees HTTP requests, and a page that only
 * receives server push makes none; so every few seconds ({@code pendel.security.open-page-check})
 * one query reads the accounts of everyone with a page open here, and each page whose account no
 * longer holds loses its content (no more push reaches it), is sent to the login page, and its
 * session is invalidated (so its next request meets the login page). Each node checks its own
 * pages against the shared database, so a change made on any node ends the pages on every node.
 */
@Component
public class OpenPages implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(OpenPages.class);

    private final Map<UI, PendelUser> open = new ConcurrentHashMap<>();
    private final Set<UI> ending = ConcurrentHashMap.newKeySet();
    private final SignedInAccounts accounts;

    OpenPages(SignedInAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            // the page is known from its first navigation with someone signed in (after the sign-in)
            ui.addBeforeEnterListener(enter -> signedIn().ifPresent(user -> register(ui, user)));
        });
    }

    /** Remembers an open page of this signed-in person until it is closed. */
    public void register(UI ui, PendelUser user) {
        if (open.putIfAbsent(ui, user) == null) {
            ui.addDetachListener(detach -> open.remove(ui));
        }
    }

    /** Whether this page is known here as open. */
    boolean isOpen(UI ui) {
        return open.containsKey(ui);
    }

    /**
     * Ends the open pages whose account no longer holds; one query for all of them. A page ends in
     * two steps, one check apart: first its content goes (so nothing more is pushed to it) and the
     * browser is sent to the login page (a push needs the session still open); at the next check
     * its session closes and is invalidated, should the browser not have gone by itself.
     */
    @Scheduled(
            fixedDelayString = "${pendel.security.open-page-check:5s}",
            initialDelayString = "${pendel.security.open-page-check:5s}")
    public void check() {
        closeEnded();
        open.keySet().removeIf(ui -> ui.isClosing() || ui.getSession() == null);
        if (open.isEmpty()) {
            return;
        }
        // only the pages known before the query are judged by its answer: a page opened while it
        // runs (its person perhaps not asked for) waits for the next check
        List<Map.Entry<UI, PendelUser>> pages = List.copyOf(open.entrySet());
        Set<Long> people = new HashSet<>();
        pages.forEach(page -> people.add(page.getValue().personId()));
        Map<Long, PendelUser> now;
        try {
            now = accounts.current(people);
        } catch (DataAccessException | TransactionException unreachable) {
            log.debug("Open pages not checked: database unavailable");
            return;
        }
        for (Map.Entry<UI, PendelUser> page : pages) {
            UI ui = page.getKey();
            PendelUser user = page.getValue();
            PendelUser current = now.get(user.personId());
            if (!SessionValidity.stillValid(user, keptGeneration(ui), current)) {
                log.debug(
                        "Page of {} (generation {}, kept {}) against {} (generation {})",
                        user,
                        user.sessionGeneration(),
                        keptGeneration(ui),
                        current,
                        current == null ? null : current.sessionGeneration());
                end(ui, user);
            }
        }
    }

    private void end(UI ui, PendelUser user) {
        if (open.remove(ui) == null) {
            return; // another check ended it
        }
        log.info("Open page of person {} ended: account erased, deactivated or changed", user.personId());
        try {
            ui.access(() -> {
                // the view goes (it stops listening, so nothing more is pushed to this page), the
                // browser goes to the login page, and the session is checked at its next request
                ui.getChildren().toList().forEach(view -> view.getElement().removeFromParent());
                ui.getPage().setLocation("login");
                WrappedSession http = ui.getSession().getSession();
                if (http != null) {
                    http.setAttribute(SessionRecheckFilter.CHECKED_AT, 0L);
                }
            });
            ending.add(ui);
        } catch (UIDetachedException alreadyClosed) {
            // closed in the meantime
        }
    }

    /** The second step: the sessions of pages ended at the previous check close and are invalidated. */
    private void closeEnded() {
        for (UI ui : List.copyOf(ending)) {
            ending.remove(ui);
            VaadinSession session = ui.getSession();
            if (session == null) {
                continue; // the browser left, and the page with it
            }
            try {
                ui.access(() -> {
                    WrappedSession http = session.getSession();
                    session.close();
                    invalidate(http);
                });
            } catch (UIDetachedException alreadyClosed) {
                // closed in the meantime
            }
        }
    }

    private static void invalidate(@Nullable WrappedSession http) {
        if (http != null) {
            try {
                http.invalidate();
            } catch (IllegalStateException alreadyInvalid) {
                // the session ended in the meantime
            }
        }
    }

    private static @Nullable Object keptGeneration(UI ui) {
        VaadinSession session = ui.getSession();
        WrappedSession http = session == null ? null : session.getSession();
        try {
            return http == null ? null : http.getAttribute(SessionValidity.GENERATION_ATTRIBUTE);
        } catch (IllegalStateException invalidated) {
            return null;
        }
    }

    private static java.util.Optional<PendelUser> signedIn() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof PendelUser user
                ? java.util.Optional.of(user)
                : java.util.Optional.empty();
    }
}
