package nl.pendel.course.ui;

import com.vaadin.flow.component.html.Span;
import nl.pendel.course.CourseStatus;

/** A course's status as a coloured label. */
final class StatusBadge {

    private StatusBadge() {}

    static Span of(CourseStatus status) {
        Span badge = new Span();
        badge.setText(badge.getTranslation(status.translationKey()));
        badge.addClassName("badge");
        switch (status) {
            case PUBLISHED, RUNNING -> badge.addClassName("badge-success");
            case CONCEPT -> badge.addClassName("badge-warning");
            case CLOSED -> badge.addClassName("badge-muted");
        }
        return badge;
    }
}
