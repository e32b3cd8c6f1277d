package nl.pendel.schedule;

import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Calendar settings.
 *
 * @param uidDomain the right-hand side of the calendar UIDs of new sessions
 *     ({@code session-…@uidDomain}); give every installation its own (e.g. its host name) so two
 *     installations feeding one calendar client never share a UID. A session keeps the UID it got.
 */
@Validated
@ConfigurationProperties("pendel.calendar")
public record CalendarProperties(
        @DefaultValue("pendel.local") @Pattern(regexp = "[A-Za-z0-9]([A-Za-z0-9.-]{0,98}[A-Za-z0-9])?")
        String uidDomain) {}
