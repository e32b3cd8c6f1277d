package nl.pendel.security;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Component;

/**
 * The ways in that the login page offers: the single sign-on providers configured (Spring Boot's
 * {@code spring.security.oauth2.client.registration.*}), and the local password unless
 * {@code pendel.login.local=false} (where everyone has single sign-on: then there is no password
 * form, no "Wachtwoord vergeten?" and no invitation to choose a password).
 */
@Component
public class SignInOptions {

    /** A single sign-on provider: its registration id (in the address) and the name on its button. */
    public record Provider(String id, String name) {}

    private final boolean localSignIn;
    private final List<Provider> providers;

    SignInOptions(
            @Value("${pendel.login.local:true}") boolean localSignIn,
            ObjectProvider<ClientRegistrationRepository> registrations) {
        this.localSignIn = localSignIn;
        List<Provider> found = new ArrayList<>();
        if (registrations.getIfAvailable() instanceof Iterable<?> all) {
            for (Object registration : all) {
                if (registration instanceof ClientRegistration client) {
                    found.add(new Provider(client.getRegistrationId(), client.getClientName()));
                }
            }
        }
        this.providers = List.copyOf(found);
        if (!localSignIn && providers.isEmpty()) {
            throw new IllegalStateException(
                    "pendel.login.local=false needs a single sign-on provider (spring.security.oauth2.client.registration.*),"
                            + " or nobody could sign in");
        }
    }

    /** Whether people may sign in with a password kept by Pendel. */
    public boolean localSignIn() {
        return localSignIn;
    }

    /** The single sign-on providers, in the order of the configuration. */
    public List<Provider> providers() {
        return providers;
    }
}
