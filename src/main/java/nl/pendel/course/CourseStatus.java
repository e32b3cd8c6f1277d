package nl.pendel.course;

import java.util.EnumSet;
import java.util.Set;

/**
 * {@code concept → gepubliceerd → lopend → afgesloten}. A concept is only visible to its trainers;
 * a published or running course is visible to its participants and team lead; a closed course is
 * read-only.
 */
public enum CourseStatus {
    CONCEPT,
    PUBLISHED,
    RUNNING,
    CLOSED;

    /** The statuses this one may change to. */
    public Set<CourseStatus> next() {
        return switch (this) {
            case CONCEPT -> EnumSet.of(PUBLISHED);
            case PUBLISHED -> EnumSet.of(CONCEPT, RUNNING);
            case RUNNING -> EnumSet.of(CLOSED);
            case CLOSED -> EnumSet.noneOf(CourseStatus.class);
        };
    }

    public boolean editable() {
        return this != CLOSED;
    }

    /** Whether participants and the team lead see the course. */
    public boolean visibleToTeam() {
        return this != CONCEPT;
    }

    public String translationKey() {
        return "course.status." + name();
    }
}
