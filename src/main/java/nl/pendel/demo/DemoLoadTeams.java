package nl.pendel.demo;

import java.util.List;
import java.util.Set;
import nl.pendel.account.Discipline;
import nl.pendel.account.PersonDraft;
import nl.pendel.account.PersonService;
import nl.pendel.security.Role;
import nl.pendel.team.OrganisationSummary;
import nl.pendel.team.TeamDraft;
import nl.pendel.team.TeamService;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Extra teams for the load benchmark ({@code pendel.demo.load-teams}, default 0): team k is
 * "Laadtest k" with a lead {@code laadtest<k>.teamleider@pendel.test} and 24 professionals
 * {@code laadtest<k>.deelnemer<01..24>@pendel.test} of eight disciplines, a trainer of its own
 * ({@code laadtest<k>.trainer@pendel.test}), and a running course
 * like Korrewegwijk's (subgroups, schedule, homework, self-assessments, plans), so that thousands
 * of simulated users each act as a different person. All demo accounts share the demo password.
 */
@Component
class DemoLoadTeams {

    static final int PARTICIPANTS = 24;

    private static final List<Discipline> DISCIPLINES = List.of(
            Discipline.SOCIAL_WORKER,
            Discipline.COMMUNITY_WORKER,
            Discipline.YOUTH_WORKER,
            Discipline.YOUTH_NURSE,
            Discipline.DEBT_COUNSELLOR,
            Discipline.WMO_CONSULTANT,
            Discipline.FAMILY_COACH,
            Discipline.ELDERLY_WORKER);

    private final TeamService teams;
    private final PersonService people;
    private final DemoCourse courses;

    DemoLoadTeams(TeamService teams, PersonService people, DemoCourse courses) {
        this.teams = teams;
        this.people = people;
        this.courses = courses;
    }

    static String name(int team) {
        return "Laadtest " + team;
    }

    static String leadEmail(int team) {
        return "laadtest" + team + ".teamleider@pendel.test";
    }

    static String trainerEmail(int team) {
        return "laadtest" + team + ".trainer@pendel.test";
    }

    static String participantEmail(int team, int number) {
        return "laadtest%d.deelnemer%02d@pendel.test".formatted(team, number);
    }

    /** Whether team k is there already (the loader adds only the missing ones). */
    boolean exists(int team) {
        return teams.findTeamByName(name(team)).isPresent();
    }

    /** Creates team k with its people and course; runs as an administrator in one transaction. */
    void create(int team) {
        TeamDraft teamDraft = new TeamDraft();
        teamDraft.setName(name(team));
        teamDraft.setDistrict(name(team));
        long teamId = teams.saveTeam(teamDraft).id();
        savePeople(team, teamId);
        courses.create(
                teamId,
                "Omgevingsgericht en preventief werken – " + name(team),
                "Wijkcentrum " + name(team),
                leadEmail(team),
                "Trainer " + name(team),
                null,
                false);
    }

    /** Team k's own trainer, its lead and its participants, spread over the organisations. */
    private void savePeople(int team, long teamId) {
        List<Long> organisations = DemoPeople.ORGANISATIONS.stream()
                .filter(o -> !o.equals(DemoPeople.HANZE))
                .map(o -> teams.findOrganisationByName(o).map(OrganisationSummary::id))
                .flatMap(java.util.Optional::stream)
                .toList();
        var password = people.preparePassword(DemoPeople.PASSWORD);
        // a trainer of its own, so that the teams' sessions never put one trainer in two places
        people.save(person(
                trainerEmail(team),
                "Trainer " + name(team),
                null,
                organisations.getFirst(),
                null,
                Role.TRAINER,
                password));
        people.save(person(
                leadEmail(team),
                "Teamleider " + name(team),
                null,
                organisations.getFirst(),
                teamId,
                Role.TEAM_LEAD,
                password));
        for (int i = 1; i <= PARTICIPANTS; i++) {
            people.save(person(
                    participantEmail(team, i),
                    "Deelnemer %02d %s".formatted(i, name(team)),
                    DISCIPLINES.get((i - 1) % DISCIPLINES.size()),
                    organisations.get((i - 1) % organisations.size()),
                    teamId,
                    Role.PARTICIPANT,
                    password));
        }
    }

    private static PersonDraft person(
            String email,
            String name,
            Discipline discipline,
            long organisationId,
            @Nullable Long teamId,
            Role role,
            nl.pendel.account.PreparedPassword password) {
        PersonDraft draft = new PersonDraft();
        draft.setEmail(email);
        draft.setDisplayName(name);
        draft.setDiscipline(discipline);
        draft.setOrganisationId(organisationId);
        draft.setTeamId(teamId);
        draft.setRoles(Set.of(role));
        draft.setPreparedPassword(password);
        return draft;
    }
}
