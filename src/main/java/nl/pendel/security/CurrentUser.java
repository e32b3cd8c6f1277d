package nl.pendel.security;

import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Who is signed in, for views and services. */
@Component
public class CurrentUser {

    private final AuthenticationContext authenticationContext;

    CurrentUser(AuthenticationContext authenticationContext) {
        this.authenticationContext = authenticationContext;
    }

    public Optional<PendelUser> find() {
        return authenticationContext.getAuthenticatedUser(PendelUser.class);
    }

    /** The signed-in person; denies access when nobody is signed in. */
    public PendelUser require() {
        return find().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }

    public void logout() {
        authenticationContext.logout();
    }
}
