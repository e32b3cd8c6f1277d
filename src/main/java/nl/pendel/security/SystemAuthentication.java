package nl.pendel.security;

import com.vaadin.flow.internal.CurrentInstance;
import com.vaadin.flow.server.VaadinSession;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs system work (demo data, the first administrator, background jobs, notifications about a
 * change someone made) with administrator rights, so that it goes through the same secured
 * services as a person would, instead of around them.
 *
 * <p>Inside a Vaadin request the security context comes from the signed-in person's session
 * first ({@code VaadinAwareSecurityContextHolderStrategy}), so the session is hidden from the
 * work while it runs; the thread, and with it the transaction, stays the same.
 */
public final class SystemAuthentication {

    private SystemAuthentication() {}

    public static <T> T runAsAdministrator(Supplier<T> work) {
        PendelUser system = new PendelUser(
                0,
                "system@pendel.invalid",
                "Pendel",
                null,
                java.util.Locale.ROOT,
                java.util.Set.of(Role.ADMIN),
                true,
                null);
        return runAs(system, work);
    }

    /**
     * Runs work as this person, with their own roles and checks: for demo data written as the
     * participants who would have written it.
     */
    public static <T> T runAs(org.springframework.security.core.userdetails.UserDetails user, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        VaadinSession vaadinSession = VaadinSession.getCurrent();
        CurrentInstance.set(VaadinSession.class, null);
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
            CurrentInstance.set(VaadinSession.class, vaadinSession);
        }
    }

    public static void runAsAdministrator(Runnable work) {
        runAsAdministrator(() -> {
            work.run();
            return null;
        });
    }
}
