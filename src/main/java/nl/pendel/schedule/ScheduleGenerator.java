package nl.pendel.schedule;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.pendel.course.CourseAccess;
import nl.pendel.course.CourseDetails;
import org.jspecify.annotations.Nullable;

/**
 * A course's schedule from its session pattern: for every meeting with a first day, a session per
 * subgroup on that day plus the subgroup's day offset, at its times, and who leads it.
 *
 * <p>Who leads: the trainer, except where the trainer is taken at that time and the co-trainer is
 * free; there the co-trainer leads. Taken means another session of this schedule at the same time
 * (a pattern with subgroups in parallel) or a session of another course. In the reference
 * programme (Korrewegwijk) the subgroups meet one after another — groups 1 and 2 on the first
 * day, morning and afternoon, groups 3 and 4 on the second — and the trainer and co-trainer give
 * the course together, so the trainer leads every session and the co-trainer takes over only what
 * the trainer cannot be at. A session generated anew keeps the trainer it had (the trainer or the
 * co-trainer) unless they are taken. Where both are taken the session stays with its own, and the
 * check reports the clash.
 */
final class ScheduleGenerator {

    /** A time a person is taken by a session of another course. */
    record Taken(long personId, LocalDate date, LocalTime start, LocalTime end) {}

    private ScheduleGenerator() {
        // functions only, no instances
    }

    /**
     * The drafts, by date and time: the existing sessions ({@code meetingId/subgroupId} → draft)
     * updated rather than replaced, so their calendar entries stay the same; those of meetings
     * without a first day as they are. Trainers are not chosen yet ({@link #divideTrainers}).
     */
    static List<SessionDraft> generate(
            CourseDetails details,
            Map<Long, Integer> subgroupNumbers,
            Map<String, SessionDraft> existing,
            Map<Long, LocalDate> firstDayPerMeeting,
            @Nullable String location) {
        Map<Integer, CourseDetails.Slot> slots = details.sessionPattern().stream()
                .collect(Collectors.toMap(CourseDetails.Slot::subgroupNo, Function.identity()));
        List<SessionDraft> drafts = new ArrayList<>();
        for (CourseDetails.Meeting meeting : details.meetings()) {
            LocalDate first = firstDayPerMeeting.get(meeting.id());
            for (Map.Entry<Long, Integer> subgroup : subgroupNumbers.entrySet()) {
                SessionDraft draft = existing.get(meeting.id() + "/" + subgroup.getKey());
                if (draft == null) {
                    draft = SessionDraft.generated(
                            meeting.id(), meeting.position(), meeting.title(), subgroup.getKey(), subgroup.getValue());
                }
                CourseDetails.Slot slot = slots.get(subgroup.getValue());
                if (first != null && slot != null) {
                    draft.setDate(first.plusDays(slot.dayOffset()));
                    draft.setStart(slot.start());
                    draft.setEnd(slot.end());
                    if (location != null && !location.isBlank()) {
                        draft.setLocation(location.strip());
                    }
                }
                if (draft.getDate() != null) {
                    drafts.add(draft);
                }
            }
        }
        drafts.sort(Comparator.comparing(SessionDraft::getDate).thenComparing(SessionDraft::getStart));
        return drafts;
    }

    /**
     * Chooses who leads the drafts of the given meetings (those generated anew), in order of time,
     * as the class describes; the other drafts keep their trainer and take them at their time.
     */
    static void divideTrainers(
            List<SessionDraft> drafts, CourseAccess access, Set<Long> generatedMeetings, List<Taken> elsewhere) {
        List<SessionDraft> leading = new ArrayList<>(drafts.stream()
                .filter(d -> !generatedMeetings.contains(d.getMeetingId()) && !d.isCancelled())
                .toList());
        for (SessionDraft draft : drafts) {
            if (!generatedMeetings.contains(draft.getMeetingId()) || draft.getStart() == null) {
                continue;
            }
            Long own = draft.getTrainerId();
            long preferred = own != null && access.isTrainer(own) ? own : access.trainerId();
            Long other = preferred == access.trainerId() ? access.coTrainerId() : Long.valueOf(access.trainerId());
            boolean switchOver = other != null
                    && taken(preferred, draft, leading, elsewhere)
                    && !taken(other, draft, leading, elsewhere);
            draft.setTrainerId(switchOver ? other : preferred);
            if (!draft.isCancelled()) {
                leading.add(draft);
            }
        }
    }

    private static boolean taken(long person, SessionDraft draft, List<SessionDraft> leading, List<Taken> elsewhere) {
        boolean here = leading.stream()
                .anyMatch(d -> d != draft
                        && Objects.equals(d.getTrainerId(), person)
                        && d.getDate().equals(draft.getDate())
                        && overlap(d.getStart(), d.getEnd(), draft));
        return here
                || elsewhere.stream()
                        .anyMatch(t -> t.personId() == person
                                && t.date().equals(draft.getDate())
                                && overlap(t.start(), t.end(), draft));
    }

    private static boolean overlap(@Nullable LocalTime start, @Nullable LocalTime end, SessionDraft draft) {
        return start != null
                && end != null
                && draft.getEnd() != null
                && start.isBefore(draft.getEnd())
                && draft.getStart().isBefore(end);
    }
}
