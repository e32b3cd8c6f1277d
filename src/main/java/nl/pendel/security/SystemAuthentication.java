package nl.pendel.security;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs start-up work (demo data, the first administrator) with administrator rights, so that it
 * goes through the same secured services as a person would, instead of around them.
 */
public final class SystemAuthentication {

    private SystemAuthentication() {}

    public static <T> T runAsAdministrator(Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        PendelUser system = new PendelUser(
                0,
                "system@pendel.invalid",
                "Pendel",
                null,
                java.util.Locale.ROOT,
                java.util.Set.of(Role.ADMIN),
                true,
                null);
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                system, null, List.of(new SimpleGrantedAuthority(Role.ADMIN.authority()))));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void runAsAdministrator(Runnable work) {
        runAsAdministrator(() -> {
            work.run();
            return null;
        });
    }
}
