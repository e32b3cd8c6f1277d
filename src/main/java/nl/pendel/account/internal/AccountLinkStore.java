package nl.pendel.account.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import nl.pendel.account.LinkPurpose;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The {@code account_link} table: links to choose a password, by the hash of their token. */
@Repository
public class AccountLinkStore {

    private final JdbcClient jdbc;

    AccountLinkStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored link. */
    public record Link(long id, long personId, LinkPurpose purpose, Instant expiresAt, boolean ended) {}

    /**
     * Stores a new link and ends every earlier one of the person that is still open.
     *
     * @return the new link's id
     */
    public long replace(long personId, LinkPurpose purpose, String tokenHash, Instant now, Instant expiresAt) {
        endAll(personId, now);
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into account_link (person_id, purpose, token_hash, created_at, expires_at)
                        values (:person, :purpose, :hash, :now, :expires)""")
                .param("person", personId)
                .param("purpose", purpose.name())
                .param("hash", tokenHash)
                .param("now", Timestamp.from(now))
                .param("expires", Timestamp.from(expiresAt))
                .update(key, "id");
        return key.getKey().longValue();
    }

    /**
     * The link with this token hash; with {@code lock}, locked until the transaction ends (so that
     * of two tabs sending the same link at once, one waits and then finds it used).
     */
    public Optional<Link> find(String tokenHash, boolean lock) {
        return jdbc.sql("""
                        select id, person_id, purpose, expires_at, ended_at is not null as ended
                        from account_link where token_hash = ?""" + (lock ? " for update" : ""))
                .param(tokenHash)
                .query((rs, row) -> new Link(
                        rs.getLong("id"),
                        rs.getLong("person_id"),
                        LinkPurpose.valueOf(rs.getString("purpose")),
                        rs.getTimestamp("expires_at").toInstant(),
                        rs.getBoolean("ended")))
                .optional();
    }

    /** Ends the person's open links (used, replaced, or no longer wanted). */
    public void endAll(long personId, Instant now) {
        jdbc.sql("update account_link set ended_at = :now where person_id = :person and ended_at is null")
                .param("now", Timestamp.from(now))
                .param("person", personId)
                .update();
    }

    /** How many links were made for the person since this moment. */
    public int countSince(long personId, Instant since) {
        return jdbc.sql("select count(*) from account_link where person_id = ? and created_at >= ?")
                .params(personId, Timestamp.from(since))
                .query(Integer.class)
                .single();
    }

    /** Forgets every link made before this moment (they are long over), of anyone. */
    public void forgetBefore(Instant before) {
        jdbc.sql("delete from account_link where created_at < ?")
                .param(Timestamp.from(before))
                .update();
    }

    /** Deletes all links of the person (erasure). */
    public int deleteAll(long personId) {
        return jdbc.sql("delete from account_link where person_id = ?")
                .param(personId)
                .update();
    }
}
