package nl.pendel.account;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the links to choose a password from the outbox, as the recipient would from the mail (the
 * tests that go through a real SMTP server take them from the received mail instead).
 */
@Component
public class AccountLinks {

    public static final Pattern LINK = Pattern.compile("(https?://\\S+?)/(wachtwoord-kiezen#([A-Za-z0-9_-]{43}))");

    private final JdbcClient jdbc;

    AccountLinks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The newest link mailed to this person, if any. */
    public Optional<String> newestToken(long personId) {
        return jdbc.sql("""
                        select body_text from mail_outbox where person_id = ? and kind = 'ACCOUNT'
                        order by id desc limit 1""").param(personId).query(String.class).optional().flatMap(AccountLinks::token);
    }

    /** Waits up to ten seconds for a link mailed to this person after the given outbox id. */
    public String awaitToken(long personId, long afterMailId) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < until) {
            Optional<String> token = jdbc.sql("""
                            select body_text from mail_outbox where person_id = ? and kind = 'ACCOUNT' and id > ?
                            order by id desc limit 1""")
                    .params(personId, afterMailId)
                    .query(String.class)
                    .optional()
                    .flatMap(AccountLinks::token);
            if (token.isPresent()) {
                return token.get();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no link was mailed to person " + personId + " within ten seconds");
    }

    /** How many link mails this person has in the outbox. */
    public int mailCount(long personId) {
        return jdbc.sql("select count(*) from mail_outbox where person_id = ? and kind = 'ACCOUNT'")
                .param(personId)
                .query(Integer.class)
                .single();
    }

    /** The newest outbox id, to wait for mails after it. */
    public long lastMailId() {
        return jdbc.sql("select coalesce(max(id), 0) from mail_outbox")
                .query(Long.class)
                .single();
    }

    public static Optional<String> token(String text) {
        Matcher matcher = LINK.matcher(text);
        return matcher.find() ? Optional.of(matcher.group(3)) : Optional.empty();
    }
}
