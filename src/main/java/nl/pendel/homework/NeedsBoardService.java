package nl.pendel.homework;

import nl.pendel.course.CourseAccess;
import nl.pendel.course.CourseDetails;
import nl.pendel.course.CourseService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The common needs board of a meeting: the caseload themes of the homework handed in, counted
 * anonymously per subgroup and for the team. For everyone who may see the course.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class NeedsBoardService {

    private final CourseService courses;
    private final NeedsBoards boards;

    NeedsBoardService(CourseService courses, NeedsBoards boards) {
        this.courses = courses;
        this.boards = boards;
    }

    /**
     * The needs board of one meeting. Trainers and the team lead see every subgroup; a participant
     * sees the team figures and their own subgroup.
     */
    public NeedsBoard needsBoard(long courseId, long meetingId) {
        CourseAccess access = courses.requireView(courseId);
        CourseDetails.Meeting meeting = courses.meetingsOf(courseId).stream()
                .filter(m -> m.id() == meetingId)
                .findFirst()
                .orElseThrow(TrainerCourses::notFound);
        return boards.board(access, meeting);
    }
}
