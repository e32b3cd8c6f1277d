package nl.pendel.account;

import jakarta.validation.Valid;
import java.time.Clock;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.pendel.account.internal.Person;
import nl.pendel.account.internal.PersonRepository;
import nl.pendel.account.internal.RegisterNumber;
import nl.pendel.security.CurrentUser;
import nl.pendel.security.PendelUser;
import nl.pendel.security.Role;
import nl.pendel.security.Roles;
import nl.pendel.shared.UserFacingException;
import nl.pendel.shared.Versions;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * People and their accounts. Administrators manage everyone (every signed-in person manages their
 * own account through {@link OwnAccountService}); other modules read names, contacts and team
 * members here. People are deactivated, never deleted, so course history stays intact.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class PersonService {

    private final PersonRepository people;
    private final PersonWrites writes;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final Clock clock;

    PersonService(
            PersonRepository people,
            PersonWrites writes,
            PasswordEncoder passwordEncoder,
            CurrentUser currentUser,
            Clock clock) {
        this.people = people;
        this.writes = writes;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public List<PersonSummary> search(String filter, Long teamId, Pageable pageable) {
        return people.search(normalised(filter), teamId, pageable).stream()
                .map(PersonRecords::summary)
                .toList();
    }

    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public long count(String filter, Long teamId) {
        return people.countSearch(normalised(filter), teamId);
    }

    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public Optional<PersonSummary> find(long id) {
        return people.findById(id).map(PersonRecords::summary);
    }

    /**
     * The members of one team, for its team lead (only their own team) or an administrator.
     *
     * @throws AccessDeniedException for anyone else, including the lead of another team
     */
    @PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.TEAM_LEAD + "')")
    public List<PersonSummary> teamMembers(long teamId, Pageable pageable) {
        requireTeamAccess(teamId);
        return people.search("", teamId, pageable).stream()
                .map(PersonRecords::summary)
                .toList();
    }

    @PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.TEAM_LEAD + "')")
    public long countTeamMembers(long teamId) {
        requireTeamAccess(teamId);
        return people.countSearch("", teamId);
    }

    /** Active people who hold the trainer role, to choose a course's trainers from. */
    @PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.TRAINER + "')")
    public List<PersonProfile> trainers() {
        return people.findActiveWithRole(Role.TRAINER).stream()
                .map(PersonRecords::profile)
                .toList();
    }

    /**
     * The active members of a team, to choose course participants from: for trainers and
     * administrators, and for the lead of that team.
     */
    @PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.TRAINER + "', '" + Roles.TEAM_LEAD + "')")
    public List<PersonProfile> activeTeamMembers(long teamId) {
        requireTeamAccessUnlessTrainer(teamId);
        return people.findByTeamIdAndActiveTrueOrderByDisplayName(teamId).stream()
                .map(PersonRecords::profile)
                .toList();
    }

    /**
     * The active professionals of a team: its members who hold the participant role, the only
     * people a course of the team can enrol. The team lead and trainers are left out, unless they
     * hold the participant role as well (then they take part as a participant). For trainers and
     * administrators, and for the lead of that team.
     */
    @PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.TRAINER + "', '" + Roles.TEAM_LEAD + "')")
    public List<PersonProfile> activeTeamParticipants(long teamId) {
        requireTeamAccessUnlessTrainer(teamId);
        return people.findActiveInTeamWithRole(teamId, Role.PARTICIPANT).stream()
                .map(PersonRecords::profile)
                .toList();
    }

    /** Names, disciplines and organisations of the given people, e.g. a course's participants. */
    @PreAuthorize("isAuthenticated()")
    public List<PersonProfile> profiles(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return people.findProfiles(Set.copyOf(ids)).stream()
                .sorted(Comparator.comparing(PersonProfile::displayName))
                .toList();
    }

    /** E-mail address and language of the given people, for notifications (the system only). */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public List<PersonContact> contacts(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return people.findAllById(ids).stream().map(PersonRecords::contact).toList();
    }

    private void requireTeamAccessUnlessTrainer(long teamId) {
        if (!currentUser.require().hasRole(Role.TRAINER)) {
            requireTeamAccess(teamId);
        }
    }

    private void requireTeamAccess(long teamId) {
        PendelUser user = currentUser.require();
        boolean ownTeam = user.hasRole(Role.TEAM_LEAD) && Long.valueOf(teamId).equals(user.teamId());
        if (!user.hasRole(Role.ADMIN) && !ownTeam) {
            throw new AccessDeniedException("Not the lead of team " + teamId);
        }
    }

    @Transactional
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public PersonSummary save(@Valid PersonDraft draft) {
        String email = normalised(draft.getEmail());
        people.findByEmailIgnoreCase(email)
                .filter(other -> !other.getId().equals(draft.getId()))
                .ifPresent(other -> {
                    throw new UserFacingException("person.error.duplicate-email", email);
                });
        writes.checkReferences(draft);
        Person person = draft.getId() == null
                ? new Person(email, draft.getDisplayName().strip(), clock.instant())
                : loadForEdit(draft);
        boolean created = person.getId() == null;
        Set<Role> rolesBefore = created ? Set.of() : Set.copyOf(person.getRoles());
        boolean activeBefore = created || person.isActive();
        boolean passwordSet = writes.apply(draft, email, person);
        Person saved = people.saveAndFlush(person);
        AccountSecurityEvents.saved(
                currentUser.require().personId(),
                saved.getId(),
                created,
                rolesBefore,
                saved.getRoles(),
                activeBefore,
                saved.isActive(),
                passwordSet);
        return PersonRecords.summary(saved);
    }

    /** The stored person the draft edits, unchanged since the draft was read; never the editor's own demotion. */
    private Person loadForEdit(PersonDraft draft) {
        Person person = people.findById(draft.getId()).orElseThrow(() -> new UserFacingException("error.not-found"));
        Versions.requireUnchanged(person.getVersion(), draft.getVersion());
        if (person.getId() == currentUser.require().personId()
                && (!draft.isActive() || !draft.getRoles().contains(Role.ADMIN))) {
            throw new UserFacingException("person.error.cannot-demote-self");
        }
        return person;
    }

    /** How many active people hold the administrator role (the last one is never removed). */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public long countActiveAdministrators() {
        return people.findActiveWithRole(Role.ADMIN).size();
    }

    /** Deactivates a person: they can no longer sign in; their history stays. */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public PersonSummary deactivate(long id, long version) {
        Person person = people.findById(id).orElseThrow(() -> new UserFacingException("error.not-found"));
        Versions.requireUnchanged(person.getVersion(), version);
        if (person.getId() == currentUser.require().personId()) {
            throw new UserFacingException("person.error.cannot-demote-self");
        }
        person.setActive(false);
        person.touch(clock.instant());
        PersonSummary summary = PersonRecords.summary(people.saveAndFlush(person));
        AccountSecurityEvents.deactivated(currentUser.require().personId(), id);
        return summary;
    }

    /**
     * The professional register numbers of the given people that have one, in one query. This is
     * personal data: for trainers and administrators, and the caller checks the object (e.g. that
     * the trainer trains the course these people take part in).
     */
    @PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.TRAINER + "')")
    public Map<Long, String> registerNumbers(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return people.findRegisterNumbers(ids).stream()
                .collect(Collectors.toMap(RegisterNumber::personId, RegisterNumber::number));
    }

    /** Checks and hashes a password once, to give it to several new accounts. */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public PreparedPassword preparePassword(String password) {
        return new PreparedPassword(hash(password));
    }

    private String hash(String password) {
        return PersonRecords.hash(passwordEncoder, password);
    }

    /** An e-mail address or search filter as compared: stripped, lower case, "" for none. */
    private static String normalised(String text) {
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    }
}
