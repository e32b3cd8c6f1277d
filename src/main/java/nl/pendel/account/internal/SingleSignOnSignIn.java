package nl.pendel.account.internal;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import nl.pendel.account.PersonDraft;
import nl.pendel.security.PendelUser;
import nl.pendel.security.Role;
import nl.pendel.security.SecurityLog;
import nl.pendel.security.SecurityLog.Event;
import nl.pendel.security.SingleSignOnAccounts;
import nl.pendel.security.SingleSignOnIdentity;
import nl.pendel.security.SingleSignOnRefused;
import nl.pendel.security.SingleSignOnRefused.Reason;
import nl.pendel.security.SingleSignOnSettings;
import nl.pendel.security.SystemAuthentication;
import nl.pendel.shared.OneLineText;
import nl.pendel.shared.StorableText;
import nl.pendel.shared.Texts;
import nl.pendel.shared.UserFacingException;
import nl.pendel.team.TeamService;
import nl.pendel.team.TeamSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds, links or makes the Pendel person for a single sign-on (see {@link SingleSignOnAccounts}).
 * The provider's account is kept as a hash of its issuer and subject; the first sign-in links it
 * to the person with the provider's verified address, and after that the address may change.
 */
@Service
class SingleSignOnSignIn implements SingleSignOnAccounts {

    private final PersonRepository people;
    private final TeamService teams;
    private final SingleSignOnSettings settings;
    private final Clock clock;

    SingleSignOnSignIn(PersonRepository people, TeamService teams, SingleSignOnSettings settings, Clock clock) {
        this.people = people;
        this.teams = teams;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    @Transactional
    public PendelUser signIn(SingleSignOnIdentity identity) {
        Optional<Person> linked = people.findBySsoKey(identity.ssoKey());
        Person person = linked.orElseGet(() -> find(identity));
        boolean created = person.getId() == null;
        if (!person.isActive()) {
            throw new SingleSignOnRefused(Reason.INACTIVE);
        }
        Set<Role> rolesBefore = Set.copyOf(person.getRoles());
        if (identity.roles() != null) {
            person.setRoles(identity.roles());
        }
        if (identity.teamName() != null && !identity.teamName().isBlank()) {
            // nobody is signed in yet: the lookup is the system's, on the sign-in's behalf
            SystemAuthentication.runAsAdministrator(() -> teams.findTeamByName(identity.teamName()))
                    .map(TeamSummary::id)
                    .ifPresent(person::setTeamId);
        }
        if (person.getRoles().isEmpty()) {
            // nothing of this sign-in is kept: not the link, not a new person
            throw new SingleSignOnRefused(Reason.NO_ROLE);
        }
        if (linked.isEmpty()) {
            person.linkSingleSignOn(identity.ssoKey());
        }
        person.touch(clock.instant());
        Person saved = people.saveAndFlush(person);
        if (linked.isEmpty()) {
            SecurityLog.record(
                    created ? Event.SSO_CREATED : Event.SSO_LINKED,
                    saved.getId(),
                    Map.of("provider", identity.provider()));
        }
        if (created || !rolesBefore.equals(saved.getRoles())) {
            SecurityLog.record(
                    Event.ROLE_CHANGED,
                    saved.getId(),
                    Map.of("actor", "sso", "roles.before", names(rolesBefore), "roles.after", names(saved.getRoles())));
        }
        return AccountUserDetailsService.user(saved);
    }

    /**
     * The person with the provider's verified address (not yet linked), or a new one (not yet
     * stored) where the configuration allows.
     */
    private Person find(SingleSignOnIdentity identity) {
        String email = identity.email() == null ? "" : identity.email().strip().toLowerCase(Locale.ROOT);
        if (!identity.emailVerified() || email.isEmpty()) {
            throw new SingleSignOnRefused(Reason.NO_VERIFIED_EMAIL);
        }
        Optional<Person> found = people.findByEmailIgnoreCase(email);
        if (found.isPresent()) {
            if (found.get().getSsoKey() != null) {
                throw new SingleSignOnRefused(Reason.LINKED_TO_ANOTHER_ACCOUNT);
            }
            return found.get();
        }
        if (!settings.createPeople()) {
            throw new SingleSignOnRefused(Reason.UNKNOWN_PERSON);
        }
        String name = name(identity.displayName(), email);
        if (email.length() > PersonDraft.EMAIL_MAX || !OneLineText.holds(email)) {
            throw new SingleSignOnRefused(Reason.UNUSABLE_CLAIMS);
        }
        try {
            // a name that holds a resident's identifier (a BSN, an IBAN) is not stored
            StorableText.check(name);
            return new Person(email, name, clock.instant());
        } catch (UserFacingException refused) {
            throw new SingleSignOnRefused(Reason.UNUSABLE_CLAIMS);
        }
    }

    private static String name(@Nullable String given, String email) {
        String name = given == null ? "" : given.strip();
        if (Texts.blank(name) || name.length() > PersonDraft.NAME_MAX || !OneLineText.holds(name)) {
            name = email.substring(0, email.indexOf('@') < 1 ? email.length() : email.indexOf('@'));
        }
        return name.length() > PersonDraft.NAME_MAX ? name.substring(0, PersonDraft.NAME_MAX) : name;
    }

    private static String names(Set<Role> roles) {
        return String.join(",", new TreeSet<>(roles.stream().map(Role::name).toList()));
    }
}
