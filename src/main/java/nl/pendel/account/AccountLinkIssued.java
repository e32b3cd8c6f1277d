package nl.pendel.account;

import java.time.Instant;

/**
 * A link to choose a password was made for this person; the notification module mails it, in the
 * same transaction. The token is the secret part of the link: it exists only in this event and in
 * the mail, never in a log ({@link #toString} leaves it out) and never in the database.
 *
 * @param linkId the link's id, to write its mail once
 * @param to who receives it (always the address Pendel knows, never one typed in a form)
 * @param token the secret to put into the link
 */
public record AccountLinkIssued(long linkId, PersonContact to, LinkPurpose purpose, String token, Instant expiresAt) {

    /** The page a link opens; the token follows after {@code #}, so no server ever logs it. */
    public static final String PATH = "wachtwoord-kiezen";

    /** The link's path with the token in its fragment, to put after the portal's address. */
    public String pathWithToken() {
        return PATH + "#" + token;
    }

    @Override
    public String toString() {
        return "AccountLinkIssued[linkId=" + linkId + ", person=" + to.id() + ", purpose=" + purpose + ", expiresAt="
                + expiresAt + ", token=hidden]";
    }
}
