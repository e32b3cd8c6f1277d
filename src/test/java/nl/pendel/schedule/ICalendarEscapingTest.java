package nl.pendel.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/**
 * Every text value in a calendar is escaped by RFC 5545: a location or title holding a lone CR,
 * other control characters or a line separator cannot end its content line and start a property
 * of its own (read back with ical4j, a real iCalendar parser), in the feed and in an invitation.
 */
class ICalendarEscapingTest {

    private static final String LOCATION = "Wijkcentrum\rATTENDEE:mailto:evil@example.com\u0000\u001b\u2028X-EVIL:1";
    private static final String TITLE = "Bijeenkomst 1\u000bSUMMARY:nep, maar; waar\\";

    private static final ICalendarWriter.Event EVENT = new ICalendarWriter.Event(
            "sessie-1@pendel.test",
            0,
            false,
            LocalDate.of(2027, 1, 11),
            LocalTime.of(9, 0),
            LocalTime.of(12, 0),
            TITLE,
            LOCATION,
            "Regel een\r\nRegel twee");

    @Test
    void a_lone_cr_and_other_controls_in_the_feed_stay_inside_their_value() throws Exception {
        String feed = ICalendarWriter.write("Mijn agenda", List.of(EVENT), Instant.parse("2026-12-07T09:00:00Z"));

        assertOneEventWithEscapedText(feed);
    }

    @Test
    void a_lone_cr_and_other_controls_in_an_invitation_stay_inside_their_value() throws Exception {
        String invitation = ICalendarWriter.itip(
                "REQUEST",
                EVENT,
                "Trainer\r\nX-EVIL:1",
                "trainer@pendel.test",
                "Deelnemer\u0007",
                "deelnemer@pendel.test",
                Instant.parse("2026-12-07T09:00:00Z"));

        assertOneEventWithEscapedText(invitation);
        assertThat(invitation).doesNotContain("\u0007");
    }

    private static void assertOneEventWithEscapedText(String text) throws Exception {
        assertThat(text.replace("\r\n", "")).as("no CR or LF but the line ends").doesNotContain("\r", "\n");
        assertThat(text).doesNotContain("\u0000", "\u001b", "\u000b", "\u2028");
        assertThat(text.lines())
                .noneMatch(line -> line.startsWith("X-EVIL") || line.startsWith("ATTENDEE:mailto:evil"));
        Calendar calendar = new CalendarBuilder().build(new StringReader(text));
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(1);
        VEvent event = events.getFirst();
        assertThat(event.getProperties("X-EVIL")).isEmpty();
        assertThat(event.<Property>getProperties("ATTENDEE"))
                .noneMatch(attendee -> attendee.getValue().contains("evil@example.com"));
        assertThat(event.getProperties("SUMMARY")).hasSize(1);
        assertThat(event.<Property>getProperty("LOCATION").orElseThrow().getValue())
                .isEqualTo("WijkcentrumATTENDEE:mailto:evil@example.com\nX-EVIL:1");
        assertThat(event.<Property>getProperty("SUMMARY").orElseThrow().getValue())
                .isEqualTo("Bijeenkomst 1SUMMARY:nep, maar; waar\\");
        assertThat(event.<Property>getProperty("DESCRIPTION").orElseThrow().getValue())
                .isEqualTo("Regel een\nRegel twee");
    }
}
