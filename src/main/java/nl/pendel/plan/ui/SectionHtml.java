package nl.pendel.plan.ui;

import nl.pendel.plan.PlanSection;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.HtmlUtils;

/**
 * A plan section as it is read, written as HTML for one element (see {@link SectionEditor}): the
 * title, the guidance, the text, the action buttons and who saved it last. Every text is escaped;
 * the buttons carry {@code data-action}, which the section's one click listener reads.
 */
final class SectionHtml {

    /** The component's translations. */
    interface Texts {
        String get(String key, Object... parameters);
    }

    /** What the section shows now. {@code lastSaved} is the formatted meta line, or null. */
    record Shown(
            PlanSection section,
            String content,
            @Nullable String lastSaved,
            int commentCount,
            boolean discussionOpen) {}

    private SectionHtml() {}

    /** The whole section, with its actions. */
    static String reading(Shown shown, Texts texts) {
        PlanSection section = shown.section();
        StringBuilder html = new StringBuilder("<div class=\"plan-section-view\">");
        heading(html, section);
        boolean empty = shown.content().isBlank();
        html.append("<div class=\"preformatted plan-section-text")
                .append(empty ? " muted" : "")
                .append("\">")
                .append(escape(empty ? texts.get("plan.section.empty") : shown.content()))
                .append("</div><div class=\"toolbar\">");
        if (section.editable()) {
            button(html, section, texts, "edit", "plan-action", "plan.section.edit", "plan.section.edit-named");
        }
        button(
                html,
                section,
                texts,
                "history",
                "plan-action tertiary",
                "plan.section.history",
                "plan.section.history-named");
        html.append(
                        "<button type=\"button\" class=\"plan-action tertiary\" data-action=\"comments\" id=\"comments-toggle-")
                .append(escape(section.key()))
                .append("\" aria-expanded=\"")
                .append(shown.discussionOpen())
                // only an open discussion exists to point to
                .append(shown.discussionOpen() ? "\" aria-controls=\"comments-" + escape(section.key()) : "")
                .append("\">")
                .append(escape(texts.get("plan.comments", shown.commentCount())))
                .append("</button></div>");
        lastSaved(html, shown);
        return html.append("</div>").toString();
    }

    /** While the section is edited: the title, the guidance and who saved it last. */
    static String headingOnly(Shown shown) {
        StringBuilder html = new StringBuilder("<div class=\"plan-section-view\">");
        heading(html, shown.section());
        lastSaved(html, shown);
        return html.append("</div>").toString();
    }

    private static void heading(StringBuilder html, PlanSection section) {
        html.append("<h3>")
                .append(escape(section.title() + (section.required() ? " *" : "")))
                .append("</h3><p class=\"muted\">")
                .append(escape(section.guidance()))
                .append("</p>");
    }

    private static void lastSaved(StringBuilder html, Shown shown) {
        if (shown.lastSaved() != null) {
            html.append("<span class=\"muted plan-section-meta\">")
                    .append(escape(shown.lastSaved()))
                    .append("</span>");
        }
    }

    private static void button(
            StringBuilder html,
            PlanSection section,
            Texts texts,
            String action,
            String classes,
            String textKey,
            String labelKey) {
        html.append("<button type=\"button\" class=\"")
                .append(classes)
                .append("\" data-action=\"")
                .append(action)
                .append("\" id=\"")
                .append(action)
                .append('-')
                .append(escape(section.key()))
                .append("\" aria-label=\"")
                .append(escape(texts.get(labelKey, section.title())))
                .append("\">")
                .append(escape(texts.get(textKey)))
                .append("</button>");
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
