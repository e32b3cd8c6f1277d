package nl.pendel.shared;

import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;

/** Telling a database that cannot be reached from other database errors. */
public final class DatabaseErrors {

    private DatabaseErrors() {}

    /**
     * Whether the database could not be reached (stopped, restarting, network): the transaction
     * was rolled back, so nothing was stored and trying again later is the right advice.
     */
    public static boolean unavailable(Throwable throwable) {
        for (Throwable t = throwable; t != null; t = t.getCause()) {
            if (t instanceof DataAccessResourceFailureException
                    || t instanceof CannotCreateTransactionException
                    || t instanceof TransientDataAccessResourceException
                    || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
        }
        return false;
    }
}
