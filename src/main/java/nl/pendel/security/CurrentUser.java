package nl.pendel.security;

import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Who is signed in, for views and services. */
@Component
public class CurrentUser {

    private final AuthenticationContext authenticationContext;
    private final SignedInAccounts accounts;

    CurrentUser(AuthenticationContext authenticationContext, SignedInAccounts accounts) {
        this.authenticationContext = authenticationContext;
        this.accounts = accounts;
    }

    public Optional<PendelUser> find() {
        return authenticationContext.getAuthenticatedUser(PendelUser.class);
    }

    /** The signed-in person; denies access when nobody is signed in. */
    public PendelUser require() {
        return find().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }

    /**
     * The signed-in person, checked against their account as it is now (one query), for a write
     * that must not go through from a page left open after the account was erased, deactivated or
     * changed: the session recheck and the closing of open pages take a few seconds to notice.
     *
     * @throws AccessDeniedException when nobody is signed in or the sign-in no longer holds
     */
    public PendelUser requireCurrent() {
        PendelUser user = require();
        if (user.personId() <= 0) {
            return user; // the system itself (SystemAuthentication)
        }
        PendelUser now = accounts.current(List.of(user.personId())).get(user.personId());
        if (!SessionValidity.stillValid(user, keptGeneration(), now)) {
            throw new AccessDeniedException("The account of person " + user.personId() + " changed since sign-in");
        }
        return user;
    }

    /**
     * After the signed-in person set their own password: their other sessions end, this one (the
     * session of the current request) stays signed in with the account's new session generation.
     */
    public void keepThisSession(long sessionGeneration) {
        @Nullable
        WrappedSession vaadin = VaadinSession.getCurrent() == null
                ? null
                : VaadinSession.getCurrent().getSession();
        if (vaadin != null) {
            vaadin.setAttribute(SessionValidity.GENERATION_ATTRIBUTE, sessionGeneration);
            return;
        }
        @Nullable HttpSession http = httpSession();
        if (http != null) {
            http.setAttribute(SessionValidity.GENERATION_ATTRIBUTE, sessionGeneration);
        }
    }

    private @Nullable Object keptGeneration() {
        @Nullable
        WrappedSession vaadin = VaadinSession.getCurrent() == null
                ? null
                : VaadinSession.getCurrent().getSession();
        if (vaadin != null) {
            return vaadin.getAttribute(SessionValidity.GENERATION_ATTRIBUTE);
        }
        @Nullable HttpSession http = httpSession();
        return http == null ? null : http.getAttribute(SessionValidity.GENERATION_ATTRIBUTE);
    }

    private static @Nullable HttpSession httpSession() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                ? request.getRequest().getSession(false)
                : null;
    }

    public void logout() {
        authenticationContext.logout();
    }
}
