package nl.pendel.course;

import java.time.Clock;
import nl.pendel.course.internal.Course;
import nl.pendel.course.internal.CourseMeeting;
import nl.pendel.course.internal.CourseMeetingRepository;
import nl.pendel.course.internal.CourseRepository;
import nl.pendel.course.internal.SessionSlot;
import nl.pendel.programme.ProgrammeOutline;
import nl.pendel.programme.ProgrammeService;
import nl.pendel.shared.UserFacingException;
import nl.pendel.shared.Versions;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * Creates, copies and changes courses for {@link CourseService}, which checks role and course
 * first and holds the transaction.
 */
@Component
class CourseWrites {

    private final CourseRepository courses;
    private final CourseMeetingRepository meetings;
    private final ProgrammeService programmes;
    private final CourseDraftRules rules;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CourseWrites(
            CourseRepository courses,
            CourseMeetingRepository meetings,
            ProgrammeService programmes,
            CourseDraftRules rules,
            ApplicationEventPublisher events,
            Clock clock) {
        this.courses = courses;
        this.meetings = meetings;
        this.programmes = programmes;
        this.rules = rules;
        this.events = events;
        this.clock = clock;
    }

    CourseSummary create(CourseDraft draft) {
        ProgrammeOutline outline = programmes
                .outline(draft.getProgrammeVersionId())
                .orElseThrow(() -> new UserFacingException("course.error.programme-unknown"));
        Course course = new Course(draft.getTeamId(), draft.getProgrammeVersionId(), clock.instant());
        apply(course, draft);
        if (outline.caseloadThemes() != null) {
            course.setCaseloadThemeListVersionId(outline.caseloadThemes().id());
        }
        outline.sessionPattern().forEach(slot -> course.getSessionSlots()
                .add(new SessionSlot(slot.subgroup(), slot.day() - 1, slot.start(), slot.end())));
        Course saved = store(course);
        for (ProgrammeOutline.Meeting m : outline.meetings()) {
            CourseMeeting meeting = new CourseMeeting(saved.getId(), m.position());
            meeting.setTitle(m.title());
            meeting.setTheme(m.theme());
            meeting.setPreparationTitle(m.preparationTitle());
            meeting.setPreparationInstructions(m.preparationInstructions());
            meeting.setAsksCaseloadThemes(m.asksCaseloadThemes());
            meeting.setAgenda(m.agenda());
            meetings.save(meeting);
        }
        events.publishEvent(new CourseSaved(saved.getId()));
        return CourseRecords.summary(saved);
    }

    CourseSummary copy(long sourceCourseId, CourseDraft draft) {
        Course source = courses.findById(sourceCourseId).orElseThrow(CourseWrites::notFound);
        draft.setProgrammeVersionId(source.getProgrammeVersionId());
        Course course = new Course(draft.getTeamId(), source.getProgrammeVersionId(), clock.instant());
        apply(course, draft);
        course.setCopiedFromId(source.getId());
        course.setCaseloadThemeListVersionId(source.getCaseloadThemeListVersionId());
        source.getSessionSlots().forEach(slot -> course.getSessionSlots()
                .add(new SessionSlot(
                        slot.getSubgroupNo(), slot.getDayOffset(), slot.getStartTime(), slot.getEndTime())));
        Course saved = store(course);
        for (CourseMeeting m : meetings.findByCourseIdOrderByPosition(source.getId())) {
            CourseMeeting meeting = new CourseMeeting(saved.getId(), m.getPosition());
            meeting.setTitle(m.getTitle());
            meeting.setTheme(m.getTheme());
            meeting.setPreparationTitle(m.getPreparationTitle());
            meeting.setPreparationInstructions(m.getPreparationInstructions());
            meeting.setAsksCaseloadThemes(m.isAsksCaseloadThemes());
            meeting.setAgenda(m.getAgenda());
            meetings.save(meeting);
        }
        events.publishEvent(new CourseSaved(saved.getId()));
        return CourseRecords.summary(saved);
    }

    CourseSummary update(CourseDraft draft) {
        Course course = courses.findById(draft.getId()).orElseThrow(CourseWrites::notFound);
        Versions.requireUnchanged(course.getVersion(), draft.getVersion());
        if (!course.getTeamId().equals(draft.getTeamId())) {
            throw new UserFacingException("course.error.team-fixed");
        }
        apply(course, draft);
        course.touch(clock.instant());
        CourseSummary saved = CourseRecords.summary(store(course));
        events.publishEvent(new CourseSaved(saved.id()));
        return saved;
    }

    private void apply(Course course, CourseDraft draft) {
        // who takes part already stays until taken out; only those added are checked against the team
        rules.check(
                draft,
                course.getId(),
                java.util.Objects.equals(course.getTeamId(), draft.getTeamId())
                        ? course.getParticipantIds()
                        : java.util.Set.of());
        course.setTitle(draft.getTitle().strip());
        course.setStartsOn(draft.getStartsOn());
        course.setEndsOn(draft.getEndsOn());
        course.setTrainerId(draft.getTrainerId());
        course.setCoTrainerId(draft.getCoTrainerId());
        course.setSubgroupCount(draft.getSubgroupCount());
        course.getParticipantIds().clear();
        course.getParticipantIds().addAll(draft.getParticipantIds());
    }

    /**
     * Saves a new or changed course; a title that another open course got at the same moment
     * (after the check in {@link CourseDraftRules}) is refused by the database's unique index.
     */
    private Course store(Course course) {
        try {
            return courses.saveAndFlush(course);
        } catch (DataIntegrityViolationException e) {
            String cause = NestedExceptionUtils.getMostSpecificCause(e).getMessage();
            if (cause != null && cause.contains("uk_course_open_title")) {
                throw new UserFacingException("course.error.title-taken");
            }
            throw e;
        }
    }

    CourseSummary changeReminders(long courseId, long version, boolean enabled) {
        Course course = courses.findById(courseId).orElseThrow(CourseWrites::notFound);
        Versions.requireUnchanged(course.getVersion(), version);
        course.setRemindersEnabled(enabled);
        course.touch(clock.instant());
        return CourseRecords.summary(courses.saveAndFlush(course));
    }

    private static UserFacingException notFound() {
        return new UserFacingException("error.not-found");
    }
}
