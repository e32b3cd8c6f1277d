package nl.pendel.homework;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
import nl.pendel.course.CourseAccess;
import nl.pendel.course.CourseService;
import nl.pendel.homework.internal.HomeworkFileStore;
import nl.pendel.homework.internal.HomeworkFileStore.FileContent;
import nl.pendel.homework.internal.HomeworkStore;
import nl.pendel.homework.internal.HomeworkStore.Row;
import nl.pendel.security.CurrentUser;
import nl.pendel.security.PendelUser;
import nl.pendel.subgroup.SubgroupService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Homework attachments downloaded by whoever may see them: the writer, the course's trainers and
 * administrators, and the writer's subgroup once the work was handed in and the deadline passed.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class HomeworkDownloadService {

    private final HomeworkStore store;
    private final HomeworkFileStore files;
    private final HomeworkParticipants contexts;
    private final CourseService courses;
    private final SubgroupService subgroups;
    private final CurrentUser currentUser;
    private final Clock clock;

    HomeworkDownloadService(
            HomeworkStore store,
            HomeworkFileStore files,
            HomeworkParticipants contexts,
            CourseService courses,
            SubgroupService subgroups,
            CurrentUser currentUser,
            Clock clock) {
        this.store = store;
        this.files = files;
        this.contexts = contexts;
        this.courses = courses;
        this.subgroups = subgroups;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * An attachment's content, for whoever may see it: its writer, the course's trainers and
     * administrators, and members of the writer's subgroup once it was handed in and the
     * deadline passed. Everyone else gets "not found".
     */
    public FileDownload download(long fileId) {
        FileContent file = files.fileContent(fileId).orElseThrow(TrainerCourses::notFound);
        Row row = store.byId(file.homeworkId()).orElseThrow(TrainerCourses::notFound);
        PendelUser user = currentUser.require();
        CourseAccess access = courses.access(row.courseId()).orElseThrow(TrainerCourses::notFound);
        boolean allowed = row.personId() == user.personId()
                || access.canManage(user)
                || (row.state() == HomeworkState.SUBMITTED
                        && access.status().visibleToTeam()
                        && access.participantIds().contains(user.personId())
                        && files.fileSubmitted(fileId)
                        && sharedInSubgroup(row, user));
        if (!allowed) {
            throw new AccessDeniedException("File " + fileId + " is not visible to this person");
        }
        return new FileDownload(file.fileName(), file.kind().contentType(), file.content());
    }

    /** Whether the reader is in the writer's subgroup and their deadline passed. */
    private boolean sharedInSubgroup(Row row, PendelUser reader) {
        Optional<Long> mine = subgroups.subgroupOf(row.courseId(), reader.personId());
        Optional<Long> theirs = subgroups.subgroupOf(row.courseId(), row.personId());
        if (mine.isEmpty() || !mine.equals(theirs)) {
            return false;
        }
        return contexts.deadlines(row.courseId(), courses.meetingsOf(row.courseId()))
                .passed(row.meetingId(), mine.get(), LocalDateTime.now(clock));
    }
}
