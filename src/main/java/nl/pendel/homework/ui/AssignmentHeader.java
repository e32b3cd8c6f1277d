package nl.pendel.homework.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDateTime;
import nl.pendel.homework.Assignment;

/** The way back, the meeting's assignment, its course, deadline and state, and the instructions. */
class AssignmentHeader extends Div {

    AssignmentHeader(Assignment assignment, LocalDateTime now) {
        Anchor back = new Anchor("huiswerk", getTranslation("homework.back"));
        Span course = new Span(assignment.courseTitle());
        course.addClassName("muted");
        add(
                back,
                new H2(getTranslation(
                        "homework.meeting-assignment", assignment.meetingPosition(), assignment.title())));
        Div meta = new Div(
                course,
                new Span(HomeworkTexts.due(this, assignment.dueAt())),
                HomeworkTexts.stateBadge(this, assignment, now));
        meta.addClassName("toolbar");
        add(meta);
        Div instructions = HomeworkHtml.of(assignment.instructionsHtml());
        instructions.addClassNames("card", "instructions");
        add(instructions);
    }
}
