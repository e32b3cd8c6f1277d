package nl.pendel.completion.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/**
 * The certificates issued per course and person, with their register numbers. No access checks
 * here: the service checks role and course first.
 */
@Component
public class CertificateStore {

    private final JdbcClient jdbc;

    CertificateStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The course's certificates: person id → register number, in one statement. */
    public Map<Long, Issued> ofCourse(long courseId) {
        Map<Long, Issued> result = new HashMap<>();
        jdbc.sql("""
                        select person_id, register_number, issued_at from certificate
                        where course_id = ? and person_id is not null""")
                .param(courseId)
                .query((rs, n) -> new Issued(
                        rs.getLong("person_id"),
                        rs.getString("register_number"),
                        rs.getTimestamp("issued_at").toInstant()))
                .list()
                .forEach(i -> result.put(i.personId(), i));
        return result;
    }

    /**
     * Issues a certificate to each of {@code people} who has none for the course yet; the number
     * is {@code PENDEL-<year>-<id in six digits>}, set from the row's own id in this transaction.
     *
     * @return how many were issued now
     * @throws org.springframework.dao.DuplicateKeyException when another trainer issued one of
     *     them in between (nothing of this call is then kept; issuing again adds the rest)
     */
    public int issue(long courseId, Collection<Long> people, int year, long by, Instant at) {
        Map<Long, Issued> already = ofCourse(courseId);
        int issued = 0;
        for (long person : people) {
            if (already.containsKey(person)) {
                continue;
            }
            KeyHolder keys = new GeneratedKeyHolder();
            jdbc.sql("""
                            insert into certificate (course_id, person_id, register_number, issued_at, issued_by)
                            values (?, ?, uuid(), ?, ?)""").params(courseId, person, at, by).update(keys, "id");
            long id = keys.getKey().longValue();
            jdbc.sql("update certificate set register_number = ? where id = ?")
                    .params(registerNumber(year, id), id)
                    .update();
            issued++;
        }
        return issued;
    }

    static String registerNumber(int year, long id) {
        return "PENDEL-%d-%06d".formatted(year, id);
    }

    /** One issued certificate. */
    public record Issued(long personId, String registerNumber, Instant issuedAt) {}
}
