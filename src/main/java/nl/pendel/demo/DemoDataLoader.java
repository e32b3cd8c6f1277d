package nl.pendel.demo;

import java.util.HashMap;
import java.util.Map;
import nl.pendel.account.PersonDraft;
import nl.pendel.account.PersonService;
import nl.pendel.database.EmbeddedDatabaseCondition;
import nl.pendel.security.SystemAuthentication;
import nl.pendel.team.OrganisationDraft;
import nl.pendel.team.TeamDraft;
import nl.pendel.team.TeamService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo data once, in one transaction, through the same services an administrator uses.
 * {@code pendel.demo-data}: {@code auto} (default) loads it on the embedded database or with the
 * {@code demo} profile; {@code true} and {@code false} force it. Never with the {@code production} (or {@code prod})
 * profile.
 */
@Component
@Order(20)
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final Environment environment;
    private final TeamService teams;
    private final PersonService people;
    private final TransactionTemplate transactions;
    private final DemoCourse demoCourse;
    private final DemoLoadTeams loadTeams;

    DemoDataLoader(
            Environment environment,
            TeamService teams,
            PersonService people,
            TransactionTemplate transactions,
            DemoCourse demoCourse,
            DemoLoadTeams loadTeams) {
        this.environment = environment;
        this.teams = teams;
        this.people = people;
        this.transactions = transactions;
        this.demoCourse = demoCourse;
        this.loadTeams = loadTeams;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (enabled()) {
            SystemAuthentication.runAsAdministrator(this::loadOnce);
        }
    }

    boolean enabled() {
        if (environment.acceptsProfiles(Profiles.of("prod", "production"))) {
            return false;
        }
        String setting = environment.getProperty("pendel.demo-data", "auto");
        return switch (setting) {
            case "true" -> true;
            case "false" -> false;
            default ->
                EmbeddedDatabaseCondition.isEmbedded(environment) || environment.acceptsProfiles(Profiles.of("demo"));
        };
    }

    /** Loads the demo unless it is there already; true when it loaded anything now. */
    boolean loadOnce() {
        boolean loaded = false;
        if (teams.findTeamByName(DemoPeople.KORREWEGWIJK).isEmpty()) {
            transactions.executeWithoutResult(status -> load());
            log.info("Demo data loaded: {} people; sign in with e.g. trainer@pendel.test", DemoPeople.PEOPLE.size());
            loaded = true;
        }
        if (demoCourse != null && demoCourse.missing()) {
            transactions.executeWithoutResult(status -> demoCourse.create());
            log.info("Demo course loaded: WIJ-Korrewegwijk, meeting 1 held last week");
            loaded = true;
        }
        int wanted = environment.getProperty("pendel.demo.load-teams", Integer.class, 0);
        for (int team = 1; team <= wanted; team++) {
            if (!loadTeams.exists(team)) {
                int number = team;
                transactions.executeWithoutResult(status -> loadTeams.create(number));
                log.info("Load-benchmark team {} of {} loaded", team, wanted);
                loaded = true;
            }
        }
        return loaded;
    }

    private void load() {
        Map<String, Long> organisationIds = new HashMap<>();
        for (String name : DemoPeople.ORGANISATIONS) {
            OrganisationDraft draft = new OrganisationDraft();
            draft.setName(name);
            organisationIds.put(name, teams.saveOrganisation(draft).id());
        }
        Map<String, Long> teamIds = new HashMap<>();
        teamIds.put(DemoPeople.KORREWEGWIJK, team(DemoPeople.KORREWEGWIJK, "Korrewegwijk"));
        teamIds.put(DemoPeople.OOSTERPARK, team(DemoPeople.OOSTERPARK, "Oosterpark"));
        var password = people.preparePassword(DemoPeople.PASSWORD);
        for (int i = 0; i < DemoPeople.PEOPLE.size(); i++) {
            DemoPeople.DemoPerson person = DemoPeople.PEOPLE.get(i);
            PersonDraft draft = new PersonDraft();
            draft.setEmail(person.email());
            draft.setDisplayName(person.name());
            draft.setDiscipline(person.discipline());
            draft.setRegisterNumber(DemoPeople.registerNumber(person, i));
            draft.setOrganisationId(organisationIds.get(person.organisation()));
            draft.setTeamId(person.team() == null ? null : teamIds.get(person.team()));
            draft.setRoles(person.roles());
            draft.setPreparedPassword(password);
            people.save(draft);
        }
    }

    private long team(String name, String district) {
        TeamDraft draft = new TeamDraft();
        draft.setName(name);
        draft.setDistrict(district);
        return teams.saveTeam(draft).id();
    }
}
