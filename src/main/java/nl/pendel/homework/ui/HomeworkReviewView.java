package nl.pendel.homework.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import nl.pendel.course.CourseDetails;
import nl.pendel.course.CoursePage;
import nl.pendel.homework.Assignment;
import nl.pendel.homework.AssignmentSettingsService;
import nl.pendel.homework.Completion;
import nl.pendel.homework.HomeworkDownloadService;
import nl.pendel.homework.HomeworkReading;
import nl.pendel.homework.HomeworkReviewService;
import nl.pendel.homework.HomeworkRow;
import nl.pendel.homework.HomeworkTab;
import nl.pendel.homework.HomeworkTabService;
import nl.pendel.homework.MeetingCompletion;
import nl.pendel.homework.MeetingReview;
import nl.pendel.security.CurrentUser;
import nl.pendel.shared.UserFacingException;
import nl.pendel.shared.ui.CourseTabs;
import nl.pendel.shared.ui.ResponsiveColumns;
import nl.pendel.shared.ui.TranslatedTitle;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * The homework tab of a course. Trainers pick a meeting and see who handed in, late or not,
 * read and give feedback, set the deadline and reminder, open the briefing per subgroup and see
 * the common needs board. The team lead sees completion figures and the board, never texts;
 * a participant sees their own assignments of the course and their subgroup's board.
 */
@Route("cursussen/:courseId/huiswerk")
@PermitAll
class HomeworkReviewView extends Div implements BeforeEnterObserver, TranslatedTitle {

    private final HomeworkTabService tabs;
    private final HomeworkReviewService review;
    private final AssignmentSettingsService settings;
    private final HomeworkDownloadService homework;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final Div meetingPart = new Div();
    private long courseId;
    private boolean editable;

    HomeworkReviewView(
            HomeworkTabService tabs,
            HomeworkReviewService review,
            AssignmentSettingsService settings,
            HomeworkDownloadService homework,
            CurrentUser currentUser,
            Clock clock) {
        this.tabs = tabs;
        this.review = review;
        this.settings = settings;
        this.homework = homework;
        this.currentUser = currentUser;
        this.clock = clock;
        addClassNames("page", "homework-review");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        HomeworkTab tab;
        try {
            tab = tabs.tab(event.getRouteParameters().getLong("courseId").orElse(-1L));
        } catch (AccessDeniedException | UserFacingException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        CoursePage page = CoursePage.of(tab.access(), currentUser.require());
        courseId = page.courseId();
        editable = page.manage();
        removeAll();
        add(new H2(tab.courseTitle()), new CourseTabs(courseId, CourseTabs.Tab.HOMEWORK, page.attendance()));
        switch (tab.audience()) {
            case TRAINER -> trainer(tab);
            case TEAM_LEAD -> lead(tab);
            case PARTICIPANT -> participant(tab);
        }
    }

    @Override
    public String titleKey() {
        return "course.tab.homework";
    }

    // ---- trainer

    private void trainer(HomeworkTab tab) {
        if (tab.meetings().isEmpty()) {
            add(new Paragraph(getTranslation("homework.review.no-meetings")));
            return;
        }
        Select<CourseDetails.Meeting> meeting = meetingSelect(tab.meetings());
        meeting.addValueChangeListener(e -> showMeeting(e.getValue()));
        add(meeting, meetingPart);
        showMeeting(meeting.getValue(), tab.firstMeeting());
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
        if (meeting == null) {
            meetingPart.removeAll();
            return;
        }
        showMeeting(meeting, review.meetingReview(courseId, meeting.id()));
    }

    private void showMeeting(CourseDetails.Meeting meeting, MeetingReview tab) {
        meetingPart.removeAll();
        List<HomeworkRow> rows = tab.rows();
        Paragraph summary = new Paragraph(getTranslation(
                "homework.review.summary",
                count(rows, Completion.ON_TIME),
                count(rows, Completion.LATE),
                count(rows, Completion.MISSING),
                rows.size()));
        summary.addClassName("lead");
        meetingPart.add(summary);
        meetingPart.add(
                new AssignmentSettingsForm(settings, courseId, tab.settings(), editable, () -> showMeeting(meeting)));
        meetingPart.add(grid(rows, meeting));
        meetingPart.add(briefings(rows, meeting));
        meetingPart.add(new NeedsBoardPanel(tab.board()));
    }

    private static long count(List<HomeworkRow> rows, Completion completion) {
        return rows.stream().filter(r -> r.completion() == completion).count();
    }

    private Grid<HomeworkRow> grid(List<HomeworkRow> rows, CourseDetails.Meeting meeting) {
        Grid<HomeworkRow> grid = new Grid<>();
        grid.setAllRowsVisible(true);
        grid.addColumn(HomeworkRow::name)
                .setHeader(getTranslation("homework.review.name"))
                .setFlexGrow(2);
        grid.addColumn(r -> r.subgroupNumber() == null ? "–" : r.subgroupNumber())
                .setHeader(getTranslation("homework.review.subgroup"))
                .setAutoWidth(true)
                .setKey("subgroup");
        grid.addComponentColumn(r -> HomeworkTexts.status(this, r))
                .setHeader(getTranslation("homework.review.status"))
                .setAutoWidth(true)
                .setKey("status");
        grid.addColumn(r -> r.submittedAt() == null ? "" : time(r.submittedAt()))
                .setHeader(getTranslation("homework.review.submitted-at"))
                .setAutoWidth(true)
                .setKey("submitted");
        grid.addColumn(HomeworkRow::feedbackCount)
                .setHeader(getTranslation("homework.review.feedback"))
                .setAutoWidth(true)
                .setKey("feedback");
        grid.addComponentColumn(r -> readButton(r, meeting))
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
        return grid;
    }

    private Component readButton(HomeworkRow row, CourseDetails.Meeting meeting) {
        if (row.homeworkId() == null || row.versions() == 0) {
            return new Span();
        }
        Button read = new Button(getTranslation("homework.review.read"), e -> read(row.homeworkId(), meeting));
        read.addThemeVariants(ButtonVariant.TERTIARY);
        read.getElement().setAttribute("aria-label", getTranslation("homework.review.read.named", row.name()));
        return read;
    }

    private Div briefings(List<HomeworkRow> rows, CourseDetails.Meeting meeting) {
        Set<Integer> subgroups = new TreeSet<>();
        rows.stream().map(HomeworkRow::subgroupNumber).filter(Objects::nonNull).forEach(subgroups::add);
        Div briefings = new Div(new Span(getTranslation("homework.review.briefings")));
        briefings.addClassName("toolbar");
        for (int number : subgroups) {
            Anchor link = new Anchor(
                    HomeworkBriefingView.route(courseId, meeting.id(), number),
                    getTranslation("homework.board.subgroup", number));
            link.addClassName("button-link");
            briefings.add(link);
        }
        return briefings;
    }

    private void read(long homeworkId, CourseDetails.Meeting meeting) {
        HomeworkReading reading = review.read(courseId, homeworkId);
        new HomeworkReadingDialog(
                        review,
                        homework,
                        clock,
                        courseId,
                        reading,
                        meeting.position(),
                        editable,
                        () -> showMeeting(meeting))
                .open();
    }

    // ---- team lead

    private void lead(HomeworkTab tab) {
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
        grid.setItems(tab.completion());
        add(grid);
        tab.boards().forEach(board -> add(new NeedsBoardPanel(board)));
    }

    // ---- participant

    private void participant(HomeworkTab tab) {
        LocalDateTime now = LocalDateTime.now(clock);
        Div list = new Div();
        list.addClassName("card-grid");
        for (Assignment assignment : tab.assignments()) {
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
        tab.boards().forEach(board -> add(new NeedsBoardPanel(board)));
    }

    private String time(Instant instant) {
        return DateTimeFormatter.ofPattern("d MMM HH:mm", getLocale()).format(instant.atZone(clock.getZone()));
    }
}
