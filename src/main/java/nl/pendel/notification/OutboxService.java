package nl.pendel.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.pendel.notification.internal.Outbox;
import nl.pendel.notification.internal.OutboxReads;
import nl.pendel.security.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The outbox for administrators: what is pending, sent, failed or kept, and retrying failures. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
public class OutboxService {

    private final OutboxReads reads;
    private final Outbox outbox;
    private final Clock clock;

    OutboxService(OutboxReads reads, Outbox outbox, Clock clock) {
        this.reads = reads;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** A page of mails, newest first, optionally of one status. */
    public List<OutboxEntry> page(@Nullable MailStatus status, Pageable page) {
        return reads.page(status, page.getOffset(), page.getPageSize());
    }

    /** How many mails there are, optionally of one status. */
    public long count(@Nullable MailStatus status) {
        return reads.count(status);
    }

    /** How many mails there are of each status. */
    public Map<MailStatus, Long> counts() {
        return reads.counts();
    }

    /** One mail with its bodies, as it would be or was sent. */
    public record MailView(
            OutboxEntry entry,
            String text,
            String html,
            @Nullable String calendar) {}

    public Optional<MailView> find(long id) {
        return reads.find(id);
    }

    /** Sends a failed mail again (and forgets that its address was refused). */
    @Transactional
    public boolean retry(long id) {
        return outbox.retry(List.of(id), clock.instant()) == 1;
    }

    /** An address the mail server refused for good. */
    public record Undeliverable(String email, String reason, Instant markedAt) {}

    /** The newest hundred addresses the mail server refused for good. */
    public List<Undeliverable> undeliverable() {
        return reads.undeliverable();
    }
}
