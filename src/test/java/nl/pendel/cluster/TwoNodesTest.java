package nl.pendel.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategy;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.pendel.PendelApplication;
import nl.pendel.TestData;
import nl.pendel.course.CourseService;
import nl.pendel.course.CourseStatus;
import nl.pendel.database.TestDatabaseServer;
import nl.pendel.schedule.ScheduleService;
import nl.pendel.schedule.SessionView;
import nl.pendel.subgroup.SubgroupService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Two application nodes (two whole Pendel applications on two random ports, with their own
 * schedulers) against one MariaDB server and one real SMTP server (GreenMail), as behind a load
 * balancer: both serve pages, and a reminder that is due goes out exactly once although both
 * nodes run the reminder and outbox jobs every second. ShedLock's table shows which node ran last
 * and that every lock was given back.
 */
class TwoNodesTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    /** Two days before the first meeting of the test courses: that meeting's reminders are due. */
    private static final Instant REMINDER_DAY = TestData.MEETING_DAYS
            .getFirst()
            .minusDays(2)
            .atTime(9, 0)
            .atZone(AMSTERDAM)
            .toInstant();

    @TempDir(factory = TestDatabaseServer.InHomeFolder.class)
    Path data;

    @Test
    void two_nodes_on_one_database_both_serve_pages_and_send_each_due_reminder_exactly_once() throws Exception {
        long began = System.nanoTime();
        // Spring Security's SecurityContextHolder is static, one per JVM (each node is a process of
        // its own in production): every application started here would put its own holder there,
        // and the last one would take sign-ins away from the others, including the other tests'
        // application in this JVM. So both nodes use the holder that is there, and it is put back.
        SecurityContextHolderStrategy before = SecurityContextHolder.getContextHolderStrategy();
        SecurityContextHolderStrategy shared = before instanceof VaadinAwareSecurityContextHolderStrategy
                ? before
                : new VaadinAwareSecurityContextHolderStrategy();
        int smtpPort = freePort();
        GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        ConfigurableApplicationContext a = null;
        ConfigurableApplicationContext b = null;
        try (TestDatabaseServer database = TestDatabaseServer.start(data, "pendel")) {
            try {
                // one time line for both nodes, as NTP gives the nodes of a cluster (each node's own
                // offset put node B a start-up time behind node A, and the sign-in waits that
                // node B wrote had passed on node A)
                Clock clock = Clock.offset(Clock.system(AMSTERDAM), Duration.between(Instant.now(), REMINDER_DAY));
                a = node("node-a", database, smtpPort, shared, clock);
                b = node("node-b", database, smtpPort, shared, clock);
                double startedIn = seconds(began);

                assertThat(status(a, "/login")).isEqualTo(200);
                assertThat(status(b, "/login")).isEqualTo(200);

                // failed sign-ins are counted in the database, not per node: three guesses on node A
                // and two on node B are the five an account gets before it must wait, on both nodes
                String guessed = a.getBean(TestData.class).person().create().email();
                for (int i = 0; i < 3; i++) {
                    assertThat(signIn(a, guessed, "geraden-" + i)).isEqualTo("/login?error");
                }
                for (int i = 3; i < 5; i++) {
                    assertThat(signIn(b, guessed, "geraden-" + i)).isEqualTo("/login?error");
                }
                assertThat(signIn(b, guessed, TestData.PASSWORD))
                        .as("the right password on node B waits after five failures on two nodes")
                        .isEqualTo("/login?error");
                assertThat(signIn(a, guessed, TestData.PASSWORD)).isEqualTo("/login?error");
                System.out.println(
                        "two nodes: 3 failed sign-ins on node-a and 2 on node-b make the account wait on both");

                // a published course on node A whose first meeting is in two days (the nodes' clock)
                TestData testData = a.getBean(TestData.class);
                var fixture = testData.course(6);
                testData.schedule(fixture, TestData.unique("Wijkcentrum"));
                CourseService courses = a.getBean(CourseService.class);
                testData.runAs(
                        fixture.trainer().email(),
                        () -> courses.changeStatus(
                                fixture.course().id(),
                                courses.details(fixture.course().id()).summary().version(),
                                CourseStatus.PUBLISHED));
                Map<String, Long> expectedPerParticipant = expectedReminders(a, testData, fixture);
                long participantsReminded = expectedPerParticipant.values().stream()
                        .filter(n -> n > 0)
                        .count();
                assertThat(participantsReminded)
                        .as("the fixture has reminders due")
                        .isPositive();

                JdbcClient jdbc = a.getBean(JdbcClient.class);
                Instant until = Instant.now().plusSeconds(90);
                while (!(everyParticipantReminded(smtp, expectedPerParticipant) && outboxEmpty(jdbc))) {
                    assertThat(Instant.now()).as("mails arrive within 90 s").isBefore(until);
                    Thread.sleep(200);
                }
                double deliveredAfter = seconds(began);
                // both nodes go on running their jobs every second: nothing may arrive twice
                Thread.sleep(4_000);

                List<MimeMessage> received = Arrays.asList(smtp.getReceivedMessages());
                Map<String, Long> perMessageId = received.stream()
                        .collect(Collectors.groupingBy(TwoNodesTest::messageId, Collectors.counting()));
                List<MimeMessage> reminders = received.stream()
                        .filter(m -> subject(m).startsWith("Herinnering:"))
                        .toList();
                long reminderRows = jdbc.sql("select count(*) from mail_outbox where kind = 'REMINDER'")
                        .query(Long.class)
                        .single();
                long sentRows = jdbc.sql("select count(*) from mail_outbox where status = 'SENT'")
                        .query(Long.class)
                        .single();

                assertThat(perMessageId.values()).as("every mail arrived once").containsOnly(1L);
                assertThat(received).hasSize((int) sentRows);
                assertThat(reminders).hasSize((int) reminderRows);
                for (var participant : expectedPerParticipant.entrySet()) {
                    assertThat(reminders.stream()
                                    .filter(m -> recipients(m).contains(participant.getKey()))
                                    .count())
                            .as("reminders to %s", participant.getKey())
                            .isEqualTo(participant.getValue());
                }

                // stop both nodes (and their schedulers), then compare each node's count with the table
                ClusterJobs jobsA = a.getBean(ClusterJobs.class);
                ClusterJobs jobsB = b.getBean(ClusterJobs.class);
                long sentByA = sentBy(jdbc, "node-a");
                long sentByB = sentBy(jdbc, "node-b");
                close(b);
                b = null;
                close(a);
                a = null;
                Map<String, Lock> locks = locks(database);
                assertThat(locks).containsKeys("outbox", "reminders", "digests");
                for (String job : List.of("outbox", "reminders", "digests")) {
                    Lock lock = locks.get(job);
                    assertThat(lock.lockedBy()).isIn("node-a", "node-b");
                    assertThat(lock.released())
                            .as("%s released at shutdown (kept at most its half-second minimum)", job)
                            .isTrue();
                    assertThat(jobsA.runsHere(job) + jobsB.runsHere(job))
                            .as("%s ran, on one node or the other", job)
                            .isPositive();
                }
                System.out.printf(
                        "two nodes: started in %.1f s, all mails delivered after %.1f s, test %.1f s%n",
                        startedIn, deliveredAfter, seconds(began));
                for (String job : List.of("outbox", "reminders", "digests")) {
                    System.out.printf(
                            "two nodes: job %-9s node-a ran %3d×, node-b ran %3d×; lock last taken by %s%n",
                            job,
                            jobsA.runsHere(job),
                            jobsB.runsHere(job),
                            locks.get(job).lockedBy());
                }
                System.out.printf(
                        "two nodes: %d mails received (%d distinct Message-IDs), %d reminders for %d outbox reminder rows,"
                                + " %d participants reminded once each; sent by node-a %d, node-b %d%n",
                        received.size(),
                        perMessageId.size(),
                        reminders.size(),
                        reminderRows,
                        participantsReminded,
                        sentByA,
                        sentByB);
            } finally {
                close(b);
                close(a);
            }
        } finally {
            smtp.stop();
            SecurityContextHolder.setContextHolderStrategy(before);
        }
    }

    /** A whole Pendel application, as an operator starts a node: external database, own port. */
    private static ConfigurableApplicationContext node(
            String name,
            TestDatabaseServer database,
            int smtpPort,
            SecurityContextHolderStrategy securityContexts,
            Clock clock) {
        return new SpringApplicationBuilder(PendelApplication.class)
                .initializers(context -> {
                    context.getBeanFactory().registerSingleton("clock", clock);
                    context.getBeanFactory()
                            .registerSingleton("vaadinAwareSecurityContextHolderStrategy", securityContexts);
                })
                .run(
                        "--server.port=0",
                        "--spring.datasource.url=" + database.jdbcUrl(),
                        "--spring.datasource.username=root",
                        "--spring.datasource.password=",
                        "--pendel.demo-data=false",
                        "--pendel.cluster.node-name=" + name,
                        "--pendel.mail.delivery=smtp",
                        "--pendel.mail.sender-enabled=true",
                        "--spring.mail.host=127.0.0.1",
                        "--spring.mail.port=" + smtpPort,
                        "--pendel.mail.poll-interval=200ms",
                        "--pendel.mail.reminder-interval=1s",
                        "--pendel.mail.first-run-after=1s",
                        "--spring.main.banner-mode=off");
    }

    /** Per participant, the reminders due: one for each own session on the next two days. */
    private static Map<String, Long> expectedReminders(
            ConfigurableApplicationContext node, TestData testData, TestData.CourseFixture fixture) {
        ScheduleService schedule = node.getBean(ScheduleService.class);
        SubgroupService subgroups = node.getBean(SubgroupService.class);
        LocalDate today = LocalDate.ofInstant(REMINDER_DAY, AMSTERDAM);
        return testData.runAs(fixture.trainer().email(), () -> {
            List<SessionView> sessions = schedule.sessions(fixture.course().id());
            return fixture.participants().stream().collect(Collectors.toMap(p -> p.email(), p -> {
                long subgroup =
                        subgroups.subgroupOf(fixture.course().id(), p.id()).orElseThrow();
                return sessions.stream()
                        .filter(s -> s.subgroupId() == subgroup)
                        .filter(s -> s.date().isAfter(today) && !s.date().isAfter(today.plusDays(2)))
                        .count();
            }));
        });
    }

    private static boolean everyParticipantReminded(GreenMail smtp, Map<String, Long> expected) {
        List<MimeMessage> reminders = Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> subject(m).startsWith("Herinnering:"))
                .toList();
        return expected.entrySet().stream()
                .allMatch(e -> reminders.stream()
                                .filter(m -> recipients(m).contains(e.getKey()))
                                .count()
                        >= e.getValue());
    }

    /** A job's row in ShedLock's table: the node that took it last, and whether it was given back. */
    record Lock(String lockedBy, boolean released) {}

    /**
     * ShedLock's table as read over a connection of the test's own (the nodes are stopped). A lock
     * given back ends at most its minimum (half a second here) after the run; one never given back
     * would end a minute or more after it was taken.
     */
    private static Map<String, Lock> locks(TestDatabaseServer database) throws java.sql.SQLException {
        Map<String, Lock> locks = new java.util.TreeMap<>();
        try (var connection = java.sql.DriverManager.getConnection(database.jdbcUrl(), "root", "");
                var rows = connection
                        .createStatement()
                        .executeQuery(
                                "select name, locked_by,"
                                        + " lock_until <= timestampadd(second, 5, utc_timestamp(3)) as released from shedlock")) {
            while (rows.next()) {
                locks.put(rows.getString("name"), new Lock(rows.getString("locked_by"), rows.getBoolean("released")));
            }
        }
        return locks;
    }

    private static boolean outboxEmpty(JdbcClient jdbc) {
        return jdbc.sql("select count(*) from mail_outbox where status in ('PENDING', 'SENDING')")
                        .query(Long.class)
                        .single()
                == 0;
    }

    private static long sentBy(JdbcClient jdbc, String node) {
        return jdbc.sql("select count(*) from mail_outbox where status = 'SENT' and claimed_by = ?")
                .param(node)
                .query(Long.class)
                .single();
    }

    private static int status(ConfigurableApplicationContext node, String path)
            throws IOException, InterruptedException {
        int port = ((WebServerApplicationContext) node).getWebServer().getPort();
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        }
    }

    /** Posts the login form to this node as a browser does; returns where it sends the browser. */
    private static String signIn(ConfigurableApplicationContext node, String email, String password)
            throws IOException, InterruptedException {
        int port = ((WebServerApplicationContext) node).getWebServer().getPort();
        String base = "http://127.0.0.1:" + port;
        try (HttpClient http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(new java.net.CookieManager())
                .build()) {
            http.send(
                    HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                    HttpResponse.BodyHandlers.discarding());
            String form = "username=" + java.net.URLEncoder.encode(email, java.nio.charset.StandardCharsets.UTF_8)
                    + "&password=" + java.net.URLEncoder.encode(password, java.nio.charset.StandardCharsets.UTF_8);
            HttpResponse<Void> response = http.send(
                    HttpRequest.newBuilder(URI.create(base + "/login"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            URI location = URI.create(response.headers().firstValue("Location").orElse("?"));
            return location.getRawPath() + (location.getRawQuery() == null ? "" : "?" + location.getRawQuery());
        }
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> recipients(MimeMessage message) {
        try {
            return Arrays.stream(message.getAllRecipients())
                    .map(Object::toString)
                    .toList();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static void close(ConfigurableApplicationContext context) {
        if (context != null) {
            context.close();
        }
    }
}
