package nl.pendel.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import nl.pendel.security.SecurityLog.Event;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * Turns the provider's signed-in user (after Spring Security checked the ID token's signature,
 * issuer, audience, expiry and nonce) into a Pendel person: found by the provider account's key,
 * else by verified e-mail address, else made where allowed; refused when deactivated, erased or
 * without a role. A refusal goes back to the login page with its reason.
 */
final class SingleSignOnUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    /** The prefix of the OAuth2 error codes that carry a {@link SingleSignOnRefused.Reason}. */
    static final String ERROR_PREFIX = "pendel-";

    private static final Logger log = LoggerFactory.getLogger(SingleSignOnUserService.class);

    private final OidcUserService provider = new OidcUserService();
    private final SingleSignOnAccounts accounts;
    private final SingleSignOnSettings settings;

    SingleSignOnUserService(SingleSignOnAccounts accounts, SingleSignOnSettings settings) {
        this.accounts = accounts;
        this.settings = settings;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser oidc = provider.loadUser(request);
        String registration = request.getClientRegistration().getRegistrationId();
        SingleSignOnIdentity identity = new SingleSignOnIdentity(
                key(oidc.getIdToken().getIssuer() + " " + oidc.getSubject()),
                oidc.getEmail(),
                Boolean.TRUE.equals(oidc.getEmailVerified()),
                oidc.getFullName(),
                roles(oidc.getClaims()),
                team(oidc.getClaims()),
                registration);
        try {
            PendelUser person = accounts.signIn(identity);
            SecurityLog.record(Event.SIGN_IN, person.personId(), Map.of("method", "sso", "provider", registration));
            OidcUserInfo info = oidc.getUserInfo() == null ? new OidcUserInfo(oidc.getClaims()) : oidc.getUserInfo();
            return new SingleSignOnUser(person, oidc.getIdToken(), info);
        } catch (SingleSignOnRefused refused) {
            SecurityLog.record(
                    Event.SSO_REFUSED,
                    null,
                    Map.of("provider", registration, "reason", refused.reason().code()));
            throw new OAuth2AuthenticationException(
                    new OAuth2Error(ERROR_PREFIX + refused.reason().code()), refused.getMessage(), refused);
        }
    }

    private @Nullable Set<Role> roles(Map<String, Object> claims) {
        if (settings.roles() != SingleSignOnSettings.RoleSource.CLAIMS) {
            return null;
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Object groups = claims.get(settings.rolesClaim());
        if (groups instanceof Collection<?> list) {
            list.forEach(group -> add(roles, String.valueOf(group)));
        } else if (groups != null) {
            add(roles, String.valueOf(groups));
        }
        return roles;
    }

    private void add(Set<Role> roles, String group) {
        Role role = settings.groupRoles().get(group);
        if (role != null) {
            roles.add(role);
        }
    }

    private @Nullable String team(Map<String, Object> claims) {
        String claim = settings.teamClaim();
        if (claim == null || claim.isBlank()) {
            return null;
        }
        Object team = claims.get(claim);
        return team == null ? "" : String.valueOf(team);
    }

    /**
     * Sends a failed single sign-on to the login page (which says why), and logs a failure that is
     * not one of Pendel's refusals (those are logged where they are made): the provider's error or
     * a token that did not pass its checks. The code goes to the security log; the description,
     * which may name a claim's value, only to this class's log.
     */
    static AuthenticationFailureHandler failureHandler(String loginPage) {
        SimpleUrlAuthenticationFailureHandler toLoginPage = new SimpleUrlAuthenticationFailureHandler(loginPage);
        return (request, response, failure) -> {
            if (failure instanceof OAuth2AuthenticationException oauth
                    && !oauth.getError().getErrorCode().startsWith(ERROR_PREFIX)) {
                SecurityLog.record(
                        Event.SSO_REFUSED,
                        null,
                        Map.of("reason", oauth.getError().getErrorCode(), "source.ip", request.getRemoteAddr()));
                String message = String.valueOf(oauth.getMessage());
                log.warn(
                        "Single sign-on failed: {} {}",
                        oauth.getError().getErrorCode(),
                        message.length() > 300 ? message.substring(0, 300) + "…" : message);
            }
            toLoginPage.onAuthenticationFailure(request, response, failure);
        };
    }

    /** The SHA-256 (hex) of the text: the provider account's key, stored instead of its subject. */
    static String key(String issuerAndSubject) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(issuerAndSubject.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java", e);
        }
    }
}
