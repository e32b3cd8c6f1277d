package nl.pendel.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.IntConsumer;
import nl.pendel.plan.PlanComment;
import nl.pendel.plan.PlanSectionService;
import nl.pendel.shared.UserFacingException;
import nl.pendel.shared.ui.Notifications;

/**
 * The discussion of one plan section, opened with its "Reacties (n)" button; members and trainers
 * write. It exists only while open, and reads the comments when it opens: a plan page has a
 * discussion per section, and every open page keeps its components in the session.
 */
class SectionComments extends Div {

    private final long planId;
    private final String sectionKey;
    private final boolean canWrite;
    private final PlanSectionService sections;
    private final DateTimeFormatter when;
    private final IntConsumer counted;
    private final UnorderedList items = new UnorderedList();

    SectionComments(
            long planId,
            String sectionKey,
            String sectionTitle,
            boolean canWrite,
            PlanSectionService sections,
            ZoneId zone,
            IntConsumer counted) {
        this.planId = planId;
        this.sectionKey = sectionKey;
        this.canWrite = canWrite;
        this.sections = sections;
        this.counted = counted;
        this.when = DateTimeFormatter.ofPattern("d MMM HH:mm", getLocale()).withZone(zone);
        addClassName("plan-comments");
        setId("comments-" + sectionKey);
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", getTranslation("plan.comments.region", sectionTitle));
        add(items);
        if (canWrite) {
            TextArea write = new TextArea(getTranslation("plan.comment.label"));
            write.setWidthFull();
            write.setMaxLength(PlanSectionService.COMMENT_MAX);
            Button post = new Button(getTranslation("plan.comment.post"), e -> post(write));
            post.setId("comment-" + sectionKey);
            add(write, post);
        }
        show(read());
    }

    private List<PlanComment> read() {
        return sections.comments(planId).stream()
                .filter(c -> c.sectionKey().equals(sectionKey))
                .toList();
    }

    private void show(List<PlanComment> list) {
        items.removeAll();
        for (PlanComment comment : list) {
            Span who = new Span(comment.author() + " · " + when.format(comment.createdAt()));
            who.addClassName("muted");
            Div text = new Div();
            text.addClassName("preformatted");
            text.setText(comment.text());
            items.add(new ListItem(who, text));
        }
        counted.accept(list.size());
    }

    private void post(TextArea write) {
        try {
            sections.comment(planId, sectionKey, write.getValue());
            write.clear();
            show(read());
        } catch (UserFacingException ex) {
            Notifications.error(this, ex);
        }
    }
}
