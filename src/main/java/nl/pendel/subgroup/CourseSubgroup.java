package nl.pendel.subgroup;

import java.util.Set;

/**
 * One subgroup of a course: its id, its course, its number (kept for the whole course) and who is
 * in it (person ids; empty for a subgroup without members).
 */
public record CourseSubgroup(long id, long courseId, int number, Set<Long> members) {

    public CourseSubgroup {
        members = Set.copyOf(members);
    }
}
