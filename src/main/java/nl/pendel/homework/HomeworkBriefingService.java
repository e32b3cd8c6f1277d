package nl.pendel.homework;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.pendel.account.PersonProfile;
import nl.pendel.course.CourseDetails;
import nl.pendel.homework.TrainerCourses.Course;
import nl.pendel.homework.internal.Deadlines;
import nl.pendel.homework.internal.HomeworkReads;
import nl.pendel.homework.internal.HomeworkReads.HandedIn;
import nl.pendel.homework.internal.HomeworkStore;
import nl.pendel.schedule.ScheduleService;
import nl.pendel.schedule.SessionView;
import nl.pendel.subgroup.CourseSubgroup;
import nl.pendel.subgroup.SubgroupService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The session briefing: all of one subgroup's homework for one meeting with its common needs, so
 * the trainer walks in prepared. For the course's trainers only, never the team lead.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class HomeworkBriefingService {

    private final HomeworkStore store;
    private final HomeworkReads reads;
    private final TrainerCourses trainerCourses;
    private final Submissions submissions;
    private final ScheduleService schedule;
    private final SubgroupService subgroups;

    HomeworkBriefingService(
            HomeworkStore store,
            HomeworkReads reads,
            TrainerCourses trainerCourses,
            Submissions submissions,
            ScheduleService schedule,
            SubgroupService subgroups) {
        this.store = store;
        this.reads = reads;
        this.trainerCourses = trainerCourses;
        this.submissions = submissions;
        this.schedule = schedule;
        this.subgroups = subgroups;
    }

    /** All of one subgroup's homework for one meeting, with its common needs, for the trainer. */
    public Briefing briefing(long courseId, long meetingId, int subgroupNumber) {
        Course course = trainerCourses.trainerCourse(courseId);
        CourseDetails.Meeting meeting = course.meeting(meetingId);
        CourseSubgroup subgroup = subgroups.ofCourse(courseId).stream()
                .filter(s -> s.number() == subgroupNumber)
                .findFirst()
                .orElseThrow(TrainerCourses::notFound);
        long subgroupId = subgroup.id();
        Set<Long> members = subgroup.members();
        // the people a briefing names: the members, and the course's trainers, who give the feedback
        Map<Long, PersonProfile> profiles = trainerCourses.profiles(course.namedWith(members));
        Map<Long, HandedIn> handedIn = reads.handedIn(meetingId, members).stream()
                .collect(Collectors.toMap(HandedIn::personId, Function.identity()));
        Map<Long, List<ThemeAnswer>> themes = store.themes(
                handedIn.values().stream().map(HandedIn::homeworkId).toList());
        Map<String, String> labels = trainerCourses.labels(courseId);
        List<Briefing.Entry> entries = entries(members, profiles, handedIn, themes, labels);
        List<String> missing = profiles.values().stream()
                .filter(p -> members.contains(p.id()) && !handedIn.containsKey(p.id()))
                .map(PersonProfile::displayName)
                .toList();
        // only the subgroup's session is needed here, not the deadlines
        SessionView session = new Deadlines(schedule.sessions(courseId), Map.of()).session(meetingId, subgroupId);
        return new Briefing(
                course.summary().title(),
                meeting.position(),
                meeting.title(),
                meeting.preparationTitle(),
                subgroupNumber,
                session == null ? null : session.date().atTime(session.start()),
                session == null ? "" : String.join(", ", nonBlank(session.location(), session.room())),
                entries,
                missing,
                NeedLines.of(themes, labels));
    }

    /** The work of the members who handed in, by name, each with its own themes. */
    private List<Briefing.Entry> entries(
            Set<Long> members,
            Map<Long, PersonProfile> profiles,
            Map<Long, HandedIn> handedIn,
            Map<Long, List<ThemeAnswer>> themes,
            Map<String, String> labels) {
        Map<Long, Submission> current =
                submissions.of(handedIn.values().stream().map(HandedIn::current).toList(), profiles).stream()
                        .collect(Collectors.toMap(Submission::id, Function.identity()));
        List<Briefing.Entry> entries = new ArrayList<>();
        for (PersonProfile person : profiles.values()) {
            HandedIn work = handedIn.get(person.id());
            if (!members.contains(person.id()) || work == null) {
                continue;
            }
            List<ThemeAnswer> own = themes.getOrDefault(work.homeworkId(), List.of());
            entries.add(new Briefing.Entry(
                    person.displayName(),
                    person.discipline(),
                    current.get(work.current().submission().id()),
                    NeedLines.of(Map.of(work.homeworkId(), own), labels)));
        }
        return entries;
    }

    private static List<String> nonBlank(String... parts) {
        List<String> result = new ArrayList<>();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                result.add(part);
            }
        }
        return result;
    }
}
