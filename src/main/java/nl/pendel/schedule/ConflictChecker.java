package nl.pendel.schedule;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.pendel.course.CourseAccess;
import nl.pendel.course.CourseDetails;
import nl.pendel.subgroup.SubgroupService;
import org.jspecify.annotations.Nullable;

/**
 * Finds what is wrong with one course's schedule: each session on its own, within the course, per
 * subgroup, and (through {@link OtherCourseClashes}) against other courses.
 */
final class ConflictChecker {

    private final CourseDetails details;
    private final CourseAccess access;
    private final List<SessionDraft> drafts;
    private final SubgroupService subgroups;
    private final List<Conflict> conflicts = new ArrayList<>();

    ConflictChecker(CourseDetails details, CourseAccess access, List<SessionDraft> drafts, SubgroupService subgroups) {
        this.details = details;
        this.access = access;
        this.drafts = drafts;
        this.subgroups = subgroups;
    }

    /**
     * Cancelled sessions still count as their subgroup's session of the meeting (so they are not
     * reported missing) but hold no trainer, room or people, and only give a warning.
     */
    List<Conflict> conflicts(OtherCourseClashes otherCourses) {
        List<Integer> complete = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            SessionDraft d = drafts.get(i);
            if (d.getDate() == null || d.getStart() == null || d.getEnd() == null || d.getTrainerId() == null) {
                conflicts.add(
                        Conflict.hard(i, "schedule.error.incomplete", d.getMeetingPosition(), d.getSubgroupNumber()));
                continue;
            }
            if (d.isCancelled()) {
                conflicts.add(Conflict.warning(
                        i, "schedule.warning.cancelled", d.getMeetingPosition(), d.getSubgroupNumber()));
                continue;
            }
            complete.add(i);
            checkSingle(i, d);
        }
        withinCourse(complete);
        perSubgroup();
        conflicts.addAll(otherCourses.find(complete));
        return List.copyOf(conflicts);
    }

    private void checkSingle(int i, SessionDraft d) {
        if (!access.isTrainer(d.getTrainerId())) {
            conflicts.add(Conflict.hard(i, "schedule.error.not-a-trainer"));
        }
        if (!d.getEnd().isAfter(d.getStart())) {
            conflicts.add(Conflict.hard(i, "schedule.error.end-before-start"));
        }
        if (d.getDate().isBefore(details.summary().startsOn())
                || d.getDate().isAfter(details.summary().endsOn())) {
            conflicts.add(Conflict.hard(
                    i,
                    "schedule.error.outside-period",
                    d.getDate(),
                    details.summary().startsOn(),
                    details.summary().endsOn()));
        }
        if (ScheduleService.weekend(d.getDate())) {
            conflicts.add(Conflict.warning(i, "schedule.warning.weekend", d.getDate()));
        }
        DutchHolidays.on(d.getDate())
                .ifPresent(holiday -> conflicts.add(Conflict.warning(
                        i, "schedule.warning.holiday", d.getDate(), new Conflict.Translated(holiday))));
    }

    private void withinCourse(List<Integer> complete) {
        for (int a = 0; a < complete.size(); a++) {
            for (int b = a + 1; b < complete.size(); b++) {
                SessionDraft x = drafts.get(complete.get(a));
                SessionDraft y = drafts.get(complete.get(b));
                if (!overlap(x.getDate(), x, y.getDate(), y)) {
                    continue;
                }
                if (Objects.equals(x.getTrainerId(), y.getTrainerId())) {
                    conflicts.add(Conflict.hard(
                            complete.get(b),
                            "schedule.conflict.trainer",
                            x.getMeetingPosition(),
                            x.getSubgroupNumber(),
                            x.getStart(),
                            x.getEnd()));
                }
                if (samePlace(x.getLocation(), x.getRoom(), y.getLocation(), y.getRoom())) {
                    conflicts.add(Conflict.hard(
                            complete.get(b),
                            "schedule.conflict.room",
                            placeName(y),
                            x.getMeetingPosition(),
                            x.getSubgroupNumber(),
                            x.getStart(),
                            x.getEnd()));
                }
            }
        }
    }

    private void perSubgroup() {
        Map<Long, Integer> numbers = subgroups.subgroupNumbers(access.courseId());
        Map<Long, List<SessionDraft>> byMeeting = ScheduleService.group(drafts, SessionDraft::getMeetingId);
        for (CourseDetails.Meeting meeting : details.meetings()) {
            List<SessionDraft> ofMeeting = byMeeting.getOrDefault(meeting.id(), List.of());
            if (ofMeeting.isEmpty()) {
                continue;
            }
            for (Map.Entry<Long, Integer> subgroup : numbers.entrySet()) {
                long count = ofMeeting.stream()
                        .filter(d -> d.getSubgroupId() == subgroup.getKey())
                        .count();
                if (count > 1) {
                    conflicts.add(Conflict.hard(
                            -1, "schedule.conflict.subgroup-twice", meeting.position(), subgroup.getValue()));
                } else if (count == 0) {
                    conflicts.add(Conflict.hard(
                            -1, "schedule.conflict.subgroup-missing", meeting.position(), subgroup.getValue()));
                }
            }
        }
        Map<Long, List<SessionDraft>> bySubgroup = ScheduleService.group(
                drafts.stream()
                        .filter(d -> d.getDate() != null && d.getStart() != null && !d.isCancelled())
                        .toList(),
                SessionDraft::getSubgroupId);
        for (List<SessionDraft> ofSubgroup : bySubgroup.values()) {
            List<SessionDraft> ordered = ofSubgroup.stream()
                    .sorted(Comparator.comparingInt(SessionDraft::getMeetingPosition))
                    .toList();
            for (int k = 1; k < ordered.size(); k++) {
                SessionDraft earlier = ordered.get(k - 1);
                SessionDraft later = ordered.get(k);
                if (start(later).isBefore(start(earlier))) {
                    conflicts.add(Conflict.hard(
                            drafts.indexOf(later),
                            "schedule.conflict.order",
                            later.getSubgroupNumber(),
                            later.getMeetingPosition(),
                            earlier.getMeetingPosition()));
                }
            }
        }
    }

    private static boolean overlap(LocalDate dateA, SessionDraft a, LocalDate dateB, SessionDraft b) {
        return dateA.equals(dateB)
                && a.getStart().isBefore(b.getEnd())
                && b.getStart().isBefore(a.getEnd());
    }

    static boolean samePlace(@Nullable String locationA, String roomA, @Nullable String locationB, String roomB) {
        if (locationA == null || locationB == null || locationA.isBlank()) {
            return false;
        }
        return locationA.strip().equalsIgnoreCase(locationB.strip())
                && normalise(roomA).equalsIgnoreCase(normalise(roomB));
    }

    private static String normalise(@Nullable String room) {
        return room == null ? "" : room.strip();
    }

    static String placeName(SessionDraft d) {
        return d.getRoom() == null || d.getRoom().isBlank() ? d.getLocation() : d.getLocation() + ", " + d.getRoom();
    }

    private static LocalDateTime start(SessionDraft d) {
        return d.getDate().atTime(d.getStart());
    }
}
