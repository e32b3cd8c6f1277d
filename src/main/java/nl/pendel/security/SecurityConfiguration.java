package nl.pendel.security;

import com.vaadin.flow.spring.security.UidlRedirectStrategy;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import nl.pendel.security.ui.LoginView;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.CrossOriginOpenerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Spring Security through Vaadin's {@link VaadinSecurityConfigurer}: the login view, form login
 * with the attempt limiter (unless {@code pendel.login.local=false}), single sign-on through the
 * configured OpenID Connect providers (docs/single-sign-on.md), and method security ({@code @PreAuthorize}) for the services' own
 * checks. The views' {@code @RolesAllowed}/{@code @PermitAll} are enforced by Vaadin's navigation
 * access control; JSR-250 method security is off, because it made Spring wrap every new view
 * instance in a proxy (the load benchmark found that a sixth of the server's CPU went there).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

    /** Pendel uses none of these browser features; no page of it (or framed into it) may. */
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            @Value("${pendel.security.content-security-policy:}") String contentSecurityPolicy,
            @Value("${pendel.security.session-recheck:60s}") Duration sessionRecheck,
            SignedInAccounts people,
            Clock clock,
            SignInOptions options,
            ObjectProvider<ClientRegistrationRepository> registrations,
            SingleSignOnAccounts singleSignOnAccounts,
            SingleSignOnSettings singleSignOn)
            throws Exception {
        openPaths(http);
        headers(http, contentSecurityPolicy);
        // an erased, deactivated or changed account ends its open sessions (within sessionRecheck)
        http.addFilterBefore(new SessionRecheckFilter(people, sessionRecheck, clock), AuthorizationFilter.class);
        // a sign-in posted from another site is refused (login CSRF)
        http.addFilterBefore(new SameOriginLoginFilter("/login", options.localSignIn()), CsrfFilter.class);
        ClientRegistrationRepository clients = registrations.getIfAvailable();
        if (clients == null) {
            return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/login"))
                    .build();
        }
        return singleSignOn(http, clients, new SingleSignOnUserService(singleSignOnAccounts, singleSignOn));
    }

    /** What needs no sign-in besides Vaadin's own public parts. */
    private static void openPaths(HttpSecurity http) throws Exception {
        // the theme's stylesheets are public: the login page needs them (the actuator endpoints
        // have their own chain, MonitoringSecurityConfiguration)
        http.authorizeHttpRequests(auth -> auth.requestMatchers(PathPatternRequestMatcher.pathPattern("/styles/**"))
                .permitAll()
                // calendar feeds authenticate by the secret token in their address; the agenda
                // page at /agenda itself needs a sign-in
                .requestMatchers(PathPatternRequestMatcher.pathPattern(HttpMethod.GET, "/agenda/*.ics"))
                .permitAll()
                // the health probes on the application's port (the rest of management has its own
                // port in production, MonitoringSecurityConfiguration)
                .requestMatchers(
                        PathPatternRequestMatcher.pathPattern(HttpMethod.GET, "/livez"),
                        PathPatternRequestMatcher.pathPattern(HttpMethod.GET, "/readyz"))
                .permitAll());
    }

    /** The security headers of every answer. */
    private static void headers(HttpSecurity http, String contentSecurityPolicy) throws Exception {
        http.headers(headers -> headers.contentTypeOptions(c -> {})
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(r -> r.policy(
                        org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy
                                .SAME_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                .crossOriginOpenerPolicy(
                        coop -> coop.policy(CrossOriginOpenerPolicyHeaderWriter.CrossOriginOpenerPolicy.SAME_ORIGIN)));
        // written before the request is handled, not when the response is committed: Vaadin writes
        // its pages (the login page, the privacy statement, every route's first answer) past the
        // response wrapper that would notice the commit, so they went out without these headers
        http.headers(headers -> headers.addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
            @Override
            public <O extends HeaderWriterFilter> O postProcess(O filter) {
                filter.setShouldWriteHeadersEagerly(true);
                return filter;
            }
        }));
        // HSTS is on by Spring Security's defaults and sent on https requests (behind a proxy: when
        // it says X-Forwarded-Proto: https, see application-production.properties)
        if (!contentSecurityPolicy.isBlank()) {
            http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy)));
        }
    }

    /** Sign-in through the municipality's identity provider, and signing out there too. */
    private static SecurityFilterChain singleSignOn(
            HttpSecurity http, ClientRegistrationRepository clients, SingleSignOnUserService users) throws Exception {
        // single sign-on: authorization code with PKCE (Spring Security's default for the
        // authorization code grant), the person found or made by SingleSignOnUserService; a
        // refusal goes to /login?error with its reason, as a wrong password does
        http.oauth2Login(oauth -> oauth.loginPage("/login")
                .userInfoEndpoint(info -> info.oidcUserService(users))
                .failureHandler(SingleSignOnUserService.failureHandler("/login?error")));
        // signing out ends the session at the provider too (RP-initiated logout), where the
        // provider offers it, and comes back to the login page; the browser is sent there by the
        // page itself (a redirect of Vaadin's request would be followed by its fetch, cross-site,
        // without the provider's cookie)
        OidcClientInitiatedLogoutSuccessHandler logout = new OidcClientInitiatedLogoutSuccessHandler(clients);
        logout.setPostLogoutRedirectUri("{baseUrl}/login");
        logout.setDefaultTargetUrl("/login");
        logout.setRedirectStrategy(new UidlRedirectStrategy());
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/login")
                        .logoutSuccessHandler(logout))
                .build();
    }

    /** Argon2id for new hashes; bcrypt hashes (e.g. from an import) are still accepted. */
    @Bean
    PasswordEncoder passwordEncoder() {
        String defaultId = "argon2";
        return new DelegatingPasswordEncoder(
                defaultId,
                Map.of(
                        defaultId,
                        Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                        "bcrypt",
                        new BCryptPasswordEncoder()));
    }

    @Bean
    LimitingAuthenticationProvider authenticationProvider(
            UserDetailsService userDetailsService, PasswordEncoder passwordEncoder, LoginAttemptLimiter limiter) {
        DaoAuthenticationProvider dao = new DaoAuthenticationProvider(userDetailsService);
        dao.setPasswordEncoder(passwordEncoder);
        return new LimitingAuthenticationProvider(dao, userDetailsService, limiter);
    }
}
