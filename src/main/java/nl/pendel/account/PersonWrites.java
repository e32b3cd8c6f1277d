package nl.pendel.account;

import java.time.Clock;
import nl.pendel.account.internal.Person;
import nl.pendel.security.CurrentUser;
import nl.pendel.security.Role;
import nl.pendel.shared.UserFacingException;
import nl.pendel.team.TeamService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Checks a person's draft against the teams and organisations and copies it onto the stored
 * person, for {@link PersonService#save}, which checks the role first and holds the transaction.
 */
@Component
class PersonWrites {

    private final TeamService teams;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final Clock clock;

    PersonWrites(TeamService teams, PasswordEncoder passwordEncoder, CurrentUser currentUser, Clock clock) {
        this.teams = teams;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Refuses a team or organisation that does not exist, and a participant or lead without a team. */
    void checkReferences(PersonDraft draft) {
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

    /** Copies the draft onto the person; true when it sets a password. */
    boolean apply(PersonDraft draft, String email, Person person) {
        person.setEmail(email);
        person.setDisplayName(draft.getDisplayName().strip());
        person.setDiscipline(draft.getDiscipline());
        person.setOrganisationId(draft.getOrganisationId());
        person.setRegisterNumber(PersonDraft.normalisedRegisterNumber(draft.getRegisterNumber()));
        person.setTeamId(draft.getTeamId());
        person.setRoles(draft.getRoles());
        person.setActive(draft.isActive());
        boolean passwordSet = !draft.getNewPassword().isEmpty() || draft.getPreparedPassword() != null;
        if (!draft.getNewPassword().isEmpty()) {
            person.setPasswordHash(PersonRecords.hash(passwordEncoder, draft.getNewPassword()));
        } else if (draft.getPreparedPassword() != null) {
            person.setPasswordHash(draft.getPreparedPassword().hash());
        }
        person.touch(clock.instant());
        if (passwordSet) {
            // the person's open sessions end (the administrator's own stays, when they set their own)
            keepThisSessionIfOwn(person);
        }
        return passwordSet;
    }

    private void keepThisSessionIfOwn(Person person) {
        if (person.getId() != null && person.getId() == currentUser.require().personId()) {
            currentUser.keepThisSession(person.getSessionGeneration());
        }
    }
}
