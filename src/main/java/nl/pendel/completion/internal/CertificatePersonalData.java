package nl.pendel.completion.internal;

import java.util.Map;
import nl.pendel.shared.personaldata.ExportLabels;
import nl.pendel.shared.personaldata.PersonalData;
import nl.pendel.shared.personaldata.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A person's certificates (course, register number, when) and the certificates they issued as a
 * trainer. Erasure keeps each certificate's row without the person (decision 0017): the register
 * number is never given again and a register can still learn it was issued for the course on
 * that day, but no longer to whom; the issuing trainer's name is emptied likewise. Certificates
 * are kept as long as the account (no separate retention period): a participant may need one
 * for their register years later.
 */
@Component
class CertificatePersonalData implements PersonalData {

    private final JdbcClient jdbc;

    CertificatePersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String part() {
        return "certificates";
    }

    @Override
    public Object export(long personId, ExportLabels labels) {
        return Map.of(
                "yours",
                jdbc.sql("""
                                select course_id, register_number, issued_at from certificate
                                where person_id = ? order by issued_at""").param(personId).query(Rows.asJson()).list(),
                "issued_by_you",
                jdbc.sql("""
                                select course_id, register_number, issued_at from certificate
                                where issued_by = ? order by issued_at""").param(personId).query(Rows.asJson()).list());
    }

    @Override
    public int erase(long personId) {
        return jdbc.sql("update certificate set person_id = null where person_id = ?")
                        .param(personId)
                        .update()
                + jdbc.sql("update certificate set issued_by = null where issued_by = ?")
                        .param(personId)
                        .update();
    }
}
