package nl.pendel.homework.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import nl.pendel.homework.Assignment;
import nl.pendel.homework.HomeworkState;
import nl.pendel.homework.MyHomeworkService;
import nl.pendel.security.Roles;
import nl.pendel.shared.ui.TranslatedTitle;

/** A participant's assignments across their courses: what is due when, and where each stands. */
@Route("huiswerk")
@Menu(title = "menu.homework", order = 4.5, icon = "vaadin:edit")
@RolesAllowed(Roles.PARTICIPANT)
class MyHomeworkView extends Div implements TranslatedTitle {

    MyHomeworkView(MyHomeworkService homework, Clock clock) {
        addClassNames("page", "narrow");
        add(new H2(getTranslation("homework.mine.title")));
        List<Assignment> assignments = homework.myAssignments();
        if (assignments.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("homework.mine.none"));
            none.addClassName("empty-state");
            add(none);
            return;
        }
        LocalDateTime now = LocalDateTime.now(clock);
        Div list = new Div();
        list.addClassName("card-grid");
        for (Assignment assignment : assignments) {
            list.add(card(assignment, now));
        }
        add(list);
    }

    private Div card(Assignment assignment, LocalDateTime now) {
        Div card = new Div();
        card.addClassNames("card", "homework-card");
        Span course = new Span(assignment.courseTitle());
        course.addClassName("muted");
        H3 title =
                new H3(getTranslation("homework.meeting-assignment", assignment.meetingPosition(), assignment.title()));
        card.add(course, title);
        card.add(new Paragraph(HomeworkTexts.due(this, assignment.dueAt())));
        Div badges = new Div(HomeworkTexts.stateBadge(this, assignment, now));
        if (assignment.feedbackCount() > 0) {
            Span feedback = new Span(getTranslation("homework.feedback-count", assignment.feedbackCount()));
            feedback.addClassNames("badge", "badge-success");
            badges.add(feedback);
        }
        badges.addClassName("toolbar");
        card.add(badges);
        Anchor open = new Anchor(
                HomeworkEditorView.route(assignment.courseId(), assignment.meetingId()),
                getTranslation(
                        assignment.state() == HomeworkState.SUBMITTED ? "homework.open.read" : "homework.open.write"));
        open.addClassName("button-link");
        card.add(open);
        return card;
    }

    @Override
    public String titleKey() {
        return "menu.homework";
    }
}
