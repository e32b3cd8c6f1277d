package nl.pendel.plan.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.pendel.account.PersonProfile;
import nl.pendel.account.PersonService;
import nl.pendel.cluster.ClusterJobs;
import nl.pendel.cluster.ClusterNode;
import nl.pendel.plan.PlanSectionSaved;
import nl.pendel.security.SystemAuthentication;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Saved sections for the other nodes of a cluster ({@code plan_event}). Each save is written here in
 * its own transaction, with this node as origin; the live view of every node reads back the saves
 * of other nodes for the plans open on it. Times are the database server's, so nodes whose clocks
 * differ a little still read the same window.
 */
@Component
public class PlanEventLog {

    private final JdbcClient jdbc;
    private final ClusterNode node;
    private final PersonService people;
    private final ClusterJobs jobs;

    public PlanEventLog(JdbcClient jdbc, ClusterNode node, PersonService people, ClusterJobs jobs) {
        this.jdbc = jdbc;
        this.node = node;
        this.people = people;
        this.jobs = jobs;
    }

    /** Once an hour, on one node: rows older than a day go (they only serve the live view). */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    void purge() {
        jobs.runOnce("plan-events-cleanup", Duration.ofMinutes(10), () -> purgeOlderThan(Duration.ofDays(1)));
    }

    /** A save made on another node, with its row id (to deliver each once). */
    public record Remote(long id, PlanSectionSaved saved) {}

    /** Runs inside the saving transaction, so the row exists exactly when the save does. */
    @EventListener
    void on(PlanSectionSaved saved) {
        jdbc.sql("""
                        insert into plan_event (plan_id, section_key, version, person_id, origin, created_at)
                        values (?, ?, ?, ?, ?, now(6))""")
                .params(saved.planId(), saved.sectionKey(), saved.version(), saved.personId(), node.name())
                .update();
    }

    /**
     * The saves that other nodes made to these plans in the last {@code window}, oldest first,
     * with the saved text and the writer's name.
     */
    public List<Remote> fromOtherNodes(Collection<Long> planIds, Duration window) {
        if (planIds.isEmpty()) {
            return List.of();
        }
        List<Row> rows = rows(planIds, window);
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, String> names = names(rows.stream().map(Row::personId).collect(Collectors.toSet()));
        return rows.stream()
                .map(r -> new Remote(
                        r.id(),
                        new PlanSectionSaved(
                                r.planId(),
                                r.key(),
                                r.version(),
                                r.personId(),
                                names.getOrDefault(r.personId(), "?"),
                                r.content(),
                                r.at())))
                .toList();
    }

    private record Row(long id, long planId, String key, long version, long personId, String content, Instant at) {}

    private List<Row> rows(Collection<Long> planIds, Duration window) {
        return jdbc.sql("""
                        select e.id, e.plan_id, e.section_key, e.version, e.person_id, v.content, v.saved_at
                        from plan_event e
                        join plan_section_version v
                          on v.plan_id = e.plan_id and v.section_key = e.section_key and v.version = e.version
                        where e.plan_id in (:plans) and e.origin <> :me
                          and e.created_at >= date_sub(now(6), interval :window microsecond)
                        order by e.id""")
                .param("plans", planIds)
                .param("me", node.name())
                .param("window", window.toNanos() / 1_000)
                .query((rs, n) -> new Row(
                        rs.getLong("id"),
                        rs.getLong("plan_id"),
                        rs.getString("section_key"),
                        rs.getLong("version"),
                        rs.getLong("person_id"),
                        rs.getString("content"),
                        rs.getTimestamp("saved_at").toInstant()))
                .list();
    }

    private Map<Long, String> names(Set<Long> personIds) {
        // the background thread that polls has no signed-in user
        return SystemAuthentication.runAsAdministrator(() -> people.profiles(personIds)).stream()
                .collect(Collectors.toMap(PersonProfile::id, PersonProfile::displayName));
    }

    /** Removes the rows older than {@code age}; answers how many. */
    public int purgeOlderThan(Duration age) {
        return jdbc.sql("delete from plan_event where created_at < date_sub(now(6), interval ? microsecond)")
                .param(age.toNanos() / 1_000)
                .update();
    }
}
