package nl.pendel.notification;

import java.time.Clock;
import java.util.List;
import nl.pendel.notification.internal.InboxReads;
import nl.pendel.notification.internal.InboxStore;
import nl.pendel.security.CurrentUser;
import nl.pendel.shared.UserFacingException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in person's notifications in the app: the unread count for the bell, the inbox and
 * its read state. Every method works on the signed-in person's own items only, found by their id
 * from the sign-in, never by a parameter; an item of someone else is "not found".
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class InboxService {

    /** The most items one page of the inbox may ask for. */
    public static final int PAGE_MAX = 100;

    private final InboxReads reads;
    private final InboxStore store;
    private final CurrentUser currentUser;
    private final Clock clock;

    InboxService(InboxReads reads, InboxStore store, CurrentUser currentUser, Clock clock) {
        this.reads = reads;
        this.store = store;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** How many of my items are unread, in one statement. */
    public int unread() {
        return reads.unread(me());
    }

    /** My items, newest first. */
    public List<InboxItem> page(int offset, int limit) {
        return reads.page(me(), Math.max(0, offset), Math.clamp(limit, 0, PAGE_MAX));
    }

    /** How many items I have. */
    public int count() {
        return reads.count(me());
    }

    /**
     * Marks one of my items read and answers the path it opens; refused with "not found" for an
     * item that is not mine (or no longer exists).
     */
    @Transactional
    public String open(long itemId) {
        long me = me();
        String target = reads.targetOf(me, itemId).orElseThrow(() -> new UserFacingException("error.not-found"));
        store.markRead(me, itemId, clock.instant());
        return target;
    }

    /** Marks all my items read; answers how many were unread. */
    @Transactional
    public int markAllRead() {
        return store.markAllRead(me(), clock.instant());
    }

    private long me() {
        return currentUser.require().personId();
    }
}
