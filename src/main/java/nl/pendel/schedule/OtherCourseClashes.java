package nl.pendel.schedule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import nl.pendel.account.PersonProfile;
import nl.pendel.account.PersonService;
import nl.pendel.course.CourseService;
import nl.pendel.schedule.internal.CourseSession;
import nl.pendel.schedule.internal.CourseSessionRepository;
import nl.pendel.subgroup.SubgroupService;

/**
 * The sessions of a schedule that clash with planned sessions of other courses at the same time:
 * the same trainer, the same room, or people who would have to be in two places. Each conflict
 * says who (display names), which course (its title) and when (the other session's date, start
 * and end), so the trainer can act on it. The other sessions, the subgroups' members, the names
 * and the titles are each read once for the whole schedule, however many clashes there are.
 */
final class OtherCourseClashes {

    private enum Kind {
        TRAINER,
        ROOM,
        PEOPLE
    }

    /** One clash of draft {@code index} with {@code other}; {@code people} are the persons concerned. */
    private record Clash(int index, Kind kind, CourseSession other, Set<Long> people) {}

    private final long courseId;
    private final List<SessionDraft> drafts;
    private final SubgroupService subgroups;
    private final CourseSessionRepository sessions;
    private final PersonService people;
    private final CourseService courses;

    OtherCourseClashes(
            long courseId,
            List<SessionDraft> drafts,
            SubgroupService subgroups,
            CourseSessionRepository sessions,
            PersonService people,
            CourseService courses) {
        this.courseId = courseId;
        this.drafts = drafts;
        this.subgroups = subgroups;
        this.sessions = sessions;
        this.people = people;
        this.courses = courses;
    }

    /** The conflicts of the drafts at these indexes (complete and not cancelled). */
    List<Conflict> find(List<Integer> complete) {
        Set<LocalDate> dates =
                complete.stream().map(i -> drafts.get(i).getDate()).collect(Collectors.toSet());
        if (dates.isEmpty()) {
            return List.of();
        }
        List<CourseSession> others = sessions.findOtherCoursesOn(courseId, dates);
        if (others.isEmpty()) {
            return List.of();
        }
        List<Clash> clashes = clashes(complete, others);
        if (clashes.isEmpty()) {
            return List.of();
        }
        Set<Long> persons = clashes.stream().flatMap(c -> c.people().stream()).collect(Collectors.toSet());
        Map<Long, String> names = people.profiles(persons).stream()
                .collect(Collectors.toMap(PersonProfile::id, PersonProfile::displayName));
        Map<Long, String> titles = courses.titles(
                clashes.stream().map(c -> c.other().getCourseId()).collect(Collectors.toSet()));
        return clashes.stream().map(c -> conflict(c, names, titles)).toList();
    }

    private List<Clash> clashes(List<Integer> complete, List<CourseSession> others) {
        Set<Long> subgroupIds = new HashSet<>();
        complete.forEach(i -> subgroupIds.add(drafts.get(i).getSubgroupId()));
        others.forEach(o -> subgroupIds.add(o.getSubgroupId()));
        Map<Long, Set<Long>> members = new java.util.HashMap<>();
        subgroups.withIds(subgroupIds).forEach((id, subgroup) -> members.put(id, subgroup.members()));
        List<Clash> clashes = new ArrayList<>();
        for (int i : complete) {
            SessionDraft d = drafts.get(i);
            Set<Long> here = ConflictChecker.with(members.getOrDefault(d.getSubgroupId(), Set.of()), d.getTrainerId());
            for (CourseSession o : others) {
                if (!o.getDate().equals(d.getDate())
                        || !o.getStartTime().isBefore(d.getEnd())
                        || !d.getStart().isBefore(o.getEndTime())) {
                    continue;
                }
                if (Objects.equals(o.getTrainerId(), d.getTrainerId())) {
                    clashes.add(new Clash(i, Kind.TRAINER, o, Set.of(d.getTrainerId())));
                }
                if (ConflictChecker.samePlace(d.getLocation(), d.getRoom(), o.getLocation(), o.getRoom())) {
                    clashes.add(new Clash(i, Kind.ROOM, o, Set.of()));
                }
                Set<Long> both = new HashSet<>(here);
                both.retainAll(
                        ConflictChecker.with(members.getOrDefault(o.getSubgroupId(), Set.of()), o.getTrainerId()));
                both.remove(d.getTrainerId());
                if (!both.isEmpty()) {
                    clashes.add(new Clash(i, Kind.PEOPLE, o, both));
                }
            }
        }
        return clashes;
    }

    private Conflict conflict(Clash clash, Map<Long, String> names, Map<Long, String> titles) {
        CourseSession o = clash.other();
        String title = titles.getOrDefault(o.getCourseId(), "");
        List<String> who =
                clash.people().stream().map(names::get).filter(Objects::nonNull).toList();
        return switch (clash.kind()) {
            case TRAINER ->
                Conflict.hard(
                        clash.index(),
                        "schedule.conflict.trainer-elsewhere",
                        new Conflict.People(who),
                        title,
                        o.getDate(),
                        o.getStartTime(),
                        o.getEndTime());
            case ROOM ->
                Conflict.hard(
                        clash.index(),
                        "schedule.conflict.room-elsewhere",
                        ConflictChecker.placeName(drafts.get(clash.index())),
                        title,
                        o.getDate(),
                        o.getStartTime(),
                        o.getEndTime());
            case PEOPLE ->
                Conflict.hard(
                        clash.index(),
                        "schedule.conflict.person-elsewhere",
                        new Conflict.People(who),
                        clash.people().size(),
                        title,
                        o.getDate(),
                        o.getStartTime(),
                        o.getEndTime());
        };
    }
}
