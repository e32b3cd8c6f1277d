package nl.pendel.security;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The actuator endpoints, before the portal's own security: {@code /actuator/health} (and its
 * liveness and readiness groups) is open to anyone, so a load balancer or orchestrator can probe
 * it; everything else there (metrics, Prometheus) needs the monitoring account over HTTP basic,
 * configured with {@code pendel.monitoring.username} and {@code pendel.monitoring.password}.
 * Without a password no account exists and those endpoints stay closed. The monitoring account
 * cannot sign in to the portal, and no portal account can read metrics.
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
            PasswordEncoder passwordEncoder,
            @Value("${pendel.monitoring.username:monitoring}") String username,
            @Value("${pendel.monitoring.password:}") String password)
            throws Exception {
        InMemoryUserDetailsManager accounts = new InMemoryUserDetailsManager();
        if (!password.isBlank()) {
            UserDetails monitoring = User.withUsername(username)
                    .password(passwordEncoder.encode(password))
                    .roles(MONITORING)
                    .build();
            accounts.createUser(monitoring);
        }
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(accounts);
        provider.setPasswordEncoder(passwordEncoder);
        return http.securityMatcher(EndpointRequest.toAnyEndpoint())
                .authorizeHttpRequests(auth -> auth.requestMatchers(EndpointRequest.to("health"))
                        .permitAll()
                        .anyRequest()
                        .hasRole(MONITORING))
                .authenticationManager(new ProviderManager(provider))
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
}
