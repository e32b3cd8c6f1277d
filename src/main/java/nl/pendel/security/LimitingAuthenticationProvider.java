package nl.pendel.security;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.pendel.security.SecurityLog.Event;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.transaction.TransactionException;

/**
 * Checks the password like Spring's DAO provider, but first looks up which account the typed name
 * finds and asks the {@link LoginAttemptLimiter} whether that account and the address may try now.
 * Every outcome is a security event ({@link SecurityLog}); the typed name and password never are.
 */
class LimitingAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider delegate;
    private final UserDetailsService people;
    private final LoginAttemptLimiter limiter;

    LimitingAuthenticationProvider(
            DaoAuthenticationProvider delegate, UserDetailsService people, LoginAttemptLimiter limiter) {
        this.delegate = delegate;
        this.people = people;
        this.limiter = limiter;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String typed = authentication.getName();
        String address = address(authentication);
        Long personId = personId(typed);
        LoginAttemptLimiter.Attempt attempt;
        try {
            attempt = limiter.begin(typed, personId, address);
        } catch (LoginBlockedException blocked) {
            SecurityLog.record(Event.SIGN_IN_BLOCKED, personId, details(address, "until", blocked.blockedUntil()));
            throw blocked;
        } catch (DataAccessException | TransactionException unavailable) {
            throw new InternalAuthenticationServiceException("Sign-in throttle unavailable", unavailable);
        }
        Authentication result;
        try {
            result = delegate.authenticate(authentication);
        } catch (AuthenticationException failed) {
            SecurityLog.record(
                    Event.SIGN_IN_FAILED,
                    personId,
                    details(address, "reason", personId == null ? "unknown-account" : reason(failed)));
            throw failed;
        }
        try {
            limiter.succeeded(attempt);
        } catch (DataAccessException | TransactionException unavailable) {
            throw new InternalAuthenticationServiceException("Sign-in throttle unavailable", unavailable);
        }
        SecurityLog.record(Event.SIGN_IN, personId, details(address, "known-address", attempt.knownAddress()));
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** The id of the account the typed name finds, the way the password check will find it. */
    private @Nullable Long personId(String typed) {
        try {
            UserDetails found = people.loadUserByUsername(typed);
            return found instanceof PendelUser person ? person.personId() : null;
        } catch (UsernameNotFoundException unknown) {
            return null;
        } catch (DataAccessException | TransactionException unavailable) {
            throw new InternalAuthenticationServiceException("Account lookup unavailable", unavailable);
        }
    }

    private static String reason(AuthenticationException failed) {
        return switch (failed) {
            case org.springframework.security.authentication.BadCredentialsException b -> "wrong-password";
            case org.springframework.security.authentication.DisabledException d -> "deactivated";
            default -> failed.getClass().getSimpleName();
        };
    }

    private static Map<String, Object> details(String address, String key, Object value) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("source.ip", address);
        details.put(key, value);
        return details;
    }

    private static String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : "unknown";
    }
}
