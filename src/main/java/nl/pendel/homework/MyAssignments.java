package nl.pendel.homework;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.pendel.course.CourseDetails;
import nl.pendel.homework.internal.AssignmentSettingStore;
import nl.pendel.homework.internal.Deadlines;
import nl.pendel.homework.internal.HomeworkStore;
import nl.pendel.homework.internal.HomeworkStore.Row;
import nl.pendel.homework.internal.HomeworkStore.SubmissionRow;
import nl.pendel.schedule.SessionView;
import org.springframework.stereotype.Component;

/**
 * A participant's assignments across the courses {@link MyHomeworkService} checked, from the
 * courses and sessions it read: the settings of every meeting and the person's own work at once,
 * not per course. Runs in the calling service's transaction; the caller carries the checks.
 */
@Component
class MyAssignments {

    private final HomeworkStore store;
    private final AssignmentSettingStore settingStore;

    MyAssignments(HomeworkStore store, AssignmentSettingStore settingStore) {
        this.store = store;
        this.settingStore = settingStore;
    }

    /** The person's assignments in these courses, by due date and meeting. */
    List<Assignment> of(
            long me,
            Map<Long, Long> placements,
            Map<Long, CourseDetails> courseDetails,
            Map<Long, List<SessionView>> sessions) {
        Map<Long, AssignmentSettingStore.SettingRow> settings = settingStore.settings(courseDetails.values().stream()
                .flatMap(d -> d.meetings().stream())
                .map(CourseDetails.Meeting::id)
                .toList());
        OwnWork work = ownWork(me);
        List<Assignment> result = new ArrayList<>();
        for (CourseDetails details : courseDetails.values()) {
            Deadlines deadlines =
                    new Deadlines(sessions.getOrDefault(details.summary().id(), List.of()), settings);
            Long subgroupId = placements.get(details.summary().id());
            for (CourseDetails.Meeting meeting : details.meetings()) {
                Row row = work.rows().get(meeting.id());
                List<SubmissionRow> versions = work.versions(row);
                result.add(HomeworkParticipants.assignment(
                        details.summary(), meeting, deadlines, subgroupId, row, versions, work.feedback(versions)));
            }
        }
        result.sort(Comparator.comparing((Assignment a) -> a.dueAt() == null ? LocalDateTime.MAX : a.dueAt())
                .thenComparing(Assignment::meetingPosition));
        return result;
    }

    /** A person's homework rows by meeting, with their versions and the feedback on them. */
    private OwnWork ownWork(long personId) {
        Map<Long, Row> rows = store.ofPerson(personId).stream().collect(Collectors.toMap(Row::meetingId, r -> r));
        Map<Long, List<SubmissionRow>> submissions =
                store.submissions(rows.values().stream().map(Row::id).toList());
        Map<Long, List<HomeworkStore.FeedbackRow>> feedback = store.feedback(submissions.values().stream()
                .flatMap(List::stream)
                .map(SubmissionRow::id)
                .toList());
        return new OwnWork(rows, submissions, feedback);
    }

    private record OwnWork(
            Map<Long, Row> rows,
            Map<Long, List<SubmissionRow>> submissions,
            Map<Long, List<HomeworkStore.FeedbackRow>> feedbackOf) {

        List<SubmissionRow> versions(Row row) {
            return row == null ? List.of() : submissions.getOrDefault(row.id(), List.of());
        }

        int feedback(List<SubmissionRow> versions) {
            return versions.stream()
                    .mapToInt(s -> feedbackOf.getOrDefault(s.id(), List.of()).size())
                    .sum();
        }
    }
}
