package nl.pendel.course.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.stream.Collectors;
import nl.pendel.account.PersonProfile;
import nl.pendel.account.PersonService;
import nl.pendel.course.CourseDeletionService;
import nl.pendel.course.CourseDetails;
import nl.pendel.course.CourseDraft;
import nl.pendel.course.CourseMeetingService;
import nl.pendel.course.CoursePage;
import nl.pendel.course.CourseService;
import nl.pendel.course.CourseSummary;
import nl.pendel.course.MeetingDraft;
import nl.pendel.programme.ProgrammeService;
import nl.pendel.security.CurrentUser;
import nl.pendel.shared.UserFacingException;
import nl.pendel.shared.ui.CourseTabs;
import nl.pendel.shared.ui.FormDialog;
import nl.pendel.shared.ui.Notifications;
import nl.pendel.shared.ui.TranslatedTitle;
import nl.pendel.team.TeamService;
import org.springframework.security.access.AccessDeniedException;

/**
 * One course: period, trainers, participants, status and its meetings. Its trainers change the
 * settings and the status; whoever else may see the course reads it.
 */
@Route("cursussen/:courseId")
@PermitAll
class CourseView extends Div implements BeforeEnterObserver, TranslatedTitle {

    private final CourseService courses;
    private final CourseDeletionService deletion;
    private final CourseMeetingService meetingService;
    private final PersonService people;
    private final TeamService teams;
    private final ProgrammeService programmes;
    private final CurrentUser currentUser;
    private boolean attendance;

    CourseView(
            CourseService courses,
            CourseDeletionService deletion,
            CourseMeetingService meetingService,
            PersonService people,
            TeamService teams,
            ProgrammeService programmes,
            CurrentUser currentUser) {
        this.courses = courses;
        this.deletion = deletion;
        this.meetingService = meetingService;
        this.people = people;
        this.teams = teams;
        this.programmes = programmes;
        this.currentUser = currentUser;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        CourseDetails details;
        try {
            details = courses.details(
                    event.getRouteParameters().getLong("courseId").orElse(-1L));
        } catch (AccessDeniedException | UserFacingException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        attendance = CoursePage.of(details.access(), currentUser.require()).attendance();
        show(details);
    }

    @Override
    public String titleKey() {
        return "course.view";
    }

    private void show(CourseDetails details) {
        removeAll();
        var course = details.summary();
        boolean manage = CoursePage.of(details.access(), currentUser.require()).manage();
        H2 title = new H2(course.title());
        Div header = new Div(title, StatusBadge.of(course.status()));
        header.addClassName("course-header");
        add(header, new CourseTabs(course.id(), CourseTabs.Tab.OVERVIEW, attendance));
        add(facts(course, manage));
        if (manage) {
            add(new CourseActions(
                    course, courses, deletion, () -> edit(details), () -> refresh(course.id()), () -> getUI().ifPresent(
                                    ui -> ui.navigate(CoursesView.class))));
        }
        showMeetings(course.id(), details.meetings(), manage);
    }

    /** Team, period, trainers and participant count; for its trainers, the reminders switch. */
    private Div facts(CourseSummary course, boolean manage) {
        List<PersonProfile> trainers = people.profiles(
                course.coTrainerId() == null
                        ? List.of(course.trainerId())
                        : List.of(course.trainerId(), course.coTrainerId()));
        String team = teams.findTeam(course.teamId()).map(t -> t.name()).orElse("");
        Div facts = new Div(new Paragraph(getTranslation(
                "course.facts",
                team,
                Dates.period(course.startsOn(), course.endsOn(), getLocale()),
                trainers.stream().map(PersonProfile::displayName).collect(Collectors.joining(" & ")),
                course.participantCount())));
        facts.addClassName("card");
        if (manage) {
            facts.add(remindersSwitch(course));
        }
        return facts;
    }

    private Checkbox remindersSwitch(CourseSummary course) {
        Checkbox reminders = new Checkbox(getTranslation("course.reminders"), course.remindersEnabled());
        reminders.setHelperText(getTranslation("course.reminders.help"));
        reminders.addValueChangeListener(change -> {
            if (!change.isFromClient()) {
                return;
            }
            try {
                courses.changeReminders(course.id(), course.version(), change.getValue());
                Notifications.success(this, "saved");
            } catch (UserFacingException e) {
                Notifications.error(this, e);
            }
            refresh(course.id());
        });
        return reminders;
    }

    private void showMeetings(long courseId, List<CourseDetails.Meeting> meetings, boolean manage) {
        add(new H3(getTranslation("programme.meetings")));
        for (CourseDetails.Meeting meeting : meetings) {
            OrderedList agenda = new OrderedList();
            meeting.agenda().forEach(item -> agenda.add(new ListItem(item)));
            Div body = new Div(
                    new Paragraph(meeting.theme()),
                    new Paragraph(getTranslation("programme.preparation") + ": " + meeting.preparationTitle()));
            if (meeting.asksCaseloadThemes()) {
                body.add(new Paragraph(getTranslation("course.meeting.asks-caseload-themes")));
            }
            body.add(agenda);
            if (manage) {
                body.add(meetingActions(courseId, meeting, meetings.size()));
            }
            add(new Details(getTranslation("programme.meeting", meeting.position()) + ": " + meeting.title(), body));
        }
        if (manage) {
            Button add = new Button(getTranslation("course.meeting.add"), click -> {
                meetingService.addMeeting(
                        courseId,
                        getTranslation("course.meeting.new-title"),
                        getTranslation("course.meeting.new-preparation"));
                refresh(courseId);
            });
            add(add);
        }
    }

    private Div meetingActions(long courseId, CourseDetails.Meeting meeting, int count) {
        Button edit = new Button(getTranslation("action.edit"), click -> editMeeting(courseId, meeting));
        Button up = new Button(getTranslation("course.meeting.up"), click -> {
            meetingService.moveMeeting(courseId, meeting.id(), -1);
            refresh(courseId);
        });
        up.setEnabled(meeting.position() > 1);
        Button down = new Button(getTranslation("course.meeting.down"), click -> {
            meetingService.moveMeeting(courseId, meeting.id(), 1);
            refresh(courseId);
        });
        down.setEnabled(meeting.position() < count);
        Button remove = new Button(getTranslation("course.meeting.remove"), click -> confirmRemoval(courseId, meeting));
        remove.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
        Div actions = new Div(edit, up, down, remove);
        actions.addClassName("toolbar");
        return actions;
    }

    private void editMeeting(long courseId, CourseDetails.Meeting meeting) {
        MeetingDraft draft = MeetingDraft.of(meeting);
        MeetingForm form =
                new MeetingForm(draft, !courses.caseloadThemes(courseId).isEmpty());
        new FormDialog(getTranslation("course.meeting.edit", meeting.position()), form, () -> {
                    if (!form.writeTo(draft)) {
                        return false;
                    }
                    meetingService.saveMeeting(courseId, draft);
                    Notifications.success(this, "saved");
                    refresh(courseId);
                    return true;
                })
                .open();
    }

    private void confirmRemoval(long courseId, CourseDetails.Meeting meeting) {
        ConfirmDialog confirm = new ConfirmDialog(
                getTranslation("course.meeting.remove.title", meeting.title()),
                getTranslation("course.meeting.remove.text"),
                getTranslation("course.meeting.remove"),
                event -> {
                    try {
                        meetingService.removeMeeting(courseId, meeting.id());
                        refresh(courseId);
                    } catch (UserFacingException e) {
                        Notifications.error(this, e);
                    }
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.open();
    }

    private void refresh(long courseId) {
        show(courses.details(courseId));
    }

    private void edit(CourseDetails details) {
        CourseDraft draft = CourseDraft.of(details.summary(), details.participantIds());
        CourseForm form = new CourseForm(draft, teams.allTeams(), people, programmes.latestVersions());
        new FormDialog(
                        getTranslation("course.edit"),
                        form,
                        () -> form.save(draft, valid -> {
                            courses.update(valid);
                            Notifications.success(this, "saved");
                            refresh(valid.getId());
                        }))
                .open();
    }
}
