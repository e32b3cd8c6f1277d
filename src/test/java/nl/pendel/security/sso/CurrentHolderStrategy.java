package nl.pendel.security.sso;

import java.util.function.Supplier;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The security context as the JVM's holder keeps it at each call. The test provider shares its JVM
 * with Pendel, whose Vaadin puts a holder strategy of its own in place after the provider has
 * started; with the strategy it found at its start, the provider's filters would keep the sign-in
 * in the old holder while its authorization and logout endpoints read the new one, and find nobody
 * signed in.
 */
final class CurrentHolderStrategy implements SecurityContextHolderStrategy {

    private static SecurityContextHolderStrategy now() {
        return SecurityContextHolder.getContextHolderStrategy();
    }

    @Override
    public void clearContext() {
        now().clearContext();
    }

    @Override
    public SecurityContext getContext() {
        return now().getContext();
    }

    @Override
    public Supplier<SecurityContext> getDeferredContext() {
        return now().getDeferredContext();
    }

    @Override
    public void setContext(SecurityContext context) {
        now().setContext(context);
    }

    @Override
    public void setDeferredContext(Supplier<SecurityContext> deferredContext) {
        now().setDeferredContext(deferredContext);
    }

    @Override
    public SecurityContext createEmptyContext() {
        return now().createEmptyContext();
    }
}
