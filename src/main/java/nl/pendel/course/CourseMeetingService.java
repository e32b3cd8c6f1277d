package nl.pendel.course;

import jakarta.validation.Valid;
import java.util.List;
import nl.pendel.course.internal.CourseMeeting;
import nl.pendel.course.internal.CourseMeetingRepository;
import nl.pendel.course.internal.CourseRepository;
import nl.pendel.shared.UserFacingException;
import nl.pendel.shared.Versions;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The meetings of one course, as its trainers adapt them: edit, add, move and remove. The shared
 * programme version stays as it is. Only the course's trainers (and administrators) may change
 * them, and not once the course is closed.
 */
@Service
@Validated
@PreAuthorize("isAuthenticated()")
public class CourseMeetingService {

    private final CourseService courses;
    private final CourseMeetingRepository meetings;
    private final CourseRepository courseRepository;

    CourseMeetingService(CourseService courses, CourseMeetingRepository meetings, CourseRepository courseRepository) {
        this.courses = courses;
        this.meetings = meetings;
        this.courseRepository = courseRepository;
    }

    /** Changes the course's own copy of a meeting; the shared programme stays as it is. */
    @Transactional
    public void saveMeeting(long courseId, @Valid MeetingDraft draft) {
        courses.requireManage(courseId);
        CourseMeeting meeting = meetingOf(courseId, draft.getId());
        Versions.requireUnchanged(meeting.getVersion(), draft.getVersion());
        if (draft.getAgenda().stream().anyMatch(item -> item.length() > MeetingDraft.AGENDA_ITEM_MAX)) {
            throw new UserFacingException("course.error.agenda-item-too-long", MeetingDraft.AGENDA_ITEM_MAX);
        }
        draft.getAgenda().forEach(nl.pendel.shared.OneLineText::check);
        if (draft.isAsksCaseloadThemes() && !meeting.isAsksCaseloadThemes() && !hasCaseloadThemes(courseId)) {
            throw new UserFacingException("course.error.no-caseload-themes");
        }
        meeting.setTitle(draft.getTitle().strip());
        meeting.setTheme(draft.getTheme().strip());
        meeting.setPreparationTitle(draft.getPreparationTitle().strip());
        meeting.setPreparationInstructions(draft.getPreparationInstructions().strip());
        meeting.setAsksCaseloadThemes(draft.isAsksCaseloadThemes());
        meeting.setAgenda(draft.getAgenda());
        meetings.saveAndFlush(meeting);
    }

    /** Adds a meeting at the end, with the given title and an empty preparation assignment. */
    @Transactional
    public void addMeeting(long courseId, String title, String preparationTitle) {
        courses.requireManage(courseId);
        int next = meetings.findByCourseIdOrderByPosition(courseId).size() + 1;
        CourseMeeting meeting = new CourseMeeting(courseId, next);
        meeting.setTitle(title);
        meeting.setTheme("");
        meeting.setPreparationTitle(preparationTitle);
        meeting.setPreparationInstructions("");
        meetings.saveAndFlush(meeting);
    }

    /** Moves a meeting one place up (-1) or down (+1). */
    @Transactional
    public void moveMeeting(long courseId, long meetingId, int direction) {
        courses.requireManage(courseId);
        List<CourseMeeting> ordered = meetings.findByCourseIdOrderByPosition(courseId);
        int index = ordered.indexOf(meetingOf(courseId, meetingId));
        int other = index + Integer.signum(direction);
        if (index < 0 || other < 0 || other >= ordered.size()) {
            return;
        }
        CourseMeeting a = ordered.get(index);
        CourseMeeting b = ordered.get(other);
        int position = a.getPosition();
        a.setPosition(b.getPosition());
        b.setPosition(position);
        meetings.saveAllAndFlush(List.of(a, b));
    }

    /** Removes a meeting that has no sessions yet, and renumbers the others. */
    @Transactional
    public void removeMeeting(long courseId, long meetingId) {
        courses.requireManage(courseId);
        CourseMeeting meeting = meetingOf(courseId, meetingId);
        try {
            meetings.delete(meeting);
            meetings.flush();
        } catch (org.springframework.dao.DataIntegrityViolationException e) {
            throw new UserFacingException("course.error.meeting-has-sessions");
        }
        int position = 1;
        for (CourseMeeting rest : meetings.findByCourseIdOrderByPosition(courseId)) {
            rest.setPosition(position++);
        }
        meetings.flush();
    }

    private boolean hasCaseloadThemes(long courseId) {
        return courseRepository
                .findById(courseId)
                .map(course -> course.getCaseloadThemeListVersionId() != null)
                .orElse(false);
    }

    private CourseMeeting meetingOf(long courseId, long meetingId) {
        return meetings.findById(meetingId)
                .filter(m -> m.getCourseId() == courseId)
                .orElseThrow(() -> new UserFacingException("error.not-found"));
    }
}
