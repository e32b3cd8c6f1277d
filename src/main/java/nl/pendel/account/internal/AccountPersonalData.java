package nl.pendel.account.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.pendel.account.Discipline;
import nl.pendel.security.Role;
import nl.pendel.shared.personaldata.ExportLabels;
import nl.pendel.shared.personaldata.PersonalData;
import nl.pendel.shared.personaldata.Rows;
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
    private final Clock clock;

    AccountPersonalData(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public String part() {
        return "profile";
    }

    @Override
    public Object export(long personId, ExportLabels labels) {
        Map<String, Object> profile = new LinkedHashMap<>(Rows.one(jdbc, """
                select p.id, p.email, p.display_name, p.discipline, p.register_number, p.locale as language,
                       p.active, p.password_hash is not null as can_sign_in, p.created_at, p.updated_at,
                       o.name as organisation, t.name as team, t.district as team_district
                from person p
                left join organisation o on o.id = p.organisation_id
                left join team t on t.id = p.team_id
                where p.id = ?""", personId));
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
