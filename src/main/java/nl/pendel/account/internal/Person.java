package nl.pendel.account.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import nl.pendel.account.Discipline;
import nl.pendel.security.Role;
import nl.pendel.shared.OneLineText;
import nl.pendel.shared.StorableText;

@Entity
@Table(name = "person")
public class Person {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String email;

    private String displayName;

    @Enumerated(EnumType.STRING)
    private Discipline discipline;

    private Long organisationId;

    private String registerNumber;

    private Long teamId;

    private String passwordHash;

    private String locale = "nl";

    private boolean active = true;

    /** Goes up with every password set; sessions signed in with a lower number end. */
    private long sessionGeneration;

    private String ssoKey;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "person_role", joinColumns = @JoinColumn(name = "person_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Version
    private long version;

    private Instant createdAt;

    private Instant updatedAt;

    protected Person() {}

    public Person(String email, String displayName, Instant now) {
        StorableText.check(displayName);
        OneLineText.check(displayName);
        OneLineText.check(email);
        this.email = email;
        this.displayName = displayName;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        OneLineText.check(email);
        this.email = email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        StorableText.check(displayName);
        OneLineText.check(displayName);
        this.displayName = displayName;
    }

    public Discipline getDiscipline() {
        return discipline;
    }

    public void setDiscipline(Discipline discipline) {
        this.discipline = discipline;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public String getRegisterNumber() {
        return registerNumber;
    }

    public void setRegisterNumber(String registerNumber) {
        this.registerNumber = registerNumber;
    }

    public Long getTeamId() {
        return teamId;
    }

    public void setTeamId(Long teamId) {
        this.teamId = teamId;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    /**
     * Sets the password; every session signed in before it ends (the caller keeps the session it
     * runs in, see {@code CurrentUser#keepThisSession}).
     */
    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
        this.sessionGeneration++;
    }

    /** The hash of the person's account at the identity provider, or null when not linked. */
    public String getSsoKey() {
        return ssoKey;
    }

    /** Links the person to their account at the identity provider (by its hash). */
    public void linkSingleSignOn(String ssoKey) {
        this.ssoKey = ssoKey;
    }

    /** Goes up with every password set; sessions signed in with a lower number end. */
    public long getSessionGeneration() {
        return sessionGeneration;
    }

    public String getLocale() {
        return locale;
    }

    public void setLocale(String locale) {
        this.locale = locale;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles.clear();
        this.roles.addAll(roles);
    }

    public long getVersion() {
        return version;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public void touch(Instant now) {
        this.updatedAt = now;
    }
}
