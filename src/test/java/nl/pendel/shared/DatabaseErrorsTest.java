package nl.pendel.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.CannotCreateTransactionException;

class DatabaseErrorsTest {

    @Test
    void a_database_that_cannot_be_reached_is_told_as_try_again_whatever_layer_reports_it() {
        assertThat(DatabaseErrors.unavailable(new CannotCreateTransactionException(
                        "Could not open JPA EntityManager",
                        new SQLTransientConnectionException("HikariPool-1 - Connection is not available"))))
                .isTrue();
        assertThat(DatabaseErrors.unavailable(new DataAccessResourceFailureException(
                        "gone", new SQLNonTransientConnectionException("refused"))))
                .isTrue();
        assertThat(DatabaseErrors.unavailable(new RuntimeException(
                        "in a view", new SQLNonTransientConnectionException("Socket fail to connect"))))
                .as("wrapped by the view's own exception")
                .isTrue();
    }

    @Test
    void other_database_errors_stay_unexpected_errors_with_a_reference() {
        assertThat(DatabaseErrors.unavailable(new DataIntegrityViolationException("duplicate key")))
                .isFalse();
        assertThat(DatabaseErrors.unavailable(new IllegalStateException("bug"))).isFalse();
    }

    @Test
    void a_deadlock_or_a_galera_certification_conflict_is_told_as_try_again_and_nothing_else_is() {
        assertThat(DatabaseErrors.conflict(new org.springframework.dao.CannotAcquireLockException(
                        "deadlock",
                        new java.sql.SQLTransactionRollbackException(
                                "Deadlock found when trying to get lock; try restarting transaction", "40001", 1213))))
                .isTrue();
        assertThat(DatabaseErrors.conflict(new RuntimeException(
                        "commit failed",
                        new java.sql.SQLException(
                                "WSREP detected deadlock/conflict and aborted the transaction. Try restarting the transaction",
                                "40001",
                                1213))))
                .isTrue();
        assertThat(DatabaseErrors.conflict(
                        new RuntimeException(new java.sql.SQLException("Lock wait timeout", "HY000", 1205))))
                .isTrue();
        assertThat(DatabaseErrors.conflict(new DataIntegrityViolationException("duplicate key")))
                .isFalse();
        assertThat(DatabaseErrors.conflict(new DataAccessResourceFailureException(
                        "gone", new SQLNonTransientConnectionException("refused"))))
                .isFalse();
    }
}
