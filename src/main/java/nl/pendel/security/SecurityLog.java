package nl.pendel.security;

import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.spi.LoggingEventBuilder;

/**
 * Security events as structured log lines on the logger {@code pendel.security}, for an
 * operator's SIEM: the event's name and the person's id as key-values (in production the console
 * writes ECS JSON, where they become fields). Never give it a password, a link token or a text a
 * person typed: the details are for ids, addresses and outcomes.
 */
public final class SecurityLog {

    /** The logger's name, to route or filter these lines in the logging configuration. */
    public static final String LOGGER = "pendel.security";

    private static final Logger log = LoggerFactory.getLogger(LOGGER);

    /** What happened. The log shows the name in lower case with dashes ("sign-in-failed"). */
    public enum Event {
        SIGN_IN,
        SIGN_IN_FAILED,
        SIGN_IN_BLOCKED,
        SIGN_OUT,
        PASSWORD_SET,
        PASSWORD_CHANGED,
        PASSWORD_RESET_REQUESTED,
        PASSWORD_RESET,
        INVITATION_SENT,
        ROLE_CHANGED,
        ACCOUNT_DEACTIVATED,
        SSO_LINKED,
        SSO_CREATED,
        SSO_REFUSED,
        SESSION_ENDED;

        /** The name as it appears in the log. */
        public String logName() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private SecurityLog() {}

    /** Logs the event for this person (null when no person is known) with these details. */
    public static void record(Event event, @Nullable Long personId, Map<String, ?> details) {
        LoggingEventBuilder line =
                (event == Event.SIGN_IN_FAILED || event == Event.SIGN_IN_BLOCKED || event == Event.SSO_REFUSED)
                        ? log.atWarn()
                        : log.atInfo();
        line = line.addKeyValue("event.action", event.logName());
        if (personId != null) {
            line = line.addKeyValue("person", personId);
        }
        StringBuilder message = new StringBuilder("security ").append(event.logName());
        if (personId != null) {
            message.append(" person=").append(personId);
        }
        for (Map.Entry<String, ?> detail : details.entrySet()) {
            line = line.addKeyValue(detail.getKey(), detail.getValue());
            message.append(' ').append(detail.getKey()).append('=').append(detail.getValue());
        }
        line.log(message.toString());
    }

    /** Logs the event for this person without further details. */
    public static void record(Event event, @Nullable Long personId) {
        record(event, personId, Map.of());
    }
}
