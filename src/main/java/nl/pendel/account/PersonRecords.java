package nl.pendel.account;

import java.util.Locale;
import java.util.Set;
import nl.pendel.account.internal.Person;
import nl.pendel.security.PasswordPolicy;
import nl.pendel.shared.UserFacingException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The records the account module gives out about a person, made from the stored person, and a
 * password as it is stored.
 */
final class PersonRecords {

    private PersonRecords() {}

    /** Checks the password against the policy and hashes it. */
    static String hash(PasswordEncoder encoder, String password) {
        PasswordPolicy.problem(password).ifPresent(key -> {
            throw new UserFacingException(key, PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH);
        });
        return encoder.encode(password);
    }

    static PersonProfile profile(Person person) {
        return new PersonProfile(
                person.getId(),
                person.getDisplayName(),
                person.getDiscipline(),
                person.getOrganisationId(),
                person.getTeamId());
    }

    static PersonContact contact(Person person) {
        return new PersonContact(
                person.getId(),
                person.getDisplayName(),
                person.getEmail(),
                Locale.forLanguageTag(person.getLocale()),
                person.isActive());
    }

    static PersonSummary summary(Person person) {
        return new PersonSummary(
                person.getId(),
                person.getEmail(),
                person.getDisplayName(),
                person.getDiscipline(),
                person.getOrganisationId(),
                person.getRegisterNumber(),
                person.getTeamId(),
                Set.copyOf(person.getRoles()),
                person.isActive(),
                person.getPasswordHash() != null || person.getSsoKey() != null,
                person.getLocale(),
                person.getVersion());
    }
}
