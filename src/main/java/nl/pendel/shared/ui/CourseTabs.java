package nl.pendel.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Nav;

/**
 * The tabs of one course. Each tab is a screen of its own module (course, subgroups, schedule),
 * linked by address so the modules need not know each other's classes.
 */
public class CourseTabs extends Nav {

    /** The tabs, by address below {@code cursussen/{id}}. */
    public enum Tab {
        OVERVIEW("", "course.tab.overview"),
        SUBGROUPS("/subgroepen", "course.tab.subgroups"),
        SCHEDULE("/rooster", "course.tab.schedule"),
        HOMEWORK("/huiswerk", "course.tab.homework"),
        MATERIALS("/materialen", "course.tab.materials"),
        PLANS("/plannen", "course.tab.plans"),
        MESSAGES("/berichten", "course.tab.messages"),
        ASSESSMENT("/zelfevaluatie", "course.tab.assessment"),
        PRECONDITIONS("/randvoorwaarden", "course.tab.preconditions"),
        COMPLETION("/afronding", "course.tab.completion"),
        ATTENDANCE("/aanwezigheid", "course.tab.attendance"),
        LOOK_BACK("/terugblik", "course.tab.look-back"),
        EVALUATION("/evaluatie", "course.tab.evaluation"),
        DASHBOARD("/dashboard", "course.tab.dashboard");

        private final String suffix;
        private final String key;

        Tab(String suffix, String key) {
            this.suffix = suffix;
            this.key = key;
        }
    }

    /**
     * The tabs for someone who may see the course; the attendance, look-back and dashboard tabs
     * (for the course's trainers and the lead of its team) only when asked for.
     */
    public CourseTabs(long courseId, Tab current) {
        this(courseId, current, current == Tab.ATTENDANCE);
    }

    public CourseTabs(long courseId, Tab current, boolean withAttendance) {
        addClassName("course-tabs");
        getElement().setAttribute("aria-label", getTranslation("course.tabs"));
        for (Tab tab : Tab.values()) {
            if ((tab == Tab.ATTENDANCE || tab == Tab.LOOK_BACK || tab == Tab.EVALUATION || tab == Tab.DASHBOARD)
                    && !withAttendance) {
                continue;
            }
            Anchor link = new Anchor("cursussen/" + courseId + tab.suffix, getTranslation(tab.key));
            link.addClassName("course-tab");
            if (tab == current) {
                link.addClassName("current");
                link.getElement().setAttribute("aria-current", "page");
                // on a phone the row scrolls sideways: the current tab is brought into view
                link.getElement().executeJs("this.scrollIntoView({block: 'nearest', inline: 'center'})");
            }
            add(link);
        }
    }
}
