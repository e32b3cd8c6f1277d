package nl.pendel.home;

import java.util.Map;
import java.util.Set;
import nl.pendel.security.Role;

/** Which screens the home page suggests to each role, by route. */
final class HomeActions {

    private static final Map<Role, Set<String>> PATHS = Map.of(
            Role.ADMIN,
                    Set.of(
                            "beheer/personen",
                            "beheer/personen/import",
                            "beheer/teams",
                            "beheer/organisaties",
                            "programmas"),
            Role.TRAINER, Set.of("cursussen", "agenda", "programmas"),
            Role.PARTICIPANT, Set.of("mijn-sessies", "cursussen", "profiel"),
            Role.TEAM_LEAD, Set.of("cursussen", "mijn-team"));

    private HomeActions() {}

    static Set<String> pathsFor(Role role) {
        return PATHS.getOrDefault(role, Set.of());
    }
}
