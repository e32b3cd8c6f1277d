package nl.pendel.schedule.internal;

import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The calendar_token table: per person the hash of their secret calendar feed token. No access
 * checks here: the calendar feed service checks who asks.
 */
@Component
public class CalendarTokens {

    private final JdbcClient jdbc;

    CalendarTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Replaces the person's token by one with this hash. */
    public void replace(long personId, String tokenHash, Instant at) {
        jdbc.sql("delete from calendar_token where person_id = ?")
                .param(personId)
                .update();
        jdbc.sql("insert into calendar_token (person_id, token_hash, created_at) values (?, ?, ?)")
                .params(personId, tokenHash, at)
                .update();
    }

    /** Whether the person has a token. */
    public boolean exists(long personId) {
        return jdbc.sql("select count(*) from calendar_token where person_id = ?")
                        .param(personId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** The person whose token has this hash. */
    public Optional<Long> personWith(String tokenHash) {
        return jdbc.sql("select person_id from calendar_token where token_hash = ?")
                .param(tokenHash)
                .query(Long.class)
                .optional();
    }
}
