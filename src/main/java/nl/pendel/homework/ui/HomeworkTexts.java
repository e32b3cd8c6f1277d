package nl.pendel.homework.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import nl.pendel.homework.Assignment;
import nl.pendel.homework.Completion;
import nl.pendel.homework.HomeworkRow;
import nl.pendel.homework.HomeworkState;
import nl.pendel.homework.Outcome;
import org.jspecify.annotations.Nullable;

/** Texts and badges the homework screens share. */
final class HomeworkTexts {

    private HomeworkTexts() {}

    static String due(Component on, @Nullable LocalDateTime due) {
        if (due == null) {
            return on.getTranslation("homework.due.none");
        }
        return on.getTranslation("homework.due", dateTime(on, due));
    }

    static String dateTime(Component on, LocalDateTime value) {
        return DateTimeFormatter.ofPattern(
                        "EEEE d MMMM yyyy, HH:mm",
                        com.vaadin.flow.component.UI.getCurrent().getLocale())
                .format(value);
    }

    static Span stateBadge(Component on, Assignment assignment, LocalDateTime now) {
        Span badge = new Span();
        badge.addClassName("badge");
        if (assignment.state() == HomeworkState.SUBMITTED) {
            badge.setText(on.getTranslation(assignment.late() ? "homework.badge.late" : "homework.badge.submitted"));
            badge.addClassName(assignment.late() ? "badge-warning" : "badge-success");
        } else if (assignment.dueAt() != null && !now.isBefore(assignment.dueAt())) {
            badge.setText(on.getTranslation("homework.badge.overdue"));
            badge.addClassName("badge-warning");
        } else {
            badge.setText(on.getTranslation(assignment.state().translationKey()));
            badge.addClassName("badge-muted");
        }
        return badge;
    }

    static Span completionBadge(Component on, Completion completion) {
        Span badge = new Span(on.getTranslation(completion.translationKey()));
        badge.addClassName("badge");
        badge.addClassName(
                switch (completion) {
                    case ON_TIME -> "badge-success";
                    case LATE, MISSING -> "badge-warning";
                    case OPEN -> "badge-muted";
                });
        return badge;
    }

    /** How far a participant's homework got, and the trainers' judgement of it when there is one. */
    static Div status(Component on, HomeworkRow row) {
        Div status = new Div(completionBadge(on, row.completion()));
        status.addClassName("badges");
        if (row.outcome() != null) {
            status.add(outcomeBadge(on, row.outcome(), false));
        }
        return status;
    }

    /**
     * The trainers' judgement as a badge: "Voldaan" green, "Nog niet" orange; {@code forParticipant}
     * adds what to do next.
     */
    static Span outcomeBadge(Component on, Outcome outcome, boolean forParticipant) {
        Span badge = new Span(on.getTranslation(
                forParticipant ? outcome.translationKey() + ".participant" : outcome.translationKey()));
        badge.addClassNames("badge", outcome == Outcome.VOLDAAN ? "badge-success" : "badge-warning", "outcome");
        return badge;
    }

    static String size(Component on, long bytes) {
        if (bytes < 1024 * 1024) {
            return on.getTranslation("homework.file.kb", Math.max(1, Math.round(bytes / 1024.0)));
        }
        return on.getTranslation(
                "homework.file.mb",
                String.format(
                        com.vaadin.flow.component.UI.getCurrent().getLocale(), "%.1f", bytes / (1024.0 * 1024.0)));
    }
}
