package nl.pendel.homework;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.pendel.course.CourseAccess;
import nl.pendel.course.CourseDetails;
import nl.pendel.homework.internal.HomeworkReads;
import nl.pendel.security.PendelUser;
import nl.pendel.subgroup.CourseSubgroup;
import org.springframework.stereotype.Component;

/** Builds the common needs board of a meeting, for the services that show it. */
@Component
class NeedsBoards {

    private final HomeworkReads reads;
    private final TrainerCourses trainerCourses;

    NeedsBoards(HomeworkReads reads, TrainerCourses trainerCourses) {
        this.reads = reads;
        this.trainerCourses = trainerCourses;
    }

    /**
     * The needs board of one meeting of a course the caller checked the signed-in person may see:
     * every subgroup for the trainers and the team lead, else the person's own subgroup.
     */
    NeedsBoard board(CourseAccess access, CourseDetails.Meeting meeting) {
        return board(access, meeting, trainerCourses.subgroups(access.courseId()));
    }

    /** As {@link #board(CourseAccess, CourseDetails.Meeting)}, with the course's subgroups the caller already read. */
    NeedsBoard board(CourseAccess access, CourseDetails.Meeting meeting, List<CourseSubgroup> groups) {
        long courseId = access.courseId();
        PendelUser user = trainerCourses.user();
        Map<Long, Long> placements = TrainerCourses.placements(groups);
        Map<Long, Integer> numbers = TrainerCourses.numbers(groups);
        boolean everyone = access.canManage(user) || TrainerCourses.isLead(access, user);
        Long ownSubgroup = everyone ? null : placements.get(user.personId());
        List<HomeworkReads.HandedInThemes> handedIn = reads.handedInThemes(meeting.id());
        Map<String, String> labels = trainerCourses.labels(courseId);
        Map<Integer, Map<Long, List<ThemeAnswer>>> perSubgroup = new TreeMap<>();
        for (HomeworkReads.HandedInThemes row : handedIn) {
            Long subgroupId = placements.get(row.personId());
            if (subgroupId == null || (!everyone && !subgroupId.equals(ownSubgroup))) {
                continue;
            }
            perSubgroup
                    .computeIfAbsent(numbers.get(subgroupId), n -> new HashMap<>())
                    .put(row.homeworkId(), row.themes());
        }
        Map<Integer, List<NeedLine>> bySubgroup = new TreeMap<>();
        perSubgroup.forEach((number, answers) -> bySubgroup.put(number, NeedLines.of(answers, labels)));
        Map<Long, List<ThemeAnswer>> all = new HashMap<>();
        handedIn.forEach(r -> all.put(r.homeworkId(), r.themes()));
        int contributions =
                (int) all.values().stream().filter(l -> !l.isEmpty()).count();
        return new NeedsBoard(
                meeting.id(),
                meeting.position(),
                meeting.title(),
                contributions,
                NeedLines.of(all, labels),
                bySubgroup);
    }
}
