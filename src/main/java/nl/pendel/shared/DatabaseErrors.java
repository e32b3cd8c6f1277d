package nl.pendel.shared;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;

/** Telling a database that cannot be reached, and a transaction aborted for a conflict, from other database errors. */
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

    /**
     * Whether the database aborted the transaction for a conflict with another one at the same
     * moment: an InnoDB deadlock (error 1213), a lock wait timeout (1205), or a Galera certification
     * failure ("WSREP detected deadlock/conflict", also 1213, SQLSTATE 40001). The whole transaction
     * was rolled back; running it again usually succeeds.
     */
    public static boolean conflict(Throwable throwable) {
        for (Throwable t = throwable; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof PessimisticLockingFailureException) {
                return true;
            }
            if (t instanceof SQLException sql
                    && (sql.getErrorCode() == 1213
                            || sql.getErrorCode() == 1205
                            || "40001".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }
}
