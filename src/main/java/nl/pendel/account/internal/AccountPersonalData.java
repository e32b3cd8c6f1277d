package nl.pendel.account.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.pendel.account.Discipline;
import nl.pendel.security.Role;
import nl.pendel.shared.personaldata.ExportLabels;
import nl.pendel.shared.personaldata.PersonalData;
import nl.pendel.shared.personaldata.Rows;
import nl.pendel.team.OrganisationSummary;
import nl.pendel.team.TeamService;
import nl.pendel.team.TeamSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The account's part: profile, team, organisation and roles. Erasure anonymises the person row
 * instead of deleting it, so what refers to it (courses, ratings, attendance, plan versions) keeps
 * adding up: the name becomes {@value #ERASED_NAME}, the e-mail address an unusable unique one,
 * password, register number, organisation and roles go, and the account cannot sign in. Team and
 * discipline stay for the anonymous figures (a team's averages, the breakdown by discipline).
 */
@Component
class AccountPersonalData implements PersonalData {

    static final String ERASED_NAME = "Verwijderde deelnemer";

    private final JdbcClient jdbc;
    private final TeamService teams;
    private final Clock clock;

    AccountPersonalData(JdbcClient jdbc, TeamService teams, Clock clock) {
        this.jdbc = jdbc;
        this.teams = teams;
        this.clock = clock;
    }

    @Override
    public String part() {
        return "profile";
    }

    @Override
    public Object export(long personId, ExportLabels labels) {
        Map<String, Object> profile = new LinkedHashMap<>(
                jdbc.sql("""
                        select id, email, display_name, discipline, register_number, locale as language,
                               active, password_hash is not null as can_sign_in, created_at, updated_at,
                               organisation_id, team_id
                        from person where id = ?""").param(personId).query(Rows.asJson()).optional().orElse(Map.of()));
        Object organisationId = profile.remove("organisation_id");
        Object teamId = profile.remove("team_id");
        Optional<TeamSummary> team = teamId instanceof Number id ? teams.findTeam(id.longValue()) : Optional.empty();
        profile.put(
                "organisation",
                organisationId instanceof Number id
                        ? teams.findOrganisation(id.longValue())
                                .map(OrganisationSummary::name)
                                .orElse(null)
                        : null);
        profile.put("team", team.map(TeamSummary::name).orElse(null));
        profile.put("team_district", team.map(TeamSummary::district).orElse(null));
        List<String> roles = jdbc.sql("select role from person_role where person_id = ? order by role")
                .param(personId)
                .query(String.class)
                .list();
        profile.put("roles", labels.of(roles, Role.class, Role::translationKey));
        labels.label(List.of(profile), "discipline", Discipline.class, Discipline::translationKey);
        profile.computeIfPresent("language", (column, code) -> labels.text("language." + code));
        return profile;
    }

    @Override
    public int erase(long personId) {
        int roles = jdbc.sql("delete from person_role where person_id = ?")
                .param(personId)
                .update();
        int person = jdbc.sql("""
                        update person set display_name = ?, email = concat('verwijderd-', id, '@pendel.invalid'),
                               password_hash = null, register_number = null, organisation_id = null,
                               locale = 'nl', active = false, version = version + 1, updated_at = ?
                        where id = ?""")
                .params(ERASED_NAME, Timestamp.from(clock.instant()), personId)
                .update();
        return roles + person;
    }

    @Override
    public int erasureOrder() {
        return 100;
    }
}
