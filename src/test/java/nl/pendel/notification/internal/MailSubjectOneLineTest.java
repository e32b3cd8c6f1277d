package nl.pendel.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;
import nl.pendel.IntegrationTest;
import nl.pendel.plan.PlanCommentNotice;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A mail's subject is one line, also when a name or title in it holds a line break or another
 * control character (stored before such texts were refused): no header can be added through it.
 */
@IntegrationTest
class MailSubjectOneLineTest {

    @Autowired
    MailComposer composer;

    @Test
    void a_name_with_cr_lf_never_puts_a_line_break_into_the_subject() {
        PlanCommentNotice notice = new PlanCommentNotice(
                1,
                "Budgetcafé\u2028X-Evil: 1",
                1,
                "Cursus",
                "Doelgroep\u0000",
                "Sophie Meijer\r\nBcc: evil@example.com",
                "Mooi plan",
                Set.of(2L));

        MailContent mail = composer.planComment(
                Locale.of("nl"), "Bram", notice, notice.planTitle(), "https://pendel.test/plannen/1");

        assertThat(mail.subject()).doesNotContain("\r", "\n", "\u0000", "\u2028");
        assertThat(mail.subject()).contains("Sophie Meijer Bcc: evil@example.com");
    }
}
