package nl.pendel.schedule;

import java.util.Set;

/**
 * Sessions of a course were added, moved or otherwise changed (their calendar sequence went up,
 * which includes planning a cancelled session again), or cancelled. Published inside the
 * transaction that stored the change, so listeners record their consequences atomically with it.
 */
public record ScheduleChanged(long courseId, Set<Long> added, Set<Long> changed, Set<Long> cancelled) {

    public ScheduleChanged {
        added = Set.copyOf(added);
        changed = Set.copyOf(changed);
        cancelled = Set.copyOf(cancelled);
    }

    boolean isEmpty() {
        return added.isEmpty() && changed.isEmpty() && cancelled.isEmpty();
    }
}
