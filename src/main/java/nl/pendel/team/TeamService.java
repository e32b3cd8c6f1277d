package nl.pendel.team;

import jakarta.validation.Valid;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.pendel.security.Roles;
import nl.pendel.shared.UserFacingException;
import nl.pendel.shared.Versions;
import nl.pendel.team.internal.Organisation;
import nl.pendel.team.internal.OrganisationRepository;
import nl.pendel.team.internal.Team;
import nl.pendel.team.internal.TeamRepository;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Teams and organisations. Everyone signed in may read them (names only); only administrators
 * change them. Nothing is ever deleted: a team or organisation is deactivated.
 */
@Service
@Validated
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class TeamService {

    private final TeamRepository teams;
    private final OrganisationRepository organisations;

    TeamService(TeamRepository teams, OrganisationRepository organisations) {
        this.teams = teams;
        this.organisations = organisations;
    }

    public List<TeamSummary> teams(Pageable pageable) {
        return teams.findAllByOrderByNameAsc(pageable).map(TeamService::summary).getContent();
    }

    /** All teams, for a selection list (there is one per district, so a handful). */
    public List<TeamSummary> allTeams() {
        return teams(Pageable.ofSize(1000));
    }

    public Optional<TeamSummary> findTeam(long id) {
        return teams.findById(id).map(TeamService::summary);
    }

    public Optional<TeamSummary> findTeamByName(String name) {
        return teams.findByNameIgnoreCase(name.trim())
                .or(() -> teams.findByDistrictIgnoreCase(name.trim()))
                .map(TeamService::summary);
    }

    public Map<Long, String> teamNames(Collection<Long> ids) {
        return teams.findAllById(ids).stream().collect(Collectors.toMap(Team::getId, Team::getName));
    }

    public List<OrganisationSummary> organisations(Pageable pageable) {
        return organisations
                .findAllByOrderByNameAsc(pageable)
                .map(TeamService::summary)
                .getContent();
    }

    /** All organisations, for a selection list. */
    public List<OrganisationSummary> allOrganisations() {
        return organisations(Pageable.ofSize(1000));
    }

    public Optional<OrganisationSummary> findOrganisation(long id) {
        return organisations.findById(id).map(TeamService::summary);
    }

    public Optional<OrganisationSummary> findOrganisationByName(String name) {
        return organisations.findByNameIgnoreCase(name.trim()).map(TeamService::summary);
    }

    public Map<Long, String> organisationNames(Collection<Long> ids) {
        return organisations.findAllById(ids).stream()
                .collect(Collectors.toMap(Organisation::getId, Organisation::getName));
    }

    @Transactional
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public TeamSummary saveTeam(@Valid TeamDraft draft) {
        String name = draft.getName().strip();
        String district = draft.getDistrict().strip();
        teams.findByNameIgnoreCase(name)
                .filter(other -> !other.getId().equals(draft.getId()))
                .ifPresent(other -> {
                    throw new UserFacingException("team.error.duplicate-name", name);
                });
        teams.findByDistrictIgnoreCase(district)
                .filter(other -> !other.getId().equals(draft.getId()))
                .ifPresent(other -> {
                    throw new UserFacingException("team.error.duplicate-district", district);
                });
        Team team = draft.getId() == null ? new Team(name, district) : loadForEdit(draft);
        team.setName(name);
        team.setDistrict(district);
        team.setActive(draft.isActive());
        return summary(teams.saveAndFlush(team));
    }

    @Transactional
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public OrganisationSummary saveOrganisation(@Valid OrganisationDraft draft) {
        String name = draft.getName().strip();
        organisations
                .findByNameIgnoreCase(name)
                .filter(other -> !other.getId().equals(draft.getId()))
                .ifPresent(other -> {
                    throw new UserFacingException("organisation.error.duplicate-name", name);
                });
        Organisation organisation;
        if (draft.getId() == null) {
            organisation = new Organisation(name);
        } else {
            organisation = organisations.findById(draft.getId()).orElseThrow(TeamService::notFound);
            Versions.requireUnchanged(organisation.getVersion(), draft.getVersion());
        }
        organisation.setName(name);
        organisation.setActive(draft.isActive());
        return summary(organisations.saveAndFlush(organisation));
    }

    private Team loadForEdit(TeamDraft draft) {
        Team team = teams.findById(draft.getId()).orElseThrow(TeamService::notFound);
        Versions.requireUnchanged(team.getVersion(), draft.getVersion());
        return team;
    }

    private static UserFacingException notFound() {
        return new UserFacingException("error.not-found");
    }

    static TeamSummary summary(Team team) {
        return new TeamSummary(team.getId(), team.getName(), team.getDistrict(), team.isActive(), team.getVersion());
    }

    static OrganisationSummary summary(Organisation organisation) {
        return new OrganisationSummary(
                organisation.getId(), organisation.getName(), organisation.isActive(), organisation.getVersion());
    }
}
