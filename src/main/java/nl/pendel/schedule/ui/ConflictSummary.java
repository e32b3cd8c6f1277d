package nl.pendel.schedule.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import nl.pendel.schedule.Conflict;
import nl.pendel.schedule.SessionDraft;

/**
 * The banner above the schedule: how many sessions, conflicts and warnings, and every conflict
 * that blocks saving written out — with its session, so a clash with another course says which
 * session, who, which course and when without searching the grid. Warnings stay in their rows.
 */
class ConflictSummary extends Div {

    ConflictSummary() {
        addClassName("conflicts");
        getElement().setAttribute("role", "status");
    }

    /**
     * Shows the state of these sessions; {@code checked} is false for those who only read the
     * schedule (they see the number of sessions, no check).
     */
    void show(List<SessionDraft> sessions, List<Conflict> conflicts, boolean checked, ConflictMessages messages) {
        removeAll();
        long hard = conflicts.stream().filter(Conflict::hard).count();
        if (sessions.isEmpty()) {
            setText(getTranslation("schedule.empty"));
            setClassName("conflicts callout");
        } else if (!checked) {
            setText(getTranslation("schedule.sessions-count", sessions.size()));
            setClassName("conflicts callout");
        } else if (conflicts.isEmpty()) {
            setText(getTranslation("schedule.no-conflicts", sessions.size()));
            setClassName("conflicts callout callout-success");
        } else {
            setClassName(hard > 0 ? "conflicts callout callout-error" : "conflicts callout callout-warning");
            add(new Div(getTranslation(
                    hard > 0 ? "schedule.has-conflicts" : "schedule.has-warnings", hard, conflicts.size() - hard)));
            UnorderedList list = new UnorderedList();
            conflicts.stream()
                    .filter(c -> c.hard() || c.sessionIndex() < 0)
                    .forEach(c -> list.add(new ListItem(line(c, sessions, messages))));
            if (list.getComponentCount() > 0) {
                add(list);
            }
        }
    }

    private String line(Conflict conflict, List<SessionDraft> sessions, ConflictMessages messages) {
        if (conflict.sessionIndex() < 0) {
            return messages.text(conflict);
        }
        SessionDraft session = sessions.get(conflict.sessionIndex());
        return getTranslation(
                "schedule.session-problem",
                getTranslation("schedule.session-name", session.getMeetingPosition(), session.getSubgroupNumber()),
                messages.text(conflict));
    }
}
