package nl.pendel.security.sso;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.servlet.context.AnnotationConfigServletWebServerApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/**
 * A real OpenID Connect provider for the single sign-on tests: Spring Authorization Server in its
 * own small web application on a free port of 127.0.0.1 (another host than Pendel's
 * {@code localhost}, so that the browser keeps the two sessions' cookies apart). It has a sign-in
 * form of its own, signs ID tokens with a fresh RSA key, requires PKCE of its one client
 * ({@code pendel}) and ends its session on RP-initiated logout. Its people are added by the tests,
 * each with the claims a municipality's provider would give (address, whether it is verified,
 * name, groups, team). One provider serves the whole test run; each Pendel context under test
 * registers its address for the redirects.
 */
public final class TestIdentityProvider {

    /** The client id and secret Pendel uses. */
    public static final String CLIENT_ID = "pendel";

    public static final String CLIENT_SECRET = "pendel-geheim-alleen-voor-de-test";

    /** The registration id in Pendel (the address /oauth2/authorization/wij). */
    public static final String REGISTRATION = "wij";

    /** Someone who can sign in at the provider, and the claims it gives about them. */
    public record Account(
            String username,
            String password,
            String email,
            boolean emailVerified,
            String name,
            List<String> groups,
            String team) {}

    private static TestIdentityProvider shared;

    private final Map<String, Account> accounts = new ConcurrentHashMap<>();
    private final Set<Integer> pendelPorts = new CopyOnWriteArraySet<>();
    private final AnnotationConfigServletWebServerApplicationContext context;

    private TestIdentityProvider() {
        current = this;
        context = new AnnotationConfigServletWebServerApplicationContext(ProviderConfiguration.class);
    }

    /** The provider of this test run, started at the first call. */
    public static synchronized TestIdentityProvider shared() {
        if (shared == null) {
            shared = new TestIdentityProvider();
        }
        return shared;
    }

    /** The provider's issuer, as Pendel is configured with it. */
    public String issuer() {
        return "http://127.0.0.1:" + context.getWebServer().getPort();
    }

    /** The Spring Boot properties that register this provider in Pendel. */
    public String[] pendelProperties() {
        String prefix = "spring.security.oauth2.client.";
        return new String[] {
            prefix + "registration." + REGISTRATION + ".client-id=" + CLIENT_ID,
            prefix + "registration." + REGISTRATION + ".client-secret=" + CLIENT_SECRET,
            prefix + "registration." + REGISTRATION + ".client-name=je WIJ-account",
            prefix + "registration." + REGISTRATION + ".scope=openid,profile,email",
            prefix + "provider." + REGISTRATION + ".issuer-uri=" + issuer()
        };
    }

    /** Lets the Pendel on this port be sent back to (its redirect and post-logout addresses). */
    public void allowPendelAt(int port) {
        pendelPorts.add(port);
    }

    /** Adds (or replaces) someone who can sign in here. */
    public Account add(Account account) {
        accounts.put(account.username(), account);
        return account;
    }

    /** A new account for this address (verified or not), with this name and these groups. */
    public Account accountFor(String email, boolean verified, String name, String... groups) {
        String username = "wij-" + UUID.randomUUID().toString().substring(0, 8);
        return add(new Account(username, "Wachtwoord-" + username, email, verified, name, List.of(groups), null));
    }

    /** A new account with a unique name and address, a verified address and these groups. */
    public Account newAccount(String name, String... groups) {
        String username = "wij-" + UUID.randomUUID().toString().substring(0, 8);
        return add(new Account(
                username, "Wachtwoord-" + username, username + "@groningen.test", true, name, List.of(groups), null));
    }

    private static volatile TestIdentityProvider current;

    /**
     * The provider's beans. Not a {@code @Configuration}: Pendel's component scan would take it
     * into Pendel's own context; the provider's context registers it by name.
     */
    @EnableWebSecurity
    static class ProviderConfiguration {

        /** See {@link CurrentHolderStrategy}. */
        @Bean
        SecurityContextHolderStrategy currentHolder() {
            return new CurrentHolderStrategy();
        }

        @Bean
        JwtDecoder userInfoTokens(JWKSource<com.nimbusds.jose.proc.SecurityContext> keys) {
            return OAuth2AuthorizationServerConfiguration.jwtDecoder(keys);
        }

        @Bean
        TomcatServletWebServerFactory webServer() {
            TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory(0);
            factory.setAddress(java.net.InetAddress.getLoopbackAddress());
            factory.setRegisterDefaultServlet(true);
            return factory;
        }

        @Bean
        @Order(1)
        SecurityFilterChain endpoints(HttpSecurity http) throws Exception {
            OAuth2AuthorizationServerConfigurer server = new OAuth2AuthorizationServerConfigurer();
            http.securityMatcher(server.getEndpointsMatcher())
                    .with(server, as -> as.oidc(Customizer.withDefaults()))
                    .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                    // the user info endpoint takes the access token as a bearer token
                    .oauth2ResourceServer(resource -> resource.jwt(Customizer.withDefaults()))
                    .exceptionHandling(
                            errors -> errors.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")));
            return http.build();
        }

        @Bean
        @Order(2)
        SecurityFilterChain signIn(HttpSecurity http) throws Exception {
            http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                    .formLogin(Customizer.withDefaults());
            return http.build();
        }

        @Bean
        UserDetailsService people() {
            return username -> {
                Account account = current.accounts.get(username);
                if (account == null) {
                    throw new UsernameNotFoundException(username);
                }
                return User.withUsername(username)
                        .password("{noop}" + account.password())
                        .roles("USER")
                        .build();
            };
        }

        @Bean
        RegisteredClientRepository clients() {
            return new RegisteredClientRepository() {
                @Override
                public void save(RegisteredClient client) {
                    // one client, built anew from the ports Pendel runs on (the provider would store
                    // the secret in a stronger encoding here; in the test it stays as it is)
                }

                @Override
                public RegisteredClient findById(String id) {
                    return CLIENT_ID.equals(id) ? client() : null;
                }

                @Override
                public RegisteredClient findByClientId(String clientId) {
                    return CLIENT_ID.equals(clientId) ? client() : null;
                }
            };
        }

        private static RegisteredClient client() {
            RegisteredClient.Builder client = RegisteredClient.withId(CLIENT_ID)
                    .clientId(CLIENT_ID)
                    .clientSecret("{noop}" + CLIENT_SECRET)
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                    .scope(OidcScopes.OPENID)
                    .scope(OidcScopes.PROFILE)
                    .scope(OidcScopes.EMAIL)
                    // without a code challenge the provider refuses: Pendel must use PKCE
                    .clientSettings(ClientSettings.builder()
                            .requireProofKey(true)
                            .requireAuthorizationConsent(false)
                            .build());
            for (int port : current.pendelPorts) {
                client.redirectUri("http://localhost:" + port + "/login/oauth2/code/" + REGISTRATION);
                client.postLogoutRedirectUri("http://localhost:" + port + "/login");
            }
            return client.build();
        }

        /** The claims a municipality's provider gives in the ID token. */
        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> claims() {
            return context -> {
                if (!OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
                    return;
                }
                Account account = current.accounts.get(context.getPrincipal().getName());
                if (account == null) {
                    return;
                }
                context.getClaims()
                        .claim("email", account.email())
                        .claim("email_verified", account.emailVerified())
                        .claim("name", account.name())
                        .claim("groups", account.groups());
                if (account.team() != null) {
                    context.getClaims().claim("team", account.team());
                }
            };
        }

        @Bean
        JWKSource<com.nimbusds.jose.proc.SecurityContext> keys() throws Exception {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            var pair = generator.generateKeyPair();
            RSAKey key = new RSAKey.Builder((RSAPublicKey) pair.getPublic())
                    .privateKey((RSAPrivateKey) pair.getPrivate())
                    .keyID(UUID.randomUUID().toString())
                    .build();
            return new ImmutableJWKSet<>(new JWKSet(key));
        }

        @Bean
        AuthorizationServerSettings settings() {
            return AuthorizationServerSettings.builder().build();
        }
    }
}
