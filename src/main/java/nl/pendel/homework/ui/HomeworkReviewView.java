package nl.pendel.homework.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import nl.pendel.course.CourseDetails;
import nl.pendel.course.CoursePage;
import nl.pendel.course.CourseService;
import nl.pendel.homework.Assignment;
import nl.pendel.homework.AssignmentSettings;
import nl.pendel.homework.HomeworkReading;
import nl.pendel.homework.HomeworkReviewService;
import nl.pendel.homework.HomeworkRow;
import nl.pendel.homework.HomeworkService;
import nl.pendel.homework.MeetingCompletion;
import nl.pendel.homework.MeetingReview;
import nl.pendel.homework.Submission;
import nl.pendel.security.CurrentUser;
import nl.pendel.security.PendelUser;
import nl.pendel.shared.EditConflictException;
import nl.pendel.shared.ScreenReads;
import nl.pendel.shared.UserFacingException;
import nl.pendel.shared.ui.CourseTabs;
import nl.pendel.shared.ui.Notifications;
import nl.pendel.shared.ui.ResponsiveColumns;
import nl.pendel.shared.ui.TranslatedTitle;
import org.jspecify.annotations.Nullable;

/**
 * The homework tab of a course. Trainers pick a meeting and see who handed in, late or not,
 * read and give feedback, set the deadline and reminder, open the briefing per subgroup and see
 * the common needs board. The team lead sees completion figures and the board, never texts;
 * a participant sees their own assignments of the course and their subgroup's board.
 */
@Route("cursussen/:courseId/huiswerk")
@PermitAll
class HomeworkReviewView extends Div implements BeforeEnterObserver, TranslatedTitle {

    private final HomeworkReviewService review;
    private final HomeworkService homework;
    private final CourseService courses;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final Div meetingPart = new Div();
    private long courseId;
    private boolean editable;

    private final ScreenReads reads;

    HomeworkReviewView(
            HomeworkReviewService review,
            HomeworkService homework,
            CourseService courses,
            CurrentUser currentUser,
            Clock clock,
            ScreenReads reads) {
        this.reads = reads;
        this.review = review;
        this.homework = homework;
        this.courses = courses;
        this.currentUser = currentUser;
        this.clock = clock;
        addClassNames("page", "homework-review");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        reads.run(() -> enter(event));
    }

    /** Builds the screen, in one read-only transaction ({@link ScreenReads}). */
    private void enter(BeforeEnterEvent event) {
        CoursePage.enter(event, courses, currentUser).ifPresent(page -> {
            courseId = page.courseId();
            editable = page.manage();
            PendelUser user = currentUser.require();
            // the title and the meetings; not the course's session pattern, which this tab does not show
            String title = courses.summary(courseId).title();
            List<CourseDetails.Meeting> meetings = courses.meetingsOf(courseId);
            removeAll();
            add(new H2(title), new CourseTabs(courseId, CourseTabs.Tab.HOMEWORK, page.attendance()));
            if (page.access().canManage(user)) {
                trainer(meetings);
            } else if (page.attendance()) {
                lead(meetings);
            } else {
                participant(meetings);
            }
        });
    }

    @Override
    public String titleKey() {
        return "course.tab.homework";
    }

    // ---- trainer

    private void trainer(List<CourseDetails.Meeting> meetings) {
        if (meetings.isEmpty()) {
            add(new Paragraph(getTranslation("homework.review.no-meetings")));
            return;
        }
        Select<CourseDetails.Meeting> meeting = meetingSelect(meetings);
        meeting.addValueChangeListener(e -> showMeeting(e.getValue()));
        add(meeting, meetingPart);
        showMeeting(meeting.getValue());
    }

    private Select<CourseDetails.Meeting> meetingSelect(List<CourseDetails.Meeting> meetings) {
        Select<CourseDetails.Meeting> meeting = new Select<>();
        meeting.setId("homework-meeting");
        meeting.setLabel(getTranslation("homework.review.meeting"));
        meeting.setItems(meetings);
        meeting.setItemLabelGenerator(
                m -> getTranslation("homework.meeting-assignment", m.position(), m.preparationTitle()));
        meeting.setValue(meetings.getFirst());
        return meeting;
    }

    private void showMeeting(CourseDetails.@Nullable Meeting meeting) {
        meetingPart.removeAll();
        if (meeting == null) {
            return;
        }
        MeetingReview tab = review.meetingReview(courseId, meeting.id());
        List<HomeworkRow> rows = tab.rows();
        long onTime = rows.stream()
                .filter(r -> r.completion() == nl.pendel.homework.Completion.ON_TIME)
                .count();
        long late = rows.stream()
                .filter(r -> r.completion() == nl.pendel.homework.Completion.LATE)
                .count();
        long missing = rows.stream()
                .filter(r -> r.completion() == nl.pendel.homework.Completion.MISSING)
                .count();
        Paragraph summary =
                new Paragraph(getTranslation("homework.review.summary", onTime, late, missing, rows.size()));
        summary.addClassName("lead");
        meetingPart.add(summary);
        meetingPart.add(settings(meeting, tab.settings()));

        Grid<HomeworkRow> grid = new Grid<>();
        grid.setAllRowsVisible(true);
        grid.addColumn(HomeworkRow::name)
                .setHeader(getTranslation("homework.review.name"))
                .setFlexGrow(2);
        grid.addColumn(r -> r.subgroupNumber() == null ? "–" : r.subgroupNumber())
                .setHeader(getTranslation("homework.review.subgroup"))
                .setAutoWidth(true)
                .setKey("subgroup");
        grid.addComponentColumn(r -> HomeworkTexts.completionBadge(this, r.completion()))
                .setHeader(getTranslation("homework.review.status"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.submittedAt() == null ? "" : time(r.submittedAt()))
                .setHeader(getTranslation("homework.review.submitted-at"))
                .setAutoWidth(true)
                .setKey("submitted");
        grid.addColumn(HomeworkRow::feedbackCount)
                .setHeader(getTranslation("homework.review.feedback"))
                .setAutoWidth(true)
                .setKey("feedback");
        grid.addComponentColumn(r -> {
                    if (r.homeworkId() == null || r.versions() == 0) {
                        return new Span();
                    }
                    Button read =
                            new Button(getTranslation("homework.review.read"), e -> read(r.homeworkId(), meeting));
                    read.addThemeVariants(ButtonVariant.TERTIARY);
                    read.getElement()
                            .setAttribute("aria-label", getTranslation("homework.review.read.named", r.name()));
                    return read;
                })
                .setHeader(getTranslation("homework.review.read"))
                .setKey("read")
                .setAutoWidth(true);
        grid.setItems(rows);
        grid.addItemClickListener(e -> {
            if (e.getItem().homeworkId() != null && e.getItem().versions() > 0) {
                read(e.getItem().homeworkId(), meeting);
            }
        });
        ResponsiveColumns.hideOnPhone(
                grid,
                grid.getColumnByKey("subgroup"),
                grid.getColumnByKey("submitted"),
                grid.getColumnByKey("feedback"));
        meetingPart.add(grid);

        Set<Integer> subgroups = new TreeSet<>();
        rows.stream()
                .map(HomeworkRow::subgroupNumber)
                .filter(java.util.Objects::nonNull)
                .forEach(subgroups::add);
        Div briefings = new Div(new Span(getTranslation("homework.review.briefings")));
        briefings.addClassName("toolbar");
        for (int number : subgroups) {
            Anchor link = new Anchor(
                    HomeworkBriefingView.route(courseId, meeting.id(), number),
                    getTranslation("homework.board.subgroup", number));
            link.addClassName("button-link");
            briefings.add(link);
        }
        meetingPart.add(briefings);
        meetingPart.add(new NeedsBoardPanel(tab.board()));
    }

    private Div settings(CourseDetails.Meeting meeting, AssignmentSettings settings) {
        DateTimePicker due = new DateTimePicker(getTranslation("homework.settings.due"));
        due.setLocale(getLocale());
        due.setHelperText(getTranslation("homework.settings.due.help"));
        due.setValue(settings.dueAt());
        due.setStep(java.time.Duration.ofMinutes(15));
        IntegerField days = new IntegerField(getTranslation("homework.settings.reminder"));
        days.setHelperText(getTranslation("homework.settings.reminder.help"));
        days.setMin(1);
        days.setMax(AssignmentSettings.REMINDER_DAYS_MAX);
        days.setStepButtonsVisible(true);
        days.setValue(settings.reminderDays());
        long[] version = {settings.version()};
        Button save = new Button(getTranslation("homework.settings.save"), e -> {
            if (due.isInvalid() || days.isInvalid()) {
                Notifications.error(this, "homework.settings.invalid");
                return;
            }
            try {
                AssignmentSettings saved = review.saveSettings(
                        courseId, new AssignmentSettings(meeting.id(), due.getValue(), days.getValue(), version[0]));
                version[0] = saved.version();
                Notifications.success(this, "homework.settings.saved");
                showMeeting(meeting);
            } catch (EditConflictException ex) {
                Notifications.error(this, "homework.error.conflict");
                showMeeting(meeting);
            } catch (UserFacingException ex) {
                Notifications.error(this, ex);
            }
        });
        save.setEnabled(editable);
        due.setReadOnly(!editable);
        days.setReadOnly(!editable);
        due.setWidth("min(22rem, 100%)");
        days.setWidth("12rem");
        Div form = new Div(due, days, save);
        form.addClassNames("toolbar", "assignment-settings");
        String current = getTranslation(
                "homework.settings.summary",
                settings.dueAt() == null
                        ? getTranslation("homework.settings.summary.own-session")
                        : HomeworkTexts.dateTime(this, settings.dueAt()),
                settings.reminderDays() == null
                        ? getTranslation("homework.settings.summary.no-reminder")
                        : getTranslation("homework.settings.summary.reminder", settings.reminderDays()));
        com.vaadin.flow.component.details.Details details =
                new com.vaadin.flow.component.details.Details(current, form);
        details.addClassName("settings-details");
        return new Div(details);
    }

    private void read(long homeworkId, CourseDetails.Meeting meeting) {
        HomeworkReading reading = review.read(courseId, homeworkId);
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("homework.review.reading", reading.name(), meeting.position()));
        dialog.setWidth("min(60rem, 100vw)");
        Div content = new Div();
        for (Submission submission : reading.submissions()) {
            Div version = new Div();
            version.addClassName("card");
            Paragraph when = new Paragraph(getTranslation(
                    submission.late() ? "homework.review.version.late" : "homework.review.version",
                    submission.number(),
                    time(submission.submittedAt())));
            when.addClassName("muted");
            version.add(when);
            if (submission.withdrawnAt() != null) {
                Span withdrawn = new Span(getTranslation("homework.review.withdrawn"));
                withdrawn.addClassNames("badge", "badge-muted");
                version.add(withdrawn);
            }
            version.add(HomeworkHtml.of(submission.bodyHtml()));
            for (var file : submission.files()) {
                Anchor link = new Anchor(HomeworkDownloads.handler(homework, file.id()), file.fileName());
                link.getElement().setAttribute("download", true);
                version.add(new Div(link));
            }
            for (var feedback : submission.feedback()) {
                Div item = new Div(
                        new Span(getTranslation(
                                "homework.feedback.from", feedback.trainerName(), time(feedback.givenAt()))),
                        HomeworkHtml.of(feedback.bodyHtml()));
                item.addClassNames("callout", "callout-success");
                version.add(item);
            }
            content.add(version);
        }
        if (!reading.themes().isEmpty()) {
            content.add(NeedsBoardPanel.column(getTranslation("homework.themes.title"), reading.themes()));
        }
        dialog.add(content);
        if (editable
                && !reading.submissions().isEmpty()
                && reading.submissions().getFirst().withdrawnAt() == null) {
            TextArea feedback = new TextArea(getTranslation("homework.review.feedback.new"));
            feedback.setId("homework-feedback");
            feedback.setWidthFull();
            feedback.setMaxLength(nl.pendel.homework.Feedback.MAX);
            feedback.setHelperText(getTranslation("homework.review.feedback.help"));
            Button send = new Button(getTranslation("homework.review.feedback.send"), e -> {
                try {
                    review.giveFeedback(
                            courseId, reading.submissions().getFirst().id(), feedback.getValue());
                    Notifications.success(this, "homework.review.feedback.sent", reading.name());
                    dialog.close();
                    showMeeting(meeting);
                } catch (UserFacingException ex) {
                    feedback.setInvalid(true);
                    feedback.setErrorMessage(getTranslation(ex.messageKey(), ex.arguments()));
                }
            });
            send.addThemeVariants(ButtonVariant.PRIMARY);
            send.setId("homework-feedback-send");
            dialog.add(feedback);
            dialog.getFooter().add(send);
        }
        Button close = new Button(getTranslation("action.close"), e -> dialog.close());
        dialog.getFooter().add(close);
        dialog.open();
    }

    // ---- team lead

    private void lead(List<CourseDetails.Meeting> meetings) {
        Paragraph help = new Paragraph(getTranslation("homework.lead.help"));
        help.addClassName("muted");
        add(help);
        Grid<MeetingCompletion> grid = new Grid<>();
        grid.setAllRowsVisible(true);
        grid.addColumn(m -> getTranslation("homework.meeting-assignment", m.meetingPosition(), m.meetingTitle()))
                .setHeader(getTranslation("homework.review.meeting"))
                .setFlexGrow(2);
        grid.addColumn(MeetingCompletion::onTime).setHeader(getTranslation("homework.completion.ON_TIME"));
        grid.addColumn(MeetingCompletion::late).setHeader(getTranslation("homework.completion.LATE"));
        grid.addColumn(MeetingCompletion::open)
                .setHeader(getTranslation("homework.completion.OPEN"))
                .setKey("open");
        grid.addColumn(MeetingCompletion::missing).setHeader(getTranslation("homework.completion.MISSING"));
        ResponsiveColumns.hideOnPhone(grid, grid.getColumnByKey("open"));
        grid.setItems(review.completion(courseId));
        add(grid);
        for (CourseDetails.Meeting meeting : meetings) {
            if (meeting.asksCaseloadThemes()) {
                add(new NeedsBoardPanel(review.needsBoard(courseId, meeting.id())));
            }
        }
    }

    // ---- participant

    private void participant(List<CourseDetails.Meeting> meetings) {
        LocalDateTime now = LocalDateTime.now(clock);
        Div list = new Div();
        list.addClassName("card-grid");
        for (Assignment assignment : homework.myAssignments()) {
            if (assignment.courseId() != courseId) {
                continue;
            }
            Div card = new Div(new H3(
                    getTranslation("homework.meeting-assignment", assignment.meetingPosition(), assignment.title())));
            card.addClassName("card");
            card.add(new Paragraph(HomeworkTexts.due(this, assignment.dueAt())));
            card.add(HomeworkTexts.stateBadge(this, assignment, now));
            Anchor open = new Anchor(
                    HomeworkEditorView.route(courseId, assignment.meetingId()), getTranslation("homework.open.write"));
            open.addClassName("button-link");
            card.add(new Div(open));
            list.add(card);
        }
        add(list);
        for (CourseDetails.Meeting meeting : meetings) {
            if (meeting.asksCaseloadThemes()) {
                add(new NeedsBoardPanel(review.needsBoard(courseId, meeting.id())));
            }
        }
    }

    private String time(java.time.Instant instant) {
        return DateTimeFormatter.ofPattern("d MMM HH:mm", getLocale()).format(instant.atZone(clock.getZone()));
    }
}
