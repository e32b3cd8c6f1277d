package nl.pendel.schedule;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes sessions as an iCalendar (RFC 5545) document: CRLF line ends, lines folded at 75 octets,
 * text escaped, times in Europe/Amsterdam with its VTIMEZONE.
 */
final class ICalendarWriter {

    static final String TIMEZONE = "Europe/Amsterdam";

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    /** One event of the feed. */
    record Event(
            String uid,
            int sequence,
            boolean cancelled,
            LocalDate date,
            LocalTime start,
            LocalTime end,
            String summary,
            String location,
            String description) {}

    private final StringBuilder out = new StringBuilder();

    static String write(String calendarName, List<Event> events, Instant now) {
        ICalendarWriter writer = new ICalendarWriter();
        writer.line("BEGIN:VCALENDAR");
        writer.line("VERSION:2.0");
        writer.line("PRODID:-//Pendel//Cursusportaal//NL");
        writer.line("CALSCALE:GREGORIAN");
        writer.line("METHOD:PUBLISH");
        writer.line("X-WR-CALNAME:" + escape(calendarName));
        writer.line("X-WR-TIMEZONE:" + TIMEZONE);
        writer.timezone();
        for (Event event : events) {
            writer.line("BEGIN:VEVENT");
            writer.line("UID:" + event.uid());
            writer.line("DTSTAMP:" + UTC.format(now));
            writer.line(
                    "DTSTART;TZID=" + TIMEZONE + ":" + LOCAL.format(event.date().atTime(event.start())));
            writer.line(
                    "DTEND;TZID=" + TIMEZONE + ":" + LOCAL.format(event.date().atTime(event.end())));
            writer.line("SEQUENCE:" + event.sequence());
            writer.line("STATUS:" + (event.cancelled() ? "CANCELLED" : "CONFIRMED"));
            writer.line("SUMMARY:" + escape(event.summary()));
            if (!event.location().isBlank()) {
                writer.line("LOCATION:" + escape(event.location()));
            }
            if (!event.description().isBlank()) {
                writer.line("DESCRIPTION:" + escape(event.description()));
            }
            writer.line("END:VEVENT");
        }
        writer.line("END:VCALENDAR");
        return writer.out.toString();
    }

    /**
     * One event as a scheduling message (RFC 5546): {@code METHOD:REQUEST} invites or updates,
     * {@code METHOD:CANCEL} cancels; the UID and SEQUENCE are the feed's, so a calendar client
     * updates the entry it already has.
     */
    static String itip(
            String method,
            Event event,
            String organizerName,
            String organizerEmail,
            String attendeeName,
            String attendeeEmail,
            Instant now) {
        ICalendarWriter writer = new ICalendarWriter();
        writer.line("BEGIN:VCALENDAR");
        writer.line("VERSION:2.0");
        writer.line("PRODID:-//Pendel//Cursusportaal//NL");
        writer.line("CALSCALE:GREGORIAN");
        writer.line("METHOD:" + method);
        writer.timezone();
        writer.line("BEGIN:VEVENT");
        writer.line("UID:" + event.uid());
        writer.line("DTSTAMP:" + UTC.format(now));
        writer.line("DTSTART;TZID=" + TIMEZONE + ":" + LOCAL.format(event.date().atTime(event.start())));
        writer.line("DTEND;TZID=" + TIMEZONE + ":" + LOCAL.format(event.date().atTime(event.end())));
        writer.line("SEQUENCE:" + event.sequence());
        writer.line("STATUS:" + (event.cancelled() ? "CANCELLED" : "CONFIRMED"));
        writer.line("SUMMARY:" + escape(event.summary()));
        if (!event.location().isBlank()) {
            writer.line("LOCATION:" + escape(event.location()));
        }
        if (!event.description().isBlank()) {
            writer.line("DESCRIPTION:" + escape(event.description()));
        }
        writer.line("ORGANIZER;CN=" + quoted(organizerName) + ":mailto:" + organizerEmail);
        writer.line("ATTENDEE;CN=" + quoted(attendeeName)
                + ";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE:mailto:" + attendeeEmail);
        writer.line("TRANSP:OPAQUE");
        writer.line("END:VEVENT");
        writer.line("END:VCALENDAR");
        return writer.out.toString();
    }

    /** A parameter value: quoted, without the characters a quoted value may not hold. */
    private static String quoted(String value) {
        return "\"" + value.replace("\"", "'").replaceAll("[\\p{Cc}\\u2028\\u2029]", " ") + "\"";
    }

    /** Europe/Amsterdam: CET in winter, CEST from the last Sunday of March to the last of October. */
    private void timezone() {
        line("BEGIN:VTIMEZONE");
        line("TZID:" + TIMEZONE);
        line("BEGIN:DAYLIGHT");
        line("TZOFFSETFROM:+0100");
        line("TZOFFSETTO:+0200");
        line("TZNAME:CEST");
        line("DTSTART:19810329T020000");
        line("RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU");
        line("END:DAYLIGHT");
        line("BEGIN:STANDARD");
        line("TZOFFSETFROM:+0200");
        line("TZOFFSETTO:+0100");
        line("TZNAME:CET");
        line("DTSTART:19961027T030000");
        line("RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU");
        line("END:STANDARD");
        line("END:VTIMEZONE");
    }

    /** Adds a content line, folded so that no line is longer than 75 octets. */
    private void line(String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= 75) {
            out.append(content).append("\r\n");
            return;
        }
        int limit = 75;
        int used = 0;
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            String character = new String(Character.toChars(codePoint));
            int size = character.getBytes(StandardCharsets.UTF_8).length;
            if (used + size > limit) {
                out.append(current).append("\r\n ");
                current.setLength(0);
                used = 0;
                limit = 74; // continuation lines start with a space
            }
            current.append(character);
            used += size;
            i += Character.charCount(codePoint);
        }
        out.append(current).append("\r\n");
    }

    /**
     * A TEXT value (RFC 5545, 3.3.11): backslash, semicolon and comma escaped, each line break
     * (CRLF, LF, U+2028, U+2029, U+0085) written as {@code \n}, and every other control character
     * but TAB (a lone CR too) left out, so that no value can end its content line and start another.
     */
    static String escape(String text) {
        String lines = text.replace("\r\n", "\n").replaceAll("[\u2028\u2029\u0085]", "\n");
        StringBuilder escaped = new StringBuilder(lines.length() + 16);
        lines.codePoints().forEach(c -> {
            switch (c) {
                case '\\' -> escaped.append("\\\\");
                case ';' -> escaped.append("\\;");
                case ',' -> escaped.append("\\,");
                case '\n' -> escaped.append("\\n");
                case '\t' -> escaped.append('\t');
                default -> {
                    if (!Character.isISOControl(c)) {
                        escaped.appendCodePoint(c);
                    }
                }
            }
        });
        return escaped.toString();
    }
}
