package nl.pendel.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;
import nl.pendel.IntegrationTest;
import nl.pendel.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The personal calendar feed over real HTTP, parsed with a real iCalendar library (ical4j). */
@IntegrationTest
class CalendarFeedTest {

    @LocalServerPort
    int port;

    @Autowired
    TestData testData;

    @Autowired
    CalendarFeedService feeds;

    @Autowired
    ScheduleService schedule;

    private final String place = TestData.unique("Wijkcentrum");

    @Test
    void participant_feed_holds_the_own_subgroup_sessions_in_amsterdam_time_with_stable_uids() throws Exception {
        var fixture = scheduledAndPublished();
        String participant = fixture.participants().getFirst().email();
        String token = testData.runAs(participant, feeds::newToken);

        HttpResponse<String> response = get(token);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/calendar");
        Calendar calendar = new CalendarBuilder().build(new StringReader(response.body()));
        List<VEvent> events = calendar.getComponents("VEVENT");

        assertThat(events).hasSize(3);
        assertThat(response.body()).containsPattern("DTSTART;TZID=Europe/Amsterdam:2027\\d{4}T(0830|1300)00");
        for (VEvent event : events) {
            DtStart<ZonedDateTime> start = event.<ZonedDateTime>getStartDate().orElseThrow();
            // the feed's own VTIMEZONE must give Amsterdam's offsets (CET in winter)
            var local = start.getDate().toLocalDateTime();
            assertThat(local.toLocalTime()).isIn(LocalTime.of(8, 30), LocalTime.of(13, 0));
            assertThat(start.getDate().toInstant())
                    .isEqualTo(local.atZone(java.time.ZoneId.of("Europe/Amsterdam"))
                            .toInstant());
            assertThat(event.<Property>getProperty("SEQUENCE").orElseThrow().getValue())
                    .isEqualTo("0");
        }
        Map<String, String> uidsBefore = uids(events);

        // the trainer moves the whole schedule a week later: same UIDs, SEQUENCE 1
        var moved = testData.runAs(
                fixture.trainer().email(),
                () -> schedule.generate(fixture.course().id(), testData.firstDays(fixture, 1), place));
        testData.runAs(
                fixture.trainer().email(), () -> schedule.save(fixture.course().id(), moved));
        List<VEvent> after =
                new CalendarBuilder().build(new StringReader(get(token).body())).getComponents("VEVENT");
        assertThat(uids(after).keySet()).isEqualTo(uidsBefore.keySet());
        assertThat(after).allSatisfy(e -> assertThat(
                        e.<Property>getProperty("SEQUENCE").orElseThrow().getValue())
                .isEqualTo("1"));
    }

    @Test
    void trainer_feed_holds_all_twelve_sessions() throws Exception {
        var fixture = scheduledAndPublished();
        String token = testData.runAs(fixture.trainer().email(), feeds::newToken);
        Calendar calendar =
                new CalendarBuilder().build(new StringReader(get(token).body()));
        assertThat(calendar.getComponents("VEVENT")).hasSize(12);
        assertThat(calendar.getComponents("VTIMEZONE")).hasSize(1);
    }

    @Test
    void co_trainer_feed_holds_the_sessions_of_the_course_they_co_train_cancelled_ones_marked() throws Exception {
        var coTrainer = testData.trainer();
        var fixture = testData.course(8, testData.trainer(), coTrainer);
        List<SessionView> sessions = testData.schedule(fixture, place);
        testData.cancel(fixture, sessions.getFirst());
        String token = testData.runAs(coTrainer.email(), feeds::newToken);

        List<VEvent> events =
                new CalendarBuilder().build(new StringReader(get(token).body())).getComponents("VEVENT");

        assertThat(events).hasSize(12);
        assertThat(events)
                .extracting(
                        e -> e.<Property>getProperty("SUMMARY").orElseThrow().getValue())
                .allSatisfy(summary ->
                        assertThat(summary).endsWith(" – " + fixture.course().title()));
        assertThat(events)
                .extracting(e -> e.<Property>getProperty("STATUS").orElseThrow().getValue())
                .containsOnlyOnce("CANCELLED");
    }

    @Test
    void a_new_address_revokes_the_old_one() throws Exception {
        var person = testData.person().create();
        String first = testData.runAs(person.email(), feeds::newToken);
        assertThat(get(first).statusCode()).isEqualTo(200);
        String second = testData.runAs(person.email(), feeds::newToken);
        assertThat(get(first).statusCode()).isEqualTo(404);
        assertThat(get(second).statusCode()).isEqualTo(200);
        assertThat(get("geen-geldig-token").statusCode()).isEqualTo(404);
    }

    @Test
    void a_cancelled_session_stays_in_the_feed_marked_cancelled_with_a_higher_sequence() throws Exception {
        var fixture = scheduledAndPublished();
        String participant = fixture.participants().getFirst().email();
        String token = testData.runAs(participant, feeds::newToken);
        var first = testData.runAs(participant, () -> schedule.mySessions()).stream()
                .filter(s -> s.courseId() == fixture.course().id())
                .findFirst()
                .orElseThrow();
        var stored = testData
                .runAs(
                        fixture.trainer().email(),
                        () -> schedule.sessions(fixture.course().id()))
                .stream()
                .filter(s -> s.id() == first.sessionId())
                .findFirst()
                .orElseThrow();
        testData.runAs(
                fixture.trainer().email(),
                () -> schedule.cancel(fixture.course().id(), stored.id(), stored.version()));

        List<VEvent> events =
                new CalendarBuilder().build(new StringReader(get(token).body())).getComponents("VEVENT");
        assertThat(events).hasSize(3);
        VEvent cancelled = events.stream()
                .filter(e ->
                        e.<Property>getProperty("UID").orElseThrow().getValue().equals(stored.uid()))
                .findFirst()
                .orElseThrow();
        assertThat(cancelled.<Property>getProperty("STATUS").orElseThrow().getValue())
                .isEqualTo("CANCELLED");
        assertThat(cancelled.<Property>getProperty("SEQUENCE").orElseThrow().getValue())
                .isEqualTo("1");
        assertThat(events).filteredOn(e -> e != cancelled).allSatisfy(e -> assertThat(
                        e.<Property>getProperty("SEQUENCE").orElseThrow().getValue())
                .isEqualTo("0"));
    }

    @Test
    void only_the_feed_addresses_are_public_the_agenda_page_asks_to_sign_in() throws Exception {
        HttpResponse<Void> response = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/agenda?weergave=maand"))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }

    @Test
    void long_text_is_folded_and_special_characters_are_escaped() {
        String document = ICalendarWriter.write(
                "Pendel",
                List.of(new ICalendarWriter.Event(
                        "uid-1@pendel",
                        0,
                        false,
                        LocalDate.of(2027, 1, 26),
                        LocalTime.of(8, 30),
                        LocalTime.of(12, 30),
                        "Beelden; van, preventief\\werken " + "é".repeat(60),
                        "Zaal 1",
                        "")),
                java.time.Instant.parse("2027-01-01T00:00:00Z"));
        assertThat(document.split("\r\n"))
                .allSatisfy(line -> assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                        .isLessThanOrEqualTo(75));
        assertThat(document).contains("SUMMARY:Beelden\\; van\\, preventief\\\\werken");
    }

    private TestData.CourseFixture scheduledAndPublished() {
        var fixture = testData.course(8);
        testData.schedule(fixture, place);
        testData.publish(fixture);
        return fixture;
    }

    private static Map<String, String> uids(List<VEvent> events) {
        return events.stream()
                .collect(Collectors.toMap(
                        e -> e.<Property>getProperty("UID").orElseThrow().getValue(),
                        e -> e.<Property>getProperty("DTSTART").orElseThrow().getValue()));
    }

    private HttpResponse<String> get(String token) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/agenda/" + token + ".ics"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }
}
