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
}
