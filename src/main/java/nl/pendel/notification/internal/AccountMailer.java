package nl.pendel.notification.internal;

import java.time.ZoneId;
import java.util.List;
import nl.pendel.account.AccountLinkIssued;
import nl.pendel.notification.NotificationKind;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Mails a link to choose a password, written to the outbox in the transaction that made the link.
 * Once the mail is sent the outbox keeps it without the link's token ({@link Outbox#markSent}).
 */
@Component
class AccountMailer {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private final MailComposer composer;
    private final NotificationDispatcher dispatcher;

    AccountMailer(MailComposer composer, NotificationDispatcher dispatcher) {
        this.composer = composer;
        this.dispatcher = dispatcher;
    }

    @EventListener
    void on(AccountLinkIssued issued) {
        MailContent content = composer.accountLink(
                issued.to().locale(),
                issued.to().displayName(),
                issued.purpose(),
                composer.link(issued.pathWithToken()),
                issued.expiresAt().atZone(AMSTERDAM));
        dispatcher.dispatch(List.of(new NotificationDispatcher.Notice(
                issued.to(), NotificationKind.ACCOUNT, "account-link-" + issued.linkId(), content, null, null)));
    }
}
