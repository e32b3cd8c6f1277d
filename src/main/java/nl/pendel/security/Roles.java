package nl.pendel.security;

/** Role names as constants for {@code @RolesAllowed} and {@code @PreAuthorize}. */
public final class Roles {

    public static final String ADMIN = "ADMIN";
    public static final String TRAINER = "TRAINER";
    public static final String PARTICIPANT = "PARTICIPANT";
    public static final String TEAM_LEAD = "TEAM_LEAD";

    private Roles() {}
}
