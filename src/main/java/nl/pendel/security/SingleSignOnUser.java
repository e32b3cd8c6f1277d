package nl.pendel.security;

import java.util.Map;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A person signed in through single sign-on: the Pendel person (so every check of role and object
 * works as for a password sign-in) and the provider's OpenID Connect user (so that signing out
 * can end the session at the provider too, with the ID token as its hint).
 */
public final class SingleSignOnUser extends PendelUser implements OidcUser {

    private final OidcIdToken idToken;
    private final OidcUserInfo userInfo;

    SingleSignOnUser(PendelUser person, OidcIdToken idToken, OidcUserInfo userInfo) {
        super(person);
        this.idToken = idToken;
        this.userInfo = userInfo;
    }

    @Override
    public Map<String, Object> getClaims() {
        return idToken.getClaims();
    }

    @Override
    public OidcUserInfo getUserInfo() {
        return userInfo;
    }

    @Override
    public OidcIdToken getIdToken() {
        return idToken;
    }

    @Override
    public Map<String, Object> getAttributes() {
        return idToken.getClaims();
    }

    /** The person's id in Pendel (the name the OAuth2 client files the person's tokens under). */
    @Override
    public String getName() {
        return Long.toString(personId());
    }
}
