package nl.pendel.account;

import jakarta.validation.Valid;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.pendel.account.internal.Person;
import nl.pendel.account.internal.PersonRepository;
import nl.pendel.security.CurrentUser;
import nl.pendel.security.PasswordPolicy;
import nl.pendel.security.PendelUser;
import nl.pendel.security.Role;
import nl.pendel.security.Roles;
import nl.pendel.shared.Translations;
import nl.pendel.shared.UserFacingException;
import nl.pendel.shared.Versions;
import nl.pendel.team.TeamService;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * People and their accounts. Administrators manage everyone; every signed-in person manages their
 * own password and language. People are deactivated, never deleted, so course history stays
 * intact.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class PersonService {

    private final PersonRepository people;
    private final TeamService teams;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final Clock clock;

    PersonService(
            PersonRepository people,
            TeamService teams,
            PasswordEncoder passwordEncoder,
            CurrentUser currentUser,
            Clock clock) {
        this.people = people;
        this.teams = teams;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public List<PersonSummary> search(@Nullable String filter, @Nullable Long teamId, Pageable pageable) {
        return people.search(normalisedFilter(filter), teamId, pageable).stream()
                .map(PersonService::summary)
                .toList();
    }

    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public long count(@Nullable String filter, @Nullable Long teamId) {
        return people.countSearch(normalisedFilter(filter), teamId);
    }

    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public Optional<PersonSummary> find(long id) {
        return people.findById(id).map(PersonService::summary);
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
                .map(PersonService::summary)
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
                .map(PersonService::profile)
                .toList();
    }

    /**
     * The active members of a team, to choose course participants from: for trainers and
     * administrators, and for the lead of that team.
     */
    @PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.TRAINER + "', '" + Roles.TEAM_LEAD + "')")
    public List<PersonProfile> activeTeamMembers(long teamId) {
        PendelUser user = currentUser.require();
        if (!user.hasRole(Role.ADMIN) && !user.hasRole(Role.TRAINER)) {
            requireTeamAccess(teamId);
        }
        return people.findByTeamIdAndActiveTrueOrderByDisplayName(teamId).stream()
                .map(PersonService::profile)
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
        PendelUser user = currentUser.require();
        if (!user.hasRole(Role.ADMIN) && !user.hasRole(Role.TRAINER)) {
            requireTeamAccess(teamId);
        }
        return people.findActiveInTeamWithRole(teamId, Role.PARTICIPANT).stream()
                .map(PersonService::profile)
                .toList();
    }

    /** Names, disciplines and organisations of the given people, e.g. a course's participants. */
    @PreAuthorize("isAuthenticated()")
    public List<PersonProfile> profiles(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        // Within a screen's read-only transaction, the profiles read so far answer what they can.
        Map<Long, PersonProfile> known =
                nl.pendel.shared.ReadMemo.get("account.profiles", "read so far", java.util.HashMap::new);
        java.util.Set<Long> missing = new java.util.HashSet<>(ids);
        missing.removeAll(known.keySet());
        if (!missing.isEmpty()) {
            people.findProfiles(missing).forEach(p -> known.put(p.id(), p));
        }
        return java.util.Set.copyOf(ids).stream()
                .map(known::get)
                .filter(java.util.Objects::nonNull)
                .sorted(java.util.Comparator.comparing(PersonProfile::displayName))
                .toList();
    }

    /** E-mail address and language of the given people, for notifications (the system only). */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public List<PersonContact> contacts(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return people.findAllById(ids).stream()
                .map(p -> new PersonContact(
                        p.getId(),
                        p.getDisplayName(),
                        p.getEmail(),
                        java.util.Locale.forLanguageTag(p.getLocale()),
                        p.isActive()))
                .toList();
    }

    static PersonProfile profile(Person person) {
        return new PersonProfile(
                person.getId(),
                person.getDisplayName(),
                person.getDiscipline(),
                person.getOrganisationId(),
                person.getTeamId());
    }

    private void requireTeamAccess(long teamId) {
        PendelUser user = currentUser.require();
        boolean ownTeam = user.hasRole(Role.TEAM_LEAD) && Long.valueOf(teamId).equals(user.teamId());
        if (!user.hasRole(Role.ADMIN) && !ownTeam) {
            throw new AccessDeniedException("Not the lead of team " + teamId);
        }
    }

    /** The signed-in person. */
    @PreAuthorize("isAuthenticated()")
    public PersonSummary me() {
        return people.findById(currentUser.require().personId())
                .map(PersonService::summary)
                .orElseThrow(() -> new UserFacingException("error.not-found"));
    }

    @Transactional
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public PersonSummary save(@Valid PersonDraft draft) {
        String email = normalisedEmail(draft.getEmail());
        people.findByEmailIgnoreCase(email)
                .filter(other -> !other.getId().equals(draft.getId()))
                .ifPresent(other -> {
                    throw new UserFacingException("person.error.duplicate-email", email);
                });
        checkReferences(draft);
        Person person;
        if (draft.getId() == null) {
            person = new Person(email, draft.getDisplayName().strip(), clock.instant());
        } else {
            person = people.findById(draft.getId()).orElseThrow(() -> new UserFacingException("error.not-found"));
            Versions.requireUnchanged(person.getVersion(), draft.getVersion());
            if (person.getId() == currentUser.require().personId()
                    && (!draft.isActive() || !draft.getRoles().contains(Role.ADMIN))) {
                throw new UserFacingException("person.error.cannot-demote-self");
            }
        }
        boolean created = person.getId() == null;
        Set<Role> rolesBefore = created ? Set.of() : Set.copyOf(person.getRoles());
        boolean activeBefore = created || person.isActive();
        person.setEmail(email);
        person.setDisplayName(draft.getDisplayName().strip());
        person.setDiscipline(draft.getDiscipline());
        person.setOrganisationId(draft.getOrganisationId());
        person.setRegisterNumber(PersonDraft.normalisedRegisterNumber(draft.getRegisterNumber()));
        person.setTeamId(draft.getTeamId());
        person.setRoles(draft.getRoles());
        person.setActive(draft.isActive());
        if (!draft.getNewPassword().isEmpty()) {
            person.setPasswordHash(hash(draft.getNewPassword()));
        } else if (draft.getPreparedPassword() != null) {
            person.setPasswordHash(draft.getPreparedPassword().hash());
        }
        person.touch(clock.instant());
        if (!draft.getNewPassword().isEmpty() || draft.getPreparedPassword() != null) {
            // the person's open sessions end (the administrator's own stays, when they set their own)
            keepThisSessionIfOwn(person);
        }
        Person saved = people.saveAndFlush(person);
        AccountSecurityEvents.saved(
                currentUser.require().personId(),
                saved.getId(),
                created,
                rolesBefore,
                saved.getRoles(),
                activeBefore,
                saved.isActive(),
                !draft.getNewPassword().isEmpty() || draft.getPreparedPassword() != null);
        return summary(saved);
    }

    private void keepThisSessionIfOwn(Person person) {
        if (person.getId() != null && person.getId() == currentUser.require().personId()) {
            currentUser.keepThisSession(person.getSessionGeneration());
        }
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
        PersonSummary summary = summary(people.saveAndFlush(person));
        AccountSecurityEvents.deactivated(currentUser.require().personId(), id);
        return summary;
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
        person.setPasswordHash(hash(newPassword));
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
        return summary(people.saveAndFlush(person));
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
        Map<Long, String> numbers = new HashMap<>();
        for (Object[] row : people.findRegisterNumbers(ids)) {
            numbers.put((Long) row[0], (String) row[1]);
        }
        return numbers;
    }

    /** Checks and hashes a password once, to give it to several new accounts. */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public PreparedPassword preparePassword(String password) {
        return new PreparedPassword(hash(password));
    }

    String hash(String password) {
        PasswordPolicy.problem(password).ifPresent(key -> {
            throw new UserFacingException(key, PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH);
        });
        return passwordEncoder.encode(password);
    }

    private void checkReferences(PersonDraft draft) {
        if (draft.getTeamId() != null && teams.findTeam(draft.getTeamId()).isEmpty()) {
            throw new UserFacingException("error.not-found");
        }
        if (draft.getOrganisationId() != null
                && teams.findOrganisation(draft.getOrganisationId()).isEmpty()) {
            throw new UserFacingException("error.not-found");
        }
        boolean needsTeam =
                draft.getRoles().contains(Role.PARTICIPANT) || draft.getRoles().contains(Role.TEAM_LEAD);
        if (needsTeam && draft.getTeamId() == null) {
            throw new UserFacingException("person.error.team-required");
        }
    }

    static String normalisedEmail(@Nullable String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    private static String normalisedFilter(@Nullable String filter) {
        return filter == null ? "" : filter.strip().toLowerCase(Locale.ROOT);
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
