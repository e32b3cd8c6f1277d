package nl.pendel.notification.internal;

import java.util.Locale;
import nl.pendel.database.EmbeddedDatabaseCondition;
import nl.pendel.notification.MailSettings;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Whether mails are sent or only kept: {@code pendel.mail.delivery=auto} keeps them on the
 * embedded (demo) database, so a new user sees what the portal would send without mailing anyone.
 */
@Component
public class DeliveryMode {

    private final boolean keep;
    private final String messageDomain;

    DeliveryMode(MailSettings settings, Environment environment) {
        String delivery = settings.delivery().strip().toLowerCase(Locale.ROOT);
        this.keep = switch (delivery) {
            case "keep" -> true;
            case "smtp" -> false;
            case "auto" -> EmbeddedDatabaseCondition.isEmbedded(environment);
            default ->
                throw new IllegalStateException(
                        "pendel.mail.delivery must be auto, smtp or keep, not '" + settings.delivery() + "'");
        };
        this.messageDomain = domainOf(settings.from());
    }

    public boolean keep() {
        return keep;
    }

    /** The domain for Message-IDs: the sender address's. */
    public String messageDomain() {
        return messageDomain;
    }

    static String domainOf(String from) {
        int at = from.lastIndexOf('@');
        String domain = at < 0
                ? "pendel.local"
                : from.substring(at + 1).replace(">", "").strip();
        return domain.isEmpty() ? "pendel.local" : domain;
    }
}
