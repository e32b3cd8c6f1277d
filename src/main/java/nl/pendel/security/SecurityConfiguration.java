package nl.pendel.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.util.Map;
import nl.pendel.security.ui.LoginView;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Spring Security through Vaadin's {@link VaadinSecurityConfigurer}: the login view, form login
 * with the attempt limiter, and method security for the services' own checks.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        // the theme's stylesheets are public: the login page needs them
        http.authorizeHttpRequests(auth -> auth.requestMatchers(EndpointRequest.to("health"))
                .permitAll()
                .requestMatchers(PathPatternRequestMatcher.pathPattern("/styles/**"))
                .permitAll()
                // calendar feeds authenticate by the secret token in their address; the agenda
                // page at /agenda itself needs a sign-in
                .requestMatchers(PathPatternRequestMatcher.pathPattern(HttpMethod.GET, "/agenda/*.ics"))
                .permitAll());
        http.headers(headers -> headers.contentTypeOptions(c -> {})
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(r -> r.policy(
                        org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy
                                .SAME_ORIGIN)));
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/login"))
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
        return new LimitingAuthenticationProvider(dao, limiter);
    }
}
