package nl.pendel.homework;

import java.util.List;
import nl.pendel.course.CourseAccess;
import nl.pendel.course.CourseDetails;
import nl.pendel.course.CourseService;
import nl.pendel.course.CourseSummary;
import nl.pendel.homework.HomeworkTab.Audience;
import nl.pendel.security.PendelUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The homework tab of a course, for whoever may see the course: the trainers review, the team
 * lead sees figures and the needs boards, a participant their own assignments and boards. Each
 * part is read through the service of its audience, with that service's checks.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class HomeworkTabService {

    private final CourseService courses;
    private final TrainerCourses trainerCourses;
    private final HomeworkReviewService review;
    private final HomeworkFiguresService figures;
    private final NeedsBoards boards;
    private final MyHomeworkService myHomework;

    HomeworkTabService(
            CourseService courses,
            TrainerCourses trainerCourses,
            HomeworkReviewService review,
            HomeworkFiguresService figures,
            NeedsBoards boards,
            MyHomeworkService myHomework) {
        this.courses = courses;
        this.trainerCourses = trainerCourses;
        this.review = review;
        this.figures = figures;
        this.boards = boards;
        this.myHomework = myHomework;
    }

    /** What the course's homework tab shows the signed-in person. */
    public HomeworkTab tab(long courseId) {
        CourseAccess access = courses.requireView(courseId);
        PendelUser user = trainerCourses.user();
        // the title and the meetings; not the course's session pattern, which this tab does not show
        CourseSummary summary = courses.summary(courseId);
        String title = summary.title();
        List<CourseDetails.Meeting> meetings = courses.meetingsOf(courseId);
        if (access.canManage(user)) {
            MeetingReview first = meetings.isEmpty()
                    ? null
                    : review.meetingReview(
                            trainerCourses.trainerCourse(access, summary, meetings),
                            meetings.getFirst().id());
            return new HomeworkTab(access, title, meetings, Audience.TRAINER, first, List.of(), List.of(), List.of());
        }
        List<NeedsBoard> needs = meetings.stream()
                .filter(CourseDetails.Meeting::asksCaseloadThemes)
                .map(m -> boards.board(access, m))
                .toList();
        if (TrainerCourses.isLead(access, user)) {
            return new HomeworkTab(
                    access, title, meetings, Audience.TEAM_LEAD, null, figures.completion(courseId), needs, List.of());
        }
        List<Assignment> mine = myHomework.myAssignments().stream()
                .filter(a -> a.courseId() == courseId)
                .toList();
        return new HomeworkTab(access, title, meetings, Audience.PARTICIPANT, null, List.of(), needs, mine);
    }
}
