package nl.pendel.notification.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.pendel.account.PersonContact;
import nl.pendel.notification.Delivery;
import nl.pendel.notification.NotificationKind;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one place that decides how a notification reaches a person: skipped for inactive people,
 * addresses known to be undeliverable and kinds switched off; collected for the daily digest; or
 * written to the outbox at once. Invitations and changes to one's own sessions always go at once.
 * A notice that carries an {@link InboxNote} also rings the person's bell, whether its mail goes
 * at once, in the digest or not at all for a bounced address; only a kind switched off (or an
 * inactive person) rings nothing (decision 0013).
 */
@Component
public class NotificationDispatcher {

    /** One notification for one person; with an inbox note it also rings their bell. */
    public record Notice(
            PersonContact to,
            NotificationKind kind,
            String dedupeKey,
            MailContent content,
            @Nullable String calendar,
            @Nullable String calendarMethod,
            @Nullable InboxNote inbox) {

        public Notice(
                PersonContact to,
                NotificationKind kind,
                String dedupeKey,
                MailContent content,
                @Nullable String calendar,
                @Nullable String calendarMethod) {
            this(to, kind, dedupeKey, content, calendar, calendarMethod, null);
        }

        /** This notice, also put into the person's inbox. */
        public Notice withInbox(InboxNote note) {
            return new Notice(to, kind, dedupeKey, content, calendar, calendarMethod, note);
        }
    }

    private final Outbox outbox;
    private final InboxStore inbox;
    private final PreferenceStore preferences;
    private final DeliveryMode mode;
    private final JdbcClient jdbc;
    private final Clock clock;

    NotificationDispatcher(
            Outbox outbox,
            InboxStore inbox,
            PreferenceStore preferences,
            DeliveryMode mode,
            JdbcClient jdbc,
            Clock clock) {
        this.outbox = outbox;
        this.inbox = inbox;
        this.preferences = preferences;
        this.mode = mode;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Delivers the notices by each person's preference, in the caller's transaction.
     *
     * @return how many mails were written to the outbox now
     */
    public int dispatch(List<Notice> notices) {
        return deliver(notices).size();
    }

    /**
     * As {@link #dispatch}, answering which notices were written to the outbox now (not those
     * skipped, collected for the digest, or there already).
     */
    public List<Notice> deliver(List<Notice> notices) {
        if (notices.isEmpty()) {
            return List.of();
        }
        Map<Notice, Delivery> choices = choices(notices);
        ringBells(notices, choices);
        Map<Notice, Delivery> deliveries = deliverable(notices, choices);
        List<Notice> written = new ArrayList<>();
        for (Notice notice : notices) {
            switch (deliveries.getOrDefault(notice, Delivery.OFF)) {
                case OFF -> {}
                case DIGEST -> collect(notice);
                case IMMEDIATE -> {
                    PersonContact to = notice.to();
                    if (outbox.enqueue(
                            new OutgoingMail(
                                    notice.dedupeKey(),
                                    to.id(),
                                    to.email(),
                                    notice.kind(),
                                    notice.content(),
                                    notice.calendar(),
                                    notice.calendarMethod()),
                            mode.keep(),
                            mode.messageDomain(),
                            clock.instant())) {
                        written.add(notice);
                    }
                }
            }
        }
        return written;
    }

    /**
     * Which of the notices {@link #deliver} would write to the outbox now, without writing
     * anything: by the same preferences and addresses, leaving out mails that are there already.
     */
    public List<Notice> wouldWrite(List<Notice> notices) {
        if (notices.isEmpty()) {
            return List.of();
        }
        Map<Notice, Delivery> deliveries = deliverable(notices, choices(notices));
        Set<String> there =
                outbox.existingKeys(notices.stream().map(Notice::dedupeKey).collect(Collectors.toSet()));
        return notices.stream()
                .filter(n -> deliveries.get(n) == Delivery.IMMEDIATE && !there.contains(n.dedupeKey()))
                .toList();
    }

    /** Each active person's choice for the notice's kind; inactive people are left out. */
    private Map<Notice, Delivery> choices(List<Notice> notices) {
        Map<NotificationKind, Map<Long, Delivery>> choices = new HashMap<>();
        Set<Long> people = new HashSet<>();
        notices.forEach(n -> people.add(n.to().id()));
        for (Notice notice : notices) {
            choices.computeIfAbsent(notice.kind(), kind -> preferences.of(people, kind));
        }
        Map<Notice, Delivery> result = new IdentityHashMap<>();
        for (Notice notice : notices) {
            PersonContact to = notice.to();
            if (!to.active()) {
                continue;
            }
            result.put(
                    notice,
                    notice.kind().configurable()
                            ? choices.get(notice.kind()).getOrDefault(to.id(), Delivery.IMMEDIATE)
                            : Delivery.IMMEDIATE);
        }
        return result;
    }

    /** How each notice's mail goes; those to addresses known to be undeliverable are left out. */
    private Map<Notice, Delivery> deliverable(List<Notice> notices, Map<Notice, Delivery> choices) {
        Set<String> undeliverable = undeliverable(notices);
        Map<Notice, Delivery> deliveries = new IdentityHashMap<>(choices);
        deliveries.keySet().removeIf(n -> undeliverable.contains(n.to().email().toLowerCase(Locale.ROOT)));
        return deliveries;
    }

    /** One inbox item for every notice with a note that the person has not switched off. */
    private void ringBells(List<Notice> notices, Map<Notice, Delivery> choices) {
        for (Notice notice : notices) {
            Delivery choice = choices.get(notice);
            if (notice.inbox() != null && choice != null && choice != Delivery.OFF) {
                inbox.add(notice.to().id(), notice.dedupeKey(), notice.inbox(), clock.instant());
            }
        }
    }

    private void collect(Notice notice) {
        jdbc.sql("""
                        insert into notification_digest_item (dedupe_key, person_id, kind, subject, body_text, body_html,
                            created_at)
                        values (:key, :person, :kind, :subject, :text, :html, :now)
                        on duplicate key update id = id""")
                .param("key", notice.dedupeKey())
                .param("person", notice.to().id())
                .param("kind", notice.kind().name())
                .param("subject", notice.content().subject())
                .param("text", notice.content().summary())
                .param("html", notice.content().html())
                .param("now", Timestamp.from(clock.instant()))
                .update();
    }

    private Set<String> undeliverable(List<Notice> notices) {
        Set<String> emails = new HashSet<>();
        notices.forEach(n -> emails.add(n.to().email().toLowerCase(Locale.ROOT)));
        return new HashSet<>(jdbc.sql("select email from undeliverable_address where email in (:emails)")
                .param("emails", emails)
                .query(String.class)
                .list());
    }
}
