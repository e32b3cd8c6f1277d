package nl.pendel.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.transaction.TransactionException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a signed-in session once the person behind it may no longer be signed in as they are: their
 * account was erased or deactivated, their roles or team changed, or a password was set for them
 * since they signed in (not in the session where they changed it themselves; see
 * {@link SessionValidity}). The session remembers who
 * signed in ({@link PendelUser}); at most once per {@code interval} per session (so that a busy
 * screen costs no extra query per request), the first request looks the person up again. When
 * they are gone, inactive, or hold other roles or another team, the session is invalidated and the
 * request goes on unauthenticated: a page request is sent to the login page, and Vaadin answers
 * its own requests with "session expired", after which the browser reloads onto the login page.
 * Works the same on every node: it reads the database, not a registry of this node's sessions.
 */
final class SessionRecheckFilter extends OncePerRequestFilter {

    static final String CHECKED_AT = SessionRecheckFilter.class.getName() + ".checkedAt";

    private static final Logger log = LoggerFactory.getLogger(SessionRecheckFilter.class);

    private final SignedInAccounts people;
    private final Duration interval;
    private final Clock clock;

    SessionRecheckFilter(SignedInAccounts people, Duration interval, Clock clock) {
        this.people = people;
        this.interval = interval;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();
        Authentication authentication = contexts.getContext().getAuthentication();
        if (session != null
                && authentication != null
                && authentication.getPrincipal() instanceof PendelUser signedIn
                && due(session)) {
            Boolean valid = stillValid(signedIn, session.getAttribute(SessionValidity.GENERATION_ATTRIBUTE));
            if (valid == null) {
                // the database cannot be reached: the check waits for the next request, and this
                // one meets the same outage where Pendel tells the user (nothing is decided on it)
                log.debug("Session of person {} not rechecked: database unavailable", signedIn.personId());
            } else if (valid) {
                session.setAttribute(CHECKED_AT, clock.millis());
            } else {
                log.info("Session of person {} ended: account erased, deactivated or changed", signedIn.personId());
                session.invalidate();
                contexts.clearContext();
            }
        }
        chain.doFilter(request, response);
    }

    private boolean due(HttpSession session) {
        Object checkedAt = session.getAttribute(CHECKED_AT);
        if (checkedAt == null) {
            // signed in during this session: the sign-in itself was the check
            session.setAttribute(CHECKED_AT, clock.millis());
            return false;
        }
        return clock.millis() - (Long) checkedAt >= interval.toMillis();
    }

    /** Whether the account still signs in as it did; null when that cannot be known now. */
    private @Nullable Boolean stillValid(PendelUser signedIn, @Nullable Object keptGeneration) {
        PendelUser now;
        try {
            now = people.current(List.of(signedIn.personId())).get(signedIn.personId());
        } catch (DataAccessException | TransactionException unreachable) {
            return null;
        }
        return SessionValidity.stillValid(signedIn, keptGeneration, now);
    }
}
