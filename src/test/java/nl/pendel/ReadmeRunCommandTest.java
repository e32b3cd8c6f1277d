package nl.pendel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The README's run command, {@code mvn spring-boot:run}, serves Pendel as its users meet it:
 * Vaadin in production mode, without the development tools, on the embedded MariaDB with the demo
 * data. Starts Pendel the way spring-boot:run does: a JVM of its own with the class path
 * (target/classes, the runtime dependencies and the plugin's additional class path elements) and
 * the system properties of the spring-boot-maven-plugin's configuration in pom.xml. Only the
 * database lives in a temporary folder and the port is a free one.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadmeRunCommandTest {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

    private final Map<String, String> systemProperties = new LinkedHashMap<>();
    private final List<String> additionalClasspath = new ArrayList<>();
    private Process app;
    private Path log;
    private String base;
    private final HttpClient client = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();

    @BeforeAll
    void startAsSpringBootRunDoes() throws Exception {
        readRunConfiguration();
        Path frontend = Path.of(additionalClasspath.getFirst());
        assertThat(frontend.resolve("META-INF/VAADIN/webapp/index.html"))
                .as("the production bundle for spring-boot:run (built by the default build, not with -Pdev)")
                .exists();
        List<String> classpath = new ArrayList<>(additionalClasspath);
        classpath.add(Path.of("target/classes").toAbsolutePath().toString());
        classpath.add(Files.readString(Path.of("target/run-classpath.txt")).strip());

        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        base = "http://localhost:" + port;
        log = Files.createTempFile("pendel-readme-run", ".log");
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx768m"));
        systemProperties.forEach((name, value) -> command.add("-D" + name + "=" + value));
        command.addAll(List.of(
                "-cp",
                String.join(File.pathSeparator, classpath),
                "nl.pendel.PendelApplication",
                "--pendel.embedded-db.ephemeral=true"));
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("PORT", Integer.toString(port));
        app = builder.start();
        waitUntilUp();
    }

    @AfterAll
    void stop() throws InterruptedException {
        if (app != null) {
            app.destroy();
            if (!app.waitFor(60, TimeUnit.SECONDS)) {
                app.destroyForcibly();
            }
        }
    }

    @Test
    void the_readme_runs_pendel_with_mvn_spring_boot_run_and_names_the_flag_for_development_mode() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        assertThat(readme).contains("```bash\nmvn spring-boot:run\n```").contains("mvn spring-boot:run -Pdev");
        assertThat(systemProperties).containsEntry("vaadin.productionMode", "true");
    }

    @Test
    void the_login_page_is_served_in_production_mode_without_development_tools() throws Exception {
        HttpResponse<String> page = get("/login");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .doesNotContain("vaadin-dev-tools", "copilot", "@vite/client")
                .contains("./VAADIN/build/indexhtml-");

        Matcher script = Pattern.compile("src=\"\\./(VAADIN/build/indexhtml-[^\"]+\\.js)\"")
                .matcher(page.body());
        assertThat(script.find()).isTrue();
        assertThat(get("/" + script.group(1)).statusCode())
                .as("the production bundle is served")
                .isEqualTo(200);

        String bootstrap = get("/?v-r=init&location=login").body();
        assertThat(bootstrap).contains("\"productionMode\":true").doesNotContain("devToolsEnabled\":true");
        assertThat(Files.readString(log)).contains("Vaadin is running in production mode");
    }

    @Test
    void the_demo_data_is_there_on_the_embedded_database() throws IOException {
        assertThat(Files.readString(log)).contains("Demo data loaded");
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(
                HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private void waitUntilUp() throws IOException, InterruptedException {
        Instant until = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(until)) {
            if (!app.isAlive()) {
                throw new AssertionError("Pendel stopped while starting:\n" + Files.readString(log));
            }
            try {
                HttpResponse<String> health = get("/actuator/health");
                if (health.statusCode() == 200 && Files.readString(log).contains("Demo data loaded")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("Pendel did not start within " + START_TIMEOUT + ":\n" + Files.readString(log));
    }

    /** The spring-boot-maven-plugin's configuration in the build (not in a profile) of pom.xml. */
    private void readRunConfiguration() throws Exception {
        Element project = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(Path.of("pom.xml").toFile())
                .getDocumentElement();
        Element plugins = child(child(project, "build"), "plugins");
        for (Node node = plugins.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element plugin
                    && text(child(plugin, "artifactId")).equals("spring-boot-maven-plugin")) {
                Element configuration = child(plugin, "configuration");
                for (Element property : children(child(configuration, "systemPropertyVariables"))) {
                    systemProperties.put(property.getTagName(), text(property));
                }
                for (Element element : children(child(configuration, "additionalClasspathElements"))) {
                    additionalClasspath.add(text(element)
                            .replace(
                                    "${project.build.directory}",
                                    Path.of("target").toAbsolutePath().toString()));
                }
            }
        }
        assertThat(additionalClasspath).hasSize(1);
    }

    private static Element child(Element parent, String name) {
        return children(parent).stream()
                .filter(e -> e.getTagName().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no <" + name + "> in <" + parent.getTagName() + ">"));
    }

    private static List<Element> children(Element parent) {
        List<Element> result = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                result.add(element);
            }
        }
        return result;
    }

    private static String text(Element element) {
        return element.getTextContent().strip();
    }
}
