package nl.pendel.security;

import java.util.Optional;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** Checks the password like Spring's DAO provider, but refuses blocked accounts and addresses. */
class LimitingAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider delegate;
    private final LoginAttemptLimiter limiter;

    LimitingAuthenticationProvider(DaoAuthenticationProvider delegate, LoginAttemptLimiter limiter) {
        this.delegate = delegate;
        this.limiter = limiter;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName();
        String address = address(authentication);
        Optional<java.time.Instant> blocked = limiter.blockedUntil(username, address);
        if (blocked.isPresent()) {
            throw new LoginBlockedException(blocked.get());
        }
        try {
            Authentication result = delegate.authenticate(authentication);
            limiter.recordSuccess(username);
            return result;
        } catch (BadCredentialsException e) {
            limiter.recordFailure(username, address);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : "unknown";
    }
}
