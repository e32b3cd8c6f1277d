package nl.pendel.security;

/** What a person may do in Pendel. A person can hold several roles. */
public enum Role {
    ADMIN,
    TRAINER,
    PARTICIPANT,
    TEAM_LEAD;

    /** The Spring Security authority for this role. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** The translation key of this role's name. */
    public String translationKey() {
        return "role." + name();
    }
}
