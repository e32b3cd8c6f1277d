package nl.pendel.notification.internal;

import java.sql.Timestamp;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.pendel.shared.personaldata.PersonalData;
import nl.pendel.shared.personaldata.RetentionRule;
import nl.pendel.shared.personaldata.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The mails Pendel wrote to a person (the outbox), the items waiting for their digest, their
 * notification choices and whether their address bounced. Erasure deletes all of it; retention
 * deletes mails that were sent, failed or kept, once their period after writing has passed.
 */
@Component
class NotificationPersonalData implements PersonalData {

    private static final String DONE = "('SENT', 'FAILED', 'KEPT')";

    private final JdbcClient jdbc;

    NotificationPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String part() {
        return "notifications";
    }

    @Override
    public Object export(long personId) {
        Map<String, Object> part = new LinkedHashMap<>();
        part.put("preferences", Rows.list(jdbc, """
                select kind, delivery from notification_preference where person_id = ? order by kind""", personId));
        part.put("mails", Rows.list(jdbc, """
                select recipient, kind, subject, body_text, status, created_at, sent_at from mail_outbox
                where person_id = ? order by created_at, id""", personId));
        part.put("digest_items", Rows.list(jdbc, """
                select kind, subject, body_text, created_at, digest_mail_id is not null as sent
                from notification_digest_item where person_id = ? order by created_at, id""", personId));
        part.put("undeliverable_addresses", Rows.list(jdbc, """
                select email, reason, marked_at from undeliverable_address where person_id = ?""", personId));
        return part;
    }

    @Override
    public int erase(long personId) {
        int rows = jdbc.sql("delete from notification_digest_item where person_id = ?")
                .param(personId)
                .update();
        rows += jdbc.sql("""
                        delete d from notification_digest_item d join mail_outbox m on m.id = d.digest_mail_id
                        where m.person_id = ?""").param(personId).update();
        rows += jdbc.sql("delete from mail_outbox where person_id = ?")
                .param(personId)
                .update();
        rows += jdbc.sql("delete from notification_preference where person_id = ?")
                .param(personId)
                .update();
        rows += jdbc.sql("delete from undeliverable_address where person_id = ?")
                .param(personId)
                .update();
        return rows;
    }

    @Override
    public List<RetentionRule> retention() {
        return List.of(new RetentionRule("outbox", Period.ofMonths(6), cutoff -> {
            Timestamp before = Timestamp.from(cutoff);
            int items = jdbc.sql(
                            "delete d from notification_digest_item d join mail_outbox m on m.id = d.digest_mail_id"
                                    + " where m.created_at < ? and m.status in " + DONE)
                    .param(before)
                    .update();
            return items
                    + jdbc.sql("delete from mail_outbox where created_at < ? and status in " + DONE)
                            .param(before)
                            .update();
        }));
    }
}
