package nl.pendel.notification.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.pendel.account.PersonContact;
import nl.pendel.account.PersonService;
import nl.pendel.notification.MailSettings;
import nl.pendel.notification.NotificationKind;
import nl.pendel.security.SystemAuthentication;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily digest: after {@code digestAt} local time, everything collected for a person goes
 * out as one mail, at most one digest per person per day.
 */
public class DigestSender {

    private final JdbcClient jdbc;
    private final PersonService people;
    private final MailComposer composer;
    private final NotificationDispatcher dispatcher;
    private final MailSettings settings;
    private final Clock clock;

    public DigestSender(
            JdbcClient jdbc,
            PersonService people,
            MailComposer composer,
            NotificationDispatcher dispatcher,
            MailSettings settings,
            Clock clock) {
        this.jdbc = jdbc;
        this.people = people;
        this.composer = composer;
        this.dispatcher = dispatcher;
        this.settings = settings;
        this.clock = clock;
    }

    private record Item(long id, long personId, MailContent content) {}

    /** Writes the digests that are due to the outbox; answers how many. */
    @Transactional
    public int sendDue() {
        if (LocalTime.now(clock).isBefore(settings.digestAt())) {
            return 0;
        }
        LocalDate today = LocalDate.now(clock);
        Map<Long, List<Item>> pending = pending();
        if (pending.isEmpty()) {
            return 0;
        }
        Map<Long, PersonContact> contacts =
                SystemAuthentication.runAsAdministrator(() -> people.contacts(pending.keySet())).stream()
                        .collect(Collectors.toMap(PersonContact::id, Function.identity()));
        int written = 0;
        for (Map.Entry<Long, List<Item>> entry : pending.entrySet()) {
            PersonContact to = contacts.get(entry.getKey());
            if (to != null && send(to, entry.getValue(), today)) {
                written++;
            }
        }
        return written;
    }

    /** The items not yet in a digest, by person. */
    private Map<Long, List<Item>> pending() {
        Map<Long, List<Item>> pending = new LinkedHashMap<>();
        jdbc.sql("""
                        select id, person_id, subject, body_text from notification_digest_item
                        where digest_mail_id is null order by person_id, id""").query(rs -> {
            long personId = rs.getLong("person_id");
            pending.computeIfAbsent(personId, k -> new ArrayList<>())
                    .add(new Item(
                            rs.getLong("id"),
                            personId,
                            new MailContent(rs.getString("subject"), "", "", rs.getString("body_text"))));
        });
        return pending;
    }

    /** Writes one person's digest of today (once) and marks its items; true when written now. */
    private boolean send(PersonContact to, List<Item> items, LocalDate today) {
        String key = "digest:" + to.id() + ":" + today;
        MailContent digest = composer.digest(
                to.locale(), to.displayName(), items.stream().map(Item::content).toList());
        if (dispatcher.dispatch(List.of(
                        new NotificationDispatcher.Notice(to, NotificationKind.DIGEST, key, digest, null, null)))
                != 1) {
            return false;
        }
        long mailId = jdbc.sql("select id from mail_outbox where dedupe_key = ?")
                .param(key)
                .query(Long.class)
                .single();
        jdbc.sql("update notification_digest_item set digest_mail_id = :mail where id in (:ids)")
                .param("mail", mailId)
                .param("ids", items.stream().map(Item::id).toList())
                .update();
        return true;
    }
}
