package nl.pendel.database;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the embedded MariaDB.
 *
 * @param dataDir where the database files live; must survive restarts, so never under the temp
 *     folder
 * @param port the TCP port; 0 picks a free one at each start
 * @param schema the schema Pendel uses
 * @param ephemeral when true, the data lives in a fresh temporary folder that is removed at
 *     shutdown (for tests)
 */
@ConfigurationProperties("pendel.embedded-db")
record EmbeddedMariaDbProperties(Path dataDir, int port, String schema, boolean ephemeral) {

    EmbeddedMariaDbProperties {
        if (schema == null || schema.isBlank()) {
            schema = "pendel";
        }
    }
}
