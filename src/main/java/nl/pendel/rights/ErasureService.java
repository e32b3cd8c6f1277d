package nl.pendel.rights;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import nl.pendel.account.PersonService;
import nl.pendel.account.PersonSummary;
import nl.pendel.rights.internal.PrivacyLog;
import nl.pendel.security.CurrentUser;
import nl.pendel.security.PendelUser;
import nl.pendel.security.Role;
import nl.pendel.security.Roles;
import nl.pendel.shared.UserFacingException;
import nl.pendel.shared.personaldata.PersonalData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The right to erasure: an administrator erases a person, irreversibly, in one transaction. Every
 * module deletes the person's own free texts, drafts and attachments and keeps anonymous figures;
 * the account is anonymised last and can no longer sign in. Nobody erases themselves, and the last
 * active administrator is never erased.
 */
@Service
public class ErasureService {

    private static final Logger logger = LoggerFactory.getLogger(ErasureService.class);

    private final List<PersonalData> parts;
    private final PrivacyLog log;
    private final PersonService people;
    private final CurrentUser currentUser;
    private final Clock clock;

    ErasureService(
            List<PersonalData> parts, PrivacyLog log, PersonService people, CurrentUser currentUser, Clock clock) {
        this.parts = parts.stream()
                .sorted(Comparator.comparingInt(PersonalData::erasureOrder).thenComparing(PersonalData::part))
                .toList();
        this.log = log;
        this.people = people;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Erases this person.
     *
     * @throws UserFacingException for oneself, the last active administrator, or nobody
     */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public void erase(long personId) {
        PendelUser admin = currentUser.require();
        if (admin.personId() == personId) {
            throw new UserFacingException("rights.error.erase-self");
        }
        PersonSummary person = people.find(personId).orElseThrow(() -> new UserFacingException("error.not-found"));
        if (person.active() && person.roles().contains(Role.ADMIN) && people.countActiveAdministrators() <= 1) {
            throw new UserFacingException("rights.error.erase-last-admin");
        }
        int rows = 0;
        for (PersonalData part : parts) {
            rows += part.erase(personId);
        }
        log.recordErasure(personId, admin.personId(), clock.instant(), rows);
        logger.info("Person {} erased by person {} ({} rows)", personId, admin.personId(), rows);
    }
}
