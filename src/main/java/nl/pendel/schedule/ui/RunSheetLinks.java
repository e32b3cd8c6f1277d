package nl.pendel.schedule.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import nl.pendel.course.CourseDetails;

/** A link to each meeting's run sheet (module runsheet), for the course's trainers and administrators. */
class RunSheetLinks extends Div {

    RunSheetLinks(long courseId, CourseDetails details) {
        addClassNames("toolbar", "run-sheet-links");
        getElement().setAttribute("aria-label", getTranslation("schedule.run-sheets"));
        for (CourseDetails.Meeting meeting : details.meetings()) {
            add(new Anchor(
                    "cursussen/" + courseId + "/draaiboek/" + meeting.id(),
                    getTranslation("schedule.run-sheet", meeting.position())));
        }
    }
}
