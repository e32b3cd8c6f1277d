package nl.pendel.account;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the links to choose a password ({@code pendel.account-links.*}).
 *
 * @param invitationValidFor how long an administrator's invitation works
 * @param resetValidFor how long a link from "Wachtwoord vergeten?" works
 * @param mailsPerHourPerAccount at most this many links are mailed to one person per hour (an
 *     administrator's invitations count too, but are never refused)
 * @param requestsPerHourPerAddress at most this many "Wachtwoord vergeten?" requests per hour
 *     from one network address (on this node); generous, since a whole office may share one
 */
@ConfigurationProperties("pendel.account-links")
public record AccountLinkSettings(
        @DefaultValue("7d") Duration invitationValidFor,
        @DefaultValue("1h") Duration resetValidFor,
        @DefaultValue("3") int mailsPerHourPerAccount,
        @DefaultValue("30") int requestsPerHourPerAddress) {

    /** How long a link for this purpose works. */
    public Duration validFor(LinkPurpose purpose) {
        return purpose == LinkPurpose.INVITATION ? invitationValidFor : resetValidFor;
    }
}
