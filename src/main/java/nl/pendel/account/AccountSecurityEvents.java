package nl.pendel.account;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.pendel.security.Role;
import nl.pendel.security.SecurityLog;
import nl.pendel.security.SecurityLog.Event;

/** The security events of changes to an account, for {@link SecurityLog} (ids and roles only). */
final class AccountSecurityEvents {

    private AccountSecurityEvents() {}

    /** What an administrator's save changed: roles, activity, a password set. */
    static void saved(
            long actorId,
            long personId,
            boolean created,
            Set<Role> rolesBefore,
            Set<Role> rolesAfter,
            boolean activeBefore,
            boolean activeAfter,
            boolean passwordSet) {
        if (created || !rolesBefore.equals(rolesAfter)) {
            SecurityLog.record(
                    Event.ROLE_CHANGED,
                    personId,
                    Map.of("actor", actorId, "roles.before", names(rolesBefore), "roles.after", names(rolesAfter)));
        }
        if (activeBefore && !activeAfter) {
            deactivated(actorId, personId);
        }
        if (passwordSet) {
            SecurityLog.record(Event.PASSWORD_SET, personId, Map.of("actor", actorId));
        }
    }

    static void deactivated(long actorId, long personId) {
        SecurityLog.record(Event.ACCOUNT_DEACTIVATED, personId, Map.of("actor", actorId));
    }

    static void ownPasswordChanged(long personId) {
        SecurityLog.record(Event.PASSWORD_CHANGED, personId, Map.of("event.outcome", "success"));
    }

    static void ownPasswordChangeRefused(long personId) {
        SecurityLog.record(
                Event.PASSWORD_CHANGED,
                personId,
                Map.of("event.outcome", "failure", "reason", "current-password-wrong"));
    }

    private static String names(Set<Role> roles) {
        return String.join(",", new TreeSet<>(roles.stream().map(Role::name).toList()));
    }
}
