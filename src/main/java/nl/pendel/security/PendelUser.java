package nl.pendel.security;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person as the security layer knows them: enough to check the role and the
 * object (which team, which organisation) without a database round trip. A person signed in
 * through single sign-on is a {@link SingleSignOnUser}, which is this and the provider's
 * OpenID Connect user at once.
 */
public class PendelUser implements UserDetails, CredentialsContainer {

    private final long personId;
    private final String email;
    private final String displayName;
    private final @Nullable Long teamId;
    private final Locale locale;
    private final Set<Role> roles;
    private final boolean active;
    private final boolean registerNumberGiven;
    private final long sessionGeneration;
    private @Nullable String passwordHash;

    /** The session generation of a sign-in that did not read it: not compared. */
    public static final long GENERATION_UNKNOWN = -1;

    public PendelUser(
            long personId,
            String email,
            String displayName,
            @Nullable Long teamId,
            Locale locale,
            Set<Role> roles,
            boolean active,
            @Nullable String passwordHash) {
        this(personId, email, displayName, teamId, locale, roles, active, passwordHash, false);
    }

    /**
     * @param registerNumberGiven whether the person had given their professional register number
     *     when they signed in (the home page asks participants who had not, without a query)
     */
    public PendelUser(
            long personId,
            String email,
            String displayName,
            @Nullable Long teamId,
            Locale locale,
            Set<Role> roles,
            boolean active,
            @Nullable String passwordHash,
            boolean registerNumberGiven) {
        this(
                personId,
                email,
                displayName,
                teamId,
                locale,
                roles,
                active,
                passwordHash,
                registerNumberGiven,
                GENERATION_UNKNOWN);
    }

    /**
     * @param sessionGeneration the account's session generation at sign-in (it goes up with every
     *     password set; a session signed in with a lower one ends), or {@link #GENERATION_UNKNOWN}
     */
    public PendelUser(
            long personId,
            String email,
            String displayName,
            @Nullable Long teamId,
            Locale locale,
            Set<Role> roles,
            boolean active,
            @Nullable String passwordHash,
            boolean registerNumberGiven,
            long sessionGeneration) {
        this.sessionGeneration = sessionGeneration;
        this.personId = personId;
        this.email = email;
        this.displayName = displayName;
        this.teamId = teamId;
        this.locale = locale;
        this.roles = Set.copyOf(roles);
        this.active = active;
        this.passwordHash = passwordHash;
        this.registerNumberGiven = registerNumberGiven;
    }

    /** The same person, for a subclass that adds how they signed in. */
    protected PendelUser(PendelUser person) {
        this(
                person.personId,
                person.email,
                person.displayName,
                person.teamId,
                person.locale,
                person.roles,
                person.active,
                null,
                person.registerNumberGiven,
                person.sessionGeneration);
    }

    public long personId() {
        return personId;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    /** The team this person belongs to, if any (trainers from outside have none). */
    public @Nullable Long teamId() {
        return teamId;
    }

    public Locale locale() {
        return locale;
    }

    public Set<Role> roles() {
        return roles;
    }

    /** Whether the person had given their professional register number when they signed in. */
    public boolean registerNumberGiven() {
        return registerNumberGiven;
    }

    /** The account's session generation when this person signed in ({@link #GENERATION_UNKNOWN} if not read). */
    public long sessionGeneration() {
        return sessionGeneration;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream()
                .map(role -> new SimpleGrantedAuthority(role.authority()))
                .toList();
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return active;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public final boolean equals(Object other) {
        return other instanceof PendelUser that && that.personId == personId;
    }

    @Override
    public final int hashCode() {
        return Long.hashCode(personId);
    }

    @Override
    public String toString() {
        return "PendelUser[" + personId + ", " + roles + "]";
    }
}
