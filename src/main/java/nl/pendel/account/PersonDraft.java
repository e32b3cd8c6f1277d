package nl.pendel.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import nl.pendel.security.Role;
import nl.pendel.shared.Filled;
import nl.pendel.shared.OneLine;
import org.jspecify.annotations.Nullable;

/** What the person form edits. {@code id} is null for a new person. */
public class PersonDraft {

    public static final int NAME_MAX = 120;
    public static final int EMAIL_MAX = 254;
    public static final int REGISTER_NUMBER_MAX = 40;
    /** Letters, digits, spaces and {@code - . /}, as register numbers are written (e.g. "BIG 123/45-6"). */
    public static final String REGISTER_NUMBER_PATTERN = "[\\p{L}\\p{Nd} ./-]*";

    private Long id;
    private long version;

    @Filled(message = "{validation.required}")
    @Size(max = NAME_MAX, message = "{validation.max-length}")
    @OneLine
    private String displayName = "";

    @Filled(message = "{validation.required}")
    @Size(max = EMAIL_MAX, message = "{validation.max-length}")
    @Email(message = "{validation.email}")
    @OneLine
    private String email = "";

    private Discipline discipline;
    private Long organisationId;

    /** A professional register number, optional; blank is stored as none. */
    @Size(max = REGISTER_NUMBER_MAX, message = "{validation.max-length}")
    @Pattern(regexp = REGISTER_NUMBER_PATTERN, message = "{validation.register-number}")
    private String registerNumber = "";

    private Long teamId;

    @NotEmpty(message = "{validation.roles-required}")
    private Set<Role> roles = EnumSet.of(Role.PARTICIPANT);

    private boolean active = true;

    /** A new password, or empty to leave it unchanged. */
    private String newPassword = "";

    /** Alternatively, a password hashed beforehand. */
    private PreparedPassword preparedPassword;

    public static PersonDraft of(PersonSummary person) {
        PersonDraft draft = new PersonDraft();
        draft.id = person.id();
        draft.version = person.version();
        draft.displayName = person.displayName();
        draft.email = person.email();
        draft.discipline = person.discipline();
        draft.organisationId = person.organisationId();
        draft.registerNumber = person.registerNumber() == null ? "" : person.registerNumber();
        draft.teamId = person.teamId();
        draft.setRoles(person.roles());
        draft.active = person.active();
        return draft;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
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

    public void setRegisterNumber(@Nullable String registerNumber) {
        this.registerNumber = registerNumber == null ? "" : registerNumber;
    }

    /**
     * What is wrong with a register number as typed, as a translation key with {@link
     * #REGISTER_NUMBER_MAX} as its argument; empty when it may be stored. Blank is allowed.
     */
    public static Optional<String> registerNumberProblem(@Nullable String number) {
        String text = number == null ? "" : number.strip();
        if (text.codePointCount(0, text.length()) > REGISTER_NUMBER_MAX) {
            return Optional.of("person.error.register-number-too-long");
        }
        if (!text.matches(REGISTER_NUMBER_PATTERN)) {
            return Optional.of("person.error.register-number-invalid");
        }
        return Optional.empty();
    }

    /** The number as stored: stripped, or null when blank. */
    public static @Nullable String normalisedRegisterNumber(@Nullable String number) {
        return number == null || number.isBlank() ? null : number.strip();
    }

    public Long getTeamId() {
        return teamId;
    }

    public void setTeamId(Long teamId) {
        this.teamId = teamId;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(@Nullable Set<Role> roles) {
        EnumSet<Role> copy = EnumSet.noneOf(Role.class);
        if (roles != null) {
            copy.addAll(roles);
        }
        this.roles = copy;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public PreparedPassword getPreparedPassword() {
        return preparedPassword;
    }

    public void setPreparedPassword(PreparedPassword preparedPassword) {
        this.preparedPassword = preparedPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(@Nullable String newPassword) {
        this.newPassword = newPassword == null ? "" : newPassword;
    }
}
