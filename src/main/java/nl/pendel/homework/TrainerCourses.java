package nl.pendel.homework;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.pendel.account.PersonProfile;
import nl.pendel.account.PersonService;
import nl.pendel.course.CaseloadTheme;
import nl.pendel.course.CourseAccess;
import nl.pendel.course.CourseDetails;
import nl.pendel.course.CourseService;
import nl.pendel.course.CourseSummary;
import nl.pendel.homework.internal.AssignmentSettingStore;
import nl.pendel.homework.internal.Deadlines;
import nl.pendel.schedule.ScheduleReads;
import nl.pendel.schedule.ScheduleService;
import nl.pendel.security.CurrentUser;
import nl.pendel.security.PendelUser;
import nl.pendel.shared.UserFacingException;
import nl.pendel.subgroup.CourseSubgroup;
import nl.pendel.subgroup.SubgroupService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * What the services of the course's trainers and team lead share: the course checked for the
 * signed-in person, who is in which subgroup, the deadlines, the theme labels and the people
 * named. Runs in the calling service's transaction; the callers carry the method security.
 */
@Component
class TrainerCourses {

    private final AssignmentSettingStore settings;
    private final CourseService courses;
    private final ScheduleService schedule;
    private final ScheduleReads scheduleReads;
    private final SubgroupService subgroups;
    private final PersonService people;
    private final CurrentUser currentUser;

    TrainerCourses(
            AssignmentSettingStore settings,
            CourseService courses,
            ScheduleService schedule,
            ScheduleReads scheduleReads,
            SubgroupService subgroups,
            PersonService people,
            CurrentUser currentUser) {
        this.settings = settings;
        this.courses = courses;
        this.schedule = schedule;
        this.scheduleReads = scheduleReads;
        this.subgroups = subgroups;
        this.people = people;
        this.currentUser = currentUser;
    }

    /**
     * The course for its trainers (and administrators): access checked for the signed-in person,
     * with its summary and meetings; not its session pattern, which nothing here needs.
     */
    Course trainerCourse(long courseId) {
        CourseAccess access = courses.requireView(courseId);
        if (!access.canManage(currentUser.require())) {
            throw new AccessDeniedException("Homework is read by the course's trainers");
        }
        return new Course(access, courses.summary(courseId), courses.meetingsOf(courseId));
    }

    /** As {@link #trainerCourse(long)}, from the access, summary and meetings the caller already read. */
    Course trainerCourse(CourseAccess access, CourseSummary summary, List<CourseDetails.Meeting> meetings) {
        if (!access.canManage(currentUser.require())) {
            throw new AccessDeniedException("Homework is read by the course's trainers");
        }
        return new Course(access, summary, meetings);
    }

    /** The course's subgroups with who is in them, read once for a whole screen. */
    List<CourseSubgroup> subgroups(long courseId) {
        return subgroups.ofCourse(courseId);
    }

    /** Who is in which of these subgroups: person id → subgroup id. */
    static Map<Long, Long> placements(List<CourseSubgroup> courseSubgroups) {
        Map<Long, Long> placements = new HashMap<>();
        courseSubgroups.forEach(s -> s.members().forEach(person -> placements.put(person, s.id())));
        return placements;
    }

    /** These subgroups as id → number, in order. */
    static Map<Long, Integer> numbers(List<CourseSubgroup> courseSubgroups) {
        Map<Long, Integer> numbers = new LinkedHashMap<>();
        courseSubgroups.forEach(s -> numbers.put(s.id(), s.number()));
        return numbers;
    }

    /** The trainer's settings of these meetings' assignments, meeting id → row (none set: missing). */
    Map<Long, AssignmentSettingStore.SettingRow> settingRows(List<CourseDetails.Meeting> meetings) {
        return settings.settings(
                meetings.stream().map(CourseDetails.Meeting::id).toList());
    }

    /** The deadlines of the course, from its meetings, subgroups and settings the caller already read. */
    Deadlines deadlines(
            long courseId,
            List<CourseDetails.Meeting> meetings,
            List<CourseSubgroup> courseSubgroups,
            Map<Long, AssignmentSettingStore.SettingRow> settingRows) {
        return new Deadlines(scheduleReads.sessions(courseId, meetings, courseSubgroups), settingRows);
    }

    /** Who is in which subgroup of the course: person id → subgroup id. */
    Map<Long, Long> placements(long courseId) {
        return placements(subgroups.ofCourse(courseId));
    }

    /** The deadlines of these meetings of the course. */
    Deadlines deadlines(long courseId, List<CourseDetails.Meeting> meetings) {
        return new Deadlines(
                schedule.sessions(courseId),
                settings.settings(
                        meetings.stream().map(CourseDetails.Meeting::id).toList()));
    }

    /** The trainer's settings of one meeting's assignment (none set: version 0). */
    AssignmentSettings settings(long meetingId) {
        return settings(meetingId, settings.settings(List.of(meetingId)).get(meetingId));
    }

    /** One meeting's settings from its row as read (none set: version 0). */
    static AssignmentSettings settings(long meetingId, AssignmentSettingStore.SettingRow row) {
        return row == null
                ? new AssignmentSettings(meetingId, null, null, 0)
                : new AssignmentSettings(meetingId, row.dueAt(), row.reminderDays(), row.version());
    }

    /** The course's caseload themes, key → label. */
    Map<String, String> labels(long courseId) {
        return courses.caseloadThemes(courseId).stream()
                .collect(Collectors.toMap(CaseloadTheme::key, CaseloadTheme::label, (a, b) -> a));
    }

    /** These people's profiles by id, sorted by name (none read for no one). */
    Map<Long, PersonProfile> profiles(Set<Long> personIds) {
        return people.profiles(personIds).stream()
                .collect(Collectors.toMap(PersonProfile::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    /** The signed-in person, who the callers checked. */
    PendelUser user() {
        return currentUser.require();
    }

    /** Whether this person leads the course's team. */
    static boolean isLead(CourseAccess access, PendelUser user) {
        return access.isLead(user);
    }

    static UserFacingException notFound() {
        return new UserFacingException("homework.error.not-found");
    }

    /** A course the signed-in person was checked to manage ({@link #trainerCourse}). */
    record Course(CourseAccess access, CourseSummary summary, List<CourseDetails.Meeting> meetings) {

        long id() {
            return access.courseId();
        }

        /** These people and the course's trainers (who give the feedback a page shows beside their work). */
        Set<Long> namedWith(Collection<Long> people) {
            Set<Long> named = new HashSet<>(people);
            named.add(access.trainerId());
            if (access.coTrainerId() != null) {
                named.add(access.coTrainerId());
            }
            return named;
        }

        CourseDetails.Meeting meeting(long meetingId) {
            return meetings.stream()
                    .filter(m -> m.id() == meetingId)
                    .findFirst()
                    .orElseThrow(TrainerCourses::notFound);
        }
    }
}
