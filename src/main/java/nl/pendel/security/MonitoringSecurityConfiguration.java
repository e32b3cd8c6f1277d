package nl.pendel.security;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The actuator endpoints, before the portal's own security: {@code /actuator/health} (and its
 * liveness and readiness groups) is open to anyone, so a load balancer or orchestrator can probe
 * it; everything else there (metrics, Prometheus) needs the monitoring account over HTTP basic,
 * configured with {@code pendel.monitoring.username} and {@code pendel.monitoring.password}.
 * Without a password no account exists and those endpoints stay closed. The monitoring account
 * cannot sign in to the portal, and no portal account can read metrics.
 *
 * <p>In production the endpoints are served on a management port of their own ({@code
 * PENDEL_MANAGEMENT_PORT}, 8081, bound to {@code PENDEL_MANAGEMENT_ADDRESS}, 127.0.0.1), not on
 * the portal's port, which answers only {@code /livez} and {@code /readyz} for a load balancer.
 */
@Configuration(proxyBeanMethods = false)
class MonitoringSecurityConfiguration {

    static final String MONITORING = "MONITORING";
    private static final String REALM = "Pendel monitoring";

    /**
     * A 401 with a basic challenge. Set as the status, not sent as an error: Tomcat would then
     * forward to the portal's error page, whose security answers with a redirect to the login page.
     */
    private static AuthenticationEntryPoint entryPoint() {
        return (request, response, exception) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\"");
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        };
    }

    @Bean
    @Order(1)
    SecurityFilterChain monitoringFilterChain(
            HttpSecurity http,
            @Value("${pendel.monitoring.username:monitoring}") String username,
            @Value("${pendel.monitoring.password:}") String password)
            throws Exception {
        return http.securityMatcher(EndpointRequest.toAnyEndpoint())
                .authorizeHttpRequests(auth -> auth.requestMatchers(EndpointRequest.to("health"))
                        .permitAll()
                        .anyRequest()
                        .hasRole(MONITORING))
                .authenticationManager(new ProviderManager(new MonitoringAccount(username, password)))
                .httpBasic(basic -> basic.realmName(REALM).authenticationEntryPoint(entryPoint()))
                // a 401 with a basic challenge, never the portal's redirect to its login page
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(entryPoint())
                        .accessDeniedHandler(
                                (request, response, denied) -> response.setStatus(HttpServletResponse.SC_FORBIDDEN)))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    /**
     * The one monitoring account. Its password is a secret of the configuration, not one a person
     * chose and reuses: it is compared as it is configured (digests compared in constant time), in
     * microseconds. An Argon2 hash of it would protect nothing (the plain password is in the same
     * environment) and cost about 150 ms of CPU for every scrape and every bogus request.
     */
    static final class MonitoringAccount implements AuthenticationProvider {

        private final byte[] username;
        private final byte[] password;
        private final String name;

        MonitoringAccount(String username, String password) {
            this.name = username;
            this.username = digest(username);
            this.password = password.isBlank() ? new byte[0] : digest(password);
        }

        @Override
        public Authentication authenticate(Authentication authentication) {
            Object credentials = authentication.getCredentials();
            boolean nameMatches = MessageDigest.isEqual(username, digest(authentication.getName()));
            boolean passwordMatches = password.length > 0
                    && credentials != null
                    && MessageDigest.isEqual(password, digest(credentials.toString()));
            if (!(nameMatches & passwordMatches)) {
                throw new BadCredentialsException("Bad monitoring credentials");
            }
            return UsernamePasswordAuthenticationToken.authenticated(
                    name, null, List.of(new SimpleGrantedAuthority("ROLE_" + MONITORING)));
        }

        @Override
        public boolean supports(Class<?> authentication) {
            return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
        }

        private static byte[] digest(String text) {
            try {
                return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
