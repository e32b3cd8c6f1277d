package nl.pendel.account;

import java.time.Clock;
import java.util.Locale;
import nl.pendel.account.internal.Person;
import nl.pendel.account.internal.PersonRepository;
import nl.pendel.security.CurrentUser;
import nl.pendel.shared.Translations;
import nl.pendel.shared.UserFacingException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in person's own account, for everyone signed in: who they are, their password, their
 * language and their professional register number. Administrators manage other people through
 * {@link PersonService}.
 */
@Service
@Transactional(readOnly = true)
public class OwnAccountService {

    private final PersonRepository people;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final Clock clock;

    OwnAccountService(PersonRepository people, PasswordEncoder passwordEncoder, CurrentUser currentUser, Clock clock) {
        this.people = people;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The signed-in person. */
    @PreAuthorize("isAuthenticated()")
    public PersonSummary me() {
        return people.findById(currentUser.require().personId())
                .map(PersonRecords::summary)
                .orElseThrow(() -> new UserFacingException("error.not-found"));
    }

    /**
     * Changes the signed-in person's own password: their other sessions (other browsers, other
     * devices) end; the session that changed it stays signed in.
     *
     * @throws UserFacingException when the current password is wrong or the new one too weak
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void changeOwnPassword(String currentPassword, String newPassword) {
        Person person = people.findById(currentUser.require().personId()).orElseThrow();
        if (person.getPasswordHash() == null || !passwordEncoder.matches(currentPassword, person.getPasswordHash())) {
            AccountSecurityEvents.ownPasswordChangeRefused(person.getId());
            throw new UserFacingException("password.error.current-wrong");
        }
        person.setPasswordHash(PersonRecords.hash(passwordEncoder, newPassword));
        person.touch(clock.instant());
        AccountSecurityEvents.ownPasswordChanged(person.getId());
        // the person's other sessions end at their next request or within seconds on an open page
        currentUser.keepThisSession(person.getSessionGeneration());
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void changeOwnLanguage(Locale locale) {
        Person person = people.findById(currentUser.require().personId()).orElseThrow();
        person.setLocale(Translations.supported(locale).getLanguage());
        person.touch(clock.instant());
    }

    /**
     * Sets or clears (blank) the signed-in person's own professional register number.
     *
     * @throws UserFacingException when it is too long or has other characters than letters,
     *     digits, spaces and {@code - . /}
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public PersonSummary changeOwnRegisterNumber(String number) {
        PersonDraft.registerNumberProblem(number).ifPresent(key -> {
            throw new UserFacingException(key, PersonDraft.REGISTER_NUMBER_MAX);
        });
        Person person = people.findById(currentUser.require().personId()).orElseThrow();
        person.setRegisterNumber(PersonDraft.normalisedRegisterNumber(number));
        person.touch(clock.instant());
        return PersonRecords.summary(people.saveAndFlush(person));
    }
}
