package nl.pendel.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.DriverManager;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * With {@code spring.datasource.url} set, Pendel uses that MariaDB (here: a separate server that
 * plays the external one), migrates it, and starts no embedded server of its own.
 */
class ExternalDatabaseTest {

    private static EmbeddedMariaDb external;

    @BeforeAll
    static void startExternalServer() {
        external = EmbeddedMariaDb.startEphemeral(0);
        external.createSchemaIfMissing("extern");
    }

    @AfterAll
    static void stopExternalServer() {
        external.shutdown();
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class))
            .withUserConfiguration(EmbeddedDatabaseConfiguration.class)
            .withPropertyValues("spring.flyway.locations=classpath:db/migration");

    @Test
    void configured_database_is_used_and_migrated_and_no_embedded_server_starts() {
        runner.withPropertyValues(
                        "spring.datasource.url=" + external.jdbcUrl("extern"),
                        "spring.datasource.username=root",
                        "spring.datasource.password=")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context).doesNotHaveBean(EmbeddedMariaDb.class);
                    try (var c = context.getBean(DataSource.class).getConnection()) {
                        assertThat(c.getMetaData().getURL()).contains(":" + external.port() + "/extern");
                    }
                });
        try (var c = DriverManager.getConnection(external.jdbcUrl("extern"), "root", "");
                var rs = c.createStatement().executeQuery("select count(*) from flyway_schema_history where success")) {
            rs.next();
            assertThat(rs.getInt(1)).isGreaterThanOrEqualTo(2);
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void without_a_configured_database_the_embedded_server_is_chosen() {
        runner.withPropertyValues("pendel.embedded-db.ephemeral=true").run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).hasSingleBean(EmbeddedMariaDb.class);
        });
    }
}
