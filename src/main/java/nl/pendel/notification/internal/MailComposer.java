package nl.pendel.notification.internal;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.pendel.homework.FeedbackNotice;
import nl.pendel.homework.HomeworkReminder;
import nl.pendel.notification.MailSettings;
import nl.pendel.shared.Markdown;
import nl.pendel.shared.Translations;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Writes mails in the recipient's language, as plain text and as simple, escaped HTML with the
 * same content. Every mail ends with a link to the recipient's notification preferences.
 */
@Component
public class MailComposer {

    static final String PREFERENCES_PATH = "/meldingen/instellingen";

    private final Translations translations;
    private final MailSettings settings;

    MailComposer(Translations translations, MailSettings settings) {
        this.translations = translations;
        this.settings = settings;
    }

    /** What a session mail is about. */
    public enum SessionMail {
        INVITATION("mail.invitation"),
        UPDATE("mail.update"),
        CANCELLATION("mail.cancel"),
        REMINDER("mail.reminder");

        private final String prefix;

        SessionMail(String prefix) {
            this.prefix = prefix;
        }
    }

    /** The facts of a session that mails show. */
    public record SessionFacts(
            String courseTitle,
            int meetingPosition,
            String meetingTitle,
            String theme,
            String preparationTitle,
            String preparationInstructions,
            java.time.LocalDate date,
            java.time.LocalTime start,
            java.time.LocalTime end,
            String place) {}

    public MailContent session(SessionMail kind, SessionFacts facts, String recipientName, Locale locale, int days) {
        String meeting = t(locale, "mail.meeting", facts.meetingPosition(), facts.meetingTitle());
        String day = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Translations.supported(locale))
                .format(facts.date());
        String subject = t(locale, kind.prefix + ".subject", meeting, day);
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {t(locale, "mail.when"), day + ", " + facts.start() + "–" + facts.end()});
        rows.add(new String[] {t(locale, "mail.where"), facts.place()});
        if (!facts.theme().isBlank()) {
            rows.add(new String[] {t(locale, "mail.theme"), facts.theme()});
        }
        String preparation = "";
        if (kind != SessionMail.CANCELLATION && !facts.preparationTitle().isBlank()) {
            rows.add(new String[] {t(locale, "mail.preparation"), facts.preparationTitle()});
            preparation = kind == SessionMail.REMINDER
                    ? (facts.preparationInstructions().isBlank()
                            ? t(locale, "mail.preparation.due")
                            : facts.preparationInstructions() + "\n\n" + t(locale, "mail.preparation.due"))
                    : t(locale, "mail.preparation.due");
        }
        String intro = t(locale, kind.prefix + ".intro", meeting, facts.courseTitle(), days);
        return compose(locale, subject, recipientName, intro, rows, preparation);
    }

    /** A homework reminder: the assignment, when it is due and where to write it. */
    public MailContent homeworkReminder(Locale locale, String recipientName, HomeworkReminder reminder, String link) {
        String meeting = t(locale, "mail.meeting", reminder.meetingPosition(), reminder.meetingTitle());
        String due = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Translations.supported(locale))
                .format(reminder.dueAt());
        String subject = t(locale, "mail.homework-reminder.subject", reminder.assignmentTitle(), due);
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {t(locale, "mail.preparation"), reminder.assignmentTitle()});
        rows.add(new String[] {t(locale, "mail.homework.due"), due});
        rows.add(new String[] {t(locale, "mail.homework.where"), link});
        String intro = t(locale, "mail.homework-reminder.intro", meeting, reminder.courseTitle());
        return compose(locale, subject, recipientName, intro, rows, "");
    }

    /** A trainer's reply on homework, with the judgement given with it, the reply itself (as plain text) and a link. */
    public MailContent homeworkFeedback(Locale locale, String recipientName, FeedbackNotice notice, String link) {
        String meeting = t(locale, "mail.meeting", notice.meetingPosition(), notice.meetingTitle());
        String subject = t(locale, "mail.homework-feedback.subject", notice.trainerName(), notice.assignmentTitle());
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {t(locale, "mail.preparation"), notice.assignmentTitle()});
        if (notice.outcome() != null) {
            rows.add(new String[] {
                t(locale, "mail.homework-feedback.outcome"),
                t(locale, notice.outcome().translationKey() + ".mail")
            });
        }
        rows.add(new String[] {t(locale, "mail.homework.where"), link});
        String intro = t(locale, "mail.homework-feedback.intro", notice.trainerName(), meeting, notice.courseTitle());
        return compose(locale, subject, recipientName, intro, rows, Markdown.toPlainText(notice.feedback()));
    }

    /** A self-assessment moment is open: until when, and where to fill it in. */
    public MailContent assessmentOpen(
            Locale locale,
            String recipientName,
            String courseTitle,
            String moment,
            java.time.LocalDate closesOn,
            String link) {
        String until = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Translations.supported(locale))
                .format(closesOn);
        String subject = t(locale, "mail.assessment-open.subject", moment, until);
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {t(locale, "mail.assessment-open.until"), until});
        rows.add(new String[] {t(locale, "mail.assessment-open.where"), link});
        String intro = t(locale, "mail.assessment-open.intro", moment, courseTitle);
        return compose(locale, subject, recipientName, intro, rows, t(locale, "mail.assessment-open.private"));
    }

    /** Someone commented on a section of a plan of the recipient's subgroup or course. */
    public MailContent planComment(
            Locale locale,
            String recipientName,
            nl.pendel.plan.PlanCommentNotice notice,
            String planTitle,
            String link) {
        String subject = t(locale, "mail.plan-comment.subject", notice.author(), notice.sectionTitle(), planTitle);
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {t(locale, "mail.plan-comment.where"), link});
        String intro = t(
                locale,
                "mail.plan-comment.intro",
                notice.author(),
                notice.sectionTitle(),
                planTitle,
                notice.courseTitle());
        return compose(locale, subject, recipientName, intro, rows, notice.text());
    }

    /** An announcement to the recipient, or a message in a thread under one; the text as written. */
    public MailContent message(
            Locale locale, String recipientName, nl.pendel.message.MessageNotice notice, String link) {
        String prefix = notice.reply() ? "mail.message.reply" : "mail.message.announcement";
        String subject = t(locale, prefix + ".subject", notice.subject(), notice.courseTitle());
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {t(locale, "mail.message.where"), link});
        String intro = t(locale, prefix + ".intro", notice.author(), notice.subject(), notice.courseTitle());
        return compose(locale, subject, recipientName, intro, rows, notice.text());
    }

    /**
     * An invitation or a reset link to choose a password: a button with the link, until when it
     * works, and what to do when the mail was not expected.
     */
    public MailContent accountLink(
            Locale locale,
            String recipientName,
            nl.pendel.account.LinkPurpose purpose,
            String link,
            java.time.ZonedDateTime validUntil) {
        String prefix = "mail.account-link." + purpose.name().toLowerCase(Locale.ROOT);
        String until = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Translations.supported(locale))
                .format(validUntil);
        String subject = t(locale, prefix + ".subject");
        String greeting = t(locale, "mail.greeting", recipientName);
        String intro = t(locale, prefix + ".intro");
        String action = t(locale, prefix + ".action");
        String validity = t(locale, "mail.account-link.valid-until", until);
        String notYou = t(locale, prefix + ".not-you");
        String core = intro + "\n\n" + action + ": " + link + "\n\n" + validity + "\n" + notYou;
        String html = "<p>" + escape(greeting) + "</p><p>" + escape(intro) + "</p>"
                + "<p style=\"margin:20px 0\"><a href=\"" + escape(link) + "\" style=\"background:#0b6e69;color:#fff;"
                + "padding:10px 18px;border-radius:6px;text-decoration:none;font-weight:600\">" + escape(action)
                + "</a></p><p style=\"font-size:13px;color:#5f6368;word-break:break-all\">" + escape(link) + "</p>"
                + "<p>" + escape(validity) + "</p><p>" + escape(notYou) + "</p>" + footerHtml(locale);
        return new MailContent(
                subject, greeting + "\n\n" + core + "\n\n" + footerText(locale), page(locale, subject, html), core);
    }

    /** How a plan without a working title is called. */
    public String untitledPlan(Locale locale, int subgroupNumber) {
        return t(locale, "plan.untitled", subgroupNumber);
    }

    /** The address of a page of the portal. */
    public String link(String path) {
        String base = settings.baseUrl().endsWith("/")
                ? settings.baseUrl().substring(0, settings.baseUrl().length() - 1)
                : settings.baseUrl();
        return base + "/" + path;
    }

    /** One mail listing a day's notifications. */
    public MailContent digest(Locale locale, String recipientName, List<MailContent> items) {
        String subject = t(locale, "mail.digest.subject", items.size());
        StringBuilder text = new StringBuilder();
        StringBuilder html = new StringBuilder();
        for (MailContent item : items) {
            text.append("* ")
                    .append(item.subject())
                    .append("\n")
                    .append(item.summary())
                    .append("\n\n");
            html.append("<h2 style=\"font-size:16px;margin:20px 0 4px\">")
                    .append(escape(item.subject()))
                    .append("</h2><div style=\"white-space:pre-line\">")
                    .append(escape(item.summary()))
                    .append("</div>");
        }
        String intro = t(locale, "mail.digest.intro");
        String greeting = t(locale, "mail.greeting", recipientName);
        String plain = greeting + "\n\n" + intro + "\n\n" + text + footerText(locale);
        String rich = page(
                locale,
                subject,
                "<p>" + escape(greeting) + "</p><p>" + escape(intro) + "</p>" + html + footerHtml(locale));
        return new MailContent(subject, plain, rich, text.toString().strip());
    }

    private MailContent compose(
            Locale locale, String subject, String name, String intro, List<String[]> rows, String extra) {
        String greeting = t(locale, "mail.greeting", name);
        StringBuilder core = new StringBuilder(intro).append("\n\n");
        StringBuilder html = new StringBuilder("<p>")
                .append(escape(greeting))
                .append("</p><p>")
                .append(escape(intro))
                .append("</p><table role=\"presentation\" style=\"border-collapse:collapse;margin:12px 0\">");
        for (String[] row : rows) {
            core.append(row[0]).append(": ").append(row[1]).append('\n');
            html.append("<tr><th style=\"text-align:left;padding:4px 16px 4px 0;color:#5f6368;font-weight:600;")
                    .append("vertical-align:top\">")
                    .append(escape(row[0]))
                    .append("</th><td style=\"padding:4px 0\">")
                    .append(escape(row[1]))
                    .append("</td></tr>");
        }
        html.append("</table>");
        if (!extra.isBlank()) {
            core.append('\n').append(extra).append('\n');
            html.append("<div style=\"background:#f1f5f4;border-radius:8px;padding:12px 16px;white-space:pre-line\">")
                    .append(escape(extra))
                    .append("</div>");
        }
        String text = greeting + "\n\n" + core + "\n" + footerText(locale);
        html.append(footerHtml(locale));
        return new MailContent(
                subject,
                text,
                page(locale, subject, html.toString()),
                core.toString().strip());
    }

    private String footerText(Locale locale) {
        return "-- \n" + t(locale, "mail.footer") + "\n" + t(locale, "mail.preferences") + ": " + preferencesUrl();
    }

    private String footerHtml(Locale locale) {
        return "<hr style=\"border:none;border-top:1px solid #dde3e1;margin:24px 0 12px\">"
                + "<p style=\"color:#5f6368;font-size:13px\">" + escape(t(locale, "mail.footer")) + "<br>"
                + "<a href=\"" + escape(preferencesUrl()) + "\" style=\"color:#0b6e69\">"
                + escape(t(locale, "mail.preferences")) + "</a></p>";
    }

    private static String page(Locale locale, String title, String body) {
        return "<!DOCTYPE html><html lang=\"" + Translations.supported(locale).getLanguage() + "\"><head>"
                + "<meta charset=\"UTF-8\"><meta name=\"viewport\" content=\"width=device-width\">"
                + "<title>" + escape(title) + "</title></head>"
                + "<body style=\"margin:0;background:#f6f7f7;font-family:Segoe UI,Helvetica,Arial,sans-serif;"
                + "color:#1f2933;font-size:15px;line-height:1.5\">"
                + "<div style=\"max-width:600px;margin:0 auto;padding:24px\">"
                + "<div style=\"background:#0b6e69;color:#fff;border-radius:10px 10px 0 0;padding:14px 24px;"
                + "font-weight:700;letter-spacing:.02em\">Pendel</div>"
                + "<div style=\"background:#fff;border-radius:0 0 10px 10px;padding:8px 24px 16px\">"
                + "<h1 style=\"font-size:20px;margin:16px 0\">" + escape(title) + "</h1>"
                + body
                + "</div></div></body></html>";
    }

    String preferencesUrl() {
        String base = settings.baseUrl().endsWith("/")
                ? settings.baseUrl().substring(0, settings.baseUrl().length() - 1)
                : settings.baseUrl();
        return base + PREFERENCES_PATH;
    }

    private String t(Locale locale, String key, Object... args) {
        return translations.getTranslation(key, Translations.supported(locale), args);
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
