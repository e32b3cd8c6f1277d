package nl.pendel.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import java.text.NumberFormat;
import java.util.Locale;
import nl.pendel.assessment.MomentKind;
import nl.pendel.dashboard.TeamDashboard.Stats;
import org.jspecify.annotations.Nullable;

/**
 * Adds the dashboard's parts to its page: section headings numbered so the tables below can be
 * named after them, and the figures in the page's language (two decimals, "too few" for a hidden
 * figure).
 */
final class DashboardWriter {

    private final Div page;
    private final Locale locale;
    private final NumberFormat numbers;
    private String headingId = "";
    private int headings;

    DashboardWriter(Div page, Locale locale) {
        this.page = page;
        this.locale = locale;
        this.numbers = NumberFormat.getNumberInstance(locale);
        numbers.setMinimumFractionDigits(2);
        numbers.setMaximumFractionDigits(2);
    }

    String t(String key, Object... params) {
        return page.getTranslation(key, params);
    }

    Locale locale() {
        return locale;
    }

    void add(Component... components) {
        page.add(components);
    }

    /** A section heading; the tables below it are named after it. */
    void heading(String text) {
        H3 heading = new H3(text);
        headingId = "dashboard-section-" + ++headings;
        heading.setId(headingId);
        page.add(heading);
    }

    /** The table, scrolling sideways on a phone, named after the last heading. */
    Div wrapped(Element table) {
        return HtmlTable.wrap(table, headingId);
    }

    String moment(MomentKind kind) {
        return t(kind.translationKey());
    }

    String number(@Nullable Double value) {
        return value == null ? "" : numbers.format(value);
    }

    String average(Stats s) {
        return s.hidden() ? t("dashboard.hidden") : number(s.average());
    }

    String change(@Nullable Double difference) {
        if (difference == null) {
            return t("dashboard.hidden");
        }
        return (difference > 0 ? "+" : "") + number(difference);
    }

    /** "Too few participants to show", marked as such. */
    Span hidden() {
        Span span = new Span(t("dashboard.hidden"));
        span.addClassName("dashboard-hidden");
        return span;
    }
}
