package nl.pendel.notification.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A lease per background job in the database: of several nodes, the one whose update takes the
 * expired lease runs the job; the others skip it until the lease expires.
 */
@Repository
public class JobLease {

    private final JdbcClient jdbc;

    JobLease(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean tryAcquire(String job, String holder, Instant now, Duration duration) {
        return jdbc.sql("""
                        update job_lease set holder = :holder, lease_until = :until
                        where name = :job and lease_until < :now""")
                        .param("holder", holder)
                        .param("until", Timestamp.from(now.plus(duration)))
                        .param("job", job)
                        .param("now", Timestamp.from(now))
                        .update()
                == 1;
    }
}
