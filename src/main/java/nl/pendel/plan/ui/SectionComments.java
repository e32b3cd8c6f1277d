package nl.pendel.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import nl.pendel.plan.PlanComment;
import nl.pendel.plan.PlanSectionService;
import nl.pendel.shared.UserFacingException;
import nl.pendel.shared.ui.Notifications;

/**
 * The discussion of one plan section, folded away under "Reacties (n)"; members and trainers write.
 * Its content is built when it is first opened: a plan page has a discussion per section, and
 * every open page keeps its components in the session.
 */
class SectionComments extends Details {

    private final long planId;
    private final String sectionKey;
    private final boolean canWrite;
    private final PlanSectionService sections;
    private final DateTimeFormatter when;

    SectionComments(
            long planId,
            String sectionKey,
            boolean canWrite,
            List<PlanComment> comments,
            PlanSectionService sections,
            ZoneId zone) {
        this.planId = planId;
        this.sectionKey = sectionKey;
        this.canWrite = canWrite;
        this.sections = sections;
        this.when = DateTimeFormatter.ofPattern("d MMM HH:mm", getLocale()).withZone(zone);
        addClassName("plan-comments");
        setSummaryText(getTranslation("plan.comments", comments.size()));
        List<PlanComment> initial = List.copyOf(comments);
        boolean[] built = {false};
        addOpenedChangeListener(event -> {
            if (event.isOpened() && !built[0]) {
                built[0] = true;
                show(initial);
            }
        });
    }

    private void show(List<PlanComment> list) {
        removeAll();
        setSummaryText(getTranslation("plan.comments", list.size()));
        UnorderedList items = new UnorderedList();
        for (PlanComment comment : list) {
            Span who = new Span(comment.author() + " · " + when.format(comment.createdAt()));
            who.addClassName("muted");
            Div text = new Div();
            text.addClassName("preformatted");
            text.setText(comment.text());
            items.add(new ListItem(who, text));
        }
        add(items);
        if (canWrite) {
            TextArea write = new TextArea(getTranslation("plan.comment.label"));
            write.setWidthFull();
            write.setMaxLength(PlanSectionService.COMMENT_MAX);
            Button post = new Button(getTranslation("plan.comment.post"), e -> post(write));
            post.setId("comment-" + sectionKey);
            add(write, post);
        }
    }

    private void post(TextArea write) {
        try {
            sections.comment(planId, sectionKey, write.getValue());
            show(sections.comments(planId).stream()
                    .filter(c -> c.sectionKey().equals(sectionKey))
                    .toList());
            setOpened(true);
        } catch (UserFacingException ex) {
            Notifications.error(this, ex);
        }
    }
}
