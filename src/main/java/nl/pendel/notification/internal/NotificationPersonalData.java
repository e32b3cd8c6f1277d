package nl.pendel.notification.internal;

import java.sql.Timestamp;
import java.text.MessageFormat;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.pendel.notification.Delivery;
import nl.pendel.notification.InboxKind;
import nl.pendel.notification.MailStatus;
import nl.pendel.notification.NotificationKind;
import nl.pendel.shared.personaldata.ExportLabels;
import nl.pendel.shared.personaldata.PersonalData;
import nl.pendel.shared.personaldata.RetentionRule;
import nl.pendel.shared.personaldata.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The mails Pendel wrote to a person (the outbox), the items waiting for their digest, their
 * notification choices, whether their address bounced and their notifications in the app (the
 * bell). Erasure deletes all of it; retention deletes mails that were sent, failed or kept, and
 * notifications in the app that were read, once their period after writing has passed.
 */
@Component
class NotificationPersonalData implements PersonalData {

    private static final String DONE = "('SENT', 'FAILED', 'KEPT')";

    private final JdbcClient jdbc;
    private final InboxReads inboxReads;
    private final InboxStore inbox;

    NotificationPersonalData(JdbcClient jdbc, InboxReads inboxReads, InboxStore inbox) {
        this.jdbc = jdbc;
        this.inboxReads = inboxReads;
        this.inbox = inbox;
    }

    @Override
    public String part() {
        return "notifications";
    }

    @Override
    public Object export(long personId, ExportLabels labels) {
        Map<String, Object> part = new LinkedHashMap<>();
        List<Map<String, Object>> preferences =
                jdbc.sql("""
                select kind, delivery from notification_preference where person_id = ? order by kind""").param(personId).query(Rows.asJson()).list();
        labels.label(preferences, "delivery", Delivery.class, Delivery::translationKey);
        part.put("preferences", kinds(preferences, labels));
        List<Map<String, Object>> mails =
                jdbc.sql("""
                select recipient, kind, subject, body_text, status, created_at, sent_at from mail_outbox
                where person_id = ? order by created_at, id""").param(personId).query(Rows.asJson()).list();
        labels.label(mails, "status", MailStatus.class, MailStatus::translationKey);
        part.put("mails", kinds(mails, labels));
        part.put(
                "digest_items",
                kinds(jdbc.sql("""
                select kind, subject, body_text, created_at, digest_mail_id is not null as sent
                from notification_digest_item where person_id = ? order by created_at, id""").param(personId).query(Rows.asJson()).list(), labels));
        part.put(
                "undeliverable_addresses",
                jdbc.sql("""
                select email, reason, marked_at from undeliverable_address where person_id = ?""").param(personId).query(Rows.asJson()).list());
        part.put("in_app", inApp(personId, labels));
        return part;
    }

    /** The notifications in the app, with their text as the person reads it. */
    private List<Map<String, Object>> inApp(long personId, ExportLabels labels) {
        List<Map<String, Object>> rows = inboxReads.export(personId);
        for (Map<String, Object> row : rows) {
            Object[] params =
                    InboxReads.params(String.valueOf(row.remove("params"))).toArray();
            Object kind = row.remove("kind");
            Object text = labels.of(kind, InboxKind.class, InboxKind::translationKey);
            row.put("text", text instanceof String fixed ? MessageFormat.format(fixed, params) : text);
        }
        return rows;
    }

    /** The rows with the kind of notification as the person reads it. */
    private static List<Map<String, Object>> kinds(List<Map<String, Object>> rows, ExportLabels labels) {
        return labels.label(rows, "kind", NotificationKind.class, NotificationKind::translationKey);
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
        rows += inbox.erase(personId);
        return rows;
    }

    @Override
    public List<RetentionRule> retention() {
        return List.of(outbox(), new RetentionRule("inbox", Period.ofMonths(6), inbox::purgeRead));
    }

    private RetentionRule outbox() {
        return new RetentionRule("outbox", Period.ofMonths(6), cutoff -> {
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
        });
    }
}
