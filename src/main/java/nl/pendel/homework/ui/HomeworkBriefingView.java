package nl.pendel.homework.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.List;
import nl.pendel.homework.Briefing;
import nl.pendel.homework.HomeworkBriefingService;
import nl.pendel.homework.HomeworkDownloadService;
import nl.pendel.security.Roles;
import nl.pendel.shared.UserFacingException;
import nl.pendel.shared.ui.MeetingSection;
import nl.pendel.shared.ui.SessionExtension;
import nl.pendel.shared.ui.TranslatedTitle;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;

/**
 * The session briefing: all homework of one subgroup for one meeting on one printable page, with
 * who has not handed in and the subgroup's common needs, so the trainer walks in prepared; below
 * it what other modules keep for the meeting ({@link MeetingSection}, e.g. its materials).
 */
@Route("cursussen/:courseId/huiswerk/:meetingId/briefing/:subgroup")
@RolesAllowed({Roles.TRAINER, Roles.ADMIN})
class HomeworkBriefingView extends Div implements BeforeEnterObserver, TranslatedTitle {

    private final HomeworkBriefingService briefings;
    private final HomeworkDownloadService homework;
    private final ObjectProvider<SessionExtension> extensions;
    private final List<MeetingSection> meetingSections;

    HomeworkBriefingView(
            HomeworkBriefingService briefings,
            HomeworkDownloadService homework,
            ObjectProvider<SessionExtension> extensions,
            List<MeetingSection> meetingSections) {
        this.briefings = briefings;
        this.homework = homework;
        this.extensions = extensions;
        this.meetingSections = meetingSections;
        addClassNames("page", "briefing");
    }

    static String route(long courseId, long meetingId, int subgroup) {
        return "cursussen/" + courseId + "/huiswerk/" + meetingId + "/briefing/" + subgroup;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long courseId = event.getRouteParameters().getLong("courseId").orElse(-1L);
        long meetingId = event.getRouteParameters().getLong("meetingId").orElse(-1L);
        int subgroup = event.getRouteParameters().getInteger("subgroup").orElse(-1);
        try {
            build(courseId, briefings.briefing(courseId, meetingId, subgroup));
            // what other modules show with the session, e.g. the look-back on the previous one
            extensions.orderedStream().forEach(extension -> extension
                    .forTrainer(courseId, meetingId, subgroup)
                    .ifPresent(this::add));
            // what other modules keep for the meeting, e.g. its materials, to take along
            meetingSections.forEach(section ->
                    section.create(List.of(meetingId), false).values().forEach(this::add));
        } catch (AccessDeniedException | UserFacingException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    @Override
    public String titleKey() {
        return "homework.briefing.title";
    }

    private void build(long courseId, Briefing briefing) {
        removeAll();
        header(courseId, briefing);
        add(new Paragraph(getTranslation(
                "homework.briefing.count",
                briefing.entries().size(),
                briefing.entries().size() + briefing.notHandedIn().size())));
        if (!briefing.notHandedIn().isEmpty()) {
            Paragraph missing = new Paragraph(
                    getTranslation("homework.briefing.missing", String.join(", ", briefing.notHandedIn())));
            missing.addClassNames("callout", "callout-warning");
            add(missing);
        }
        if (!briefing.needs().isEmpty()) {
            Div needs = NeedsBoardPanel.column(getTranslation("homework.briefing.needs"), briefing.needs());
            needs.addClassNames("card", "needs-board");
            add(needs);
        }
        briefing.entries().forEach(entry -> add(entry(entry)));
    }

    /** The way back, the print button, the course, meeting and subgroup, and the session. */
    private void header(long courseId, Briefing briefing) {
        Anchor back = new Anchor("cursussen/" + courseId + "/huiswerk", getTranslation("homework.briefing.back"));
        back.addClassName("no-print");
        Button print = new Button(getTranslation("homework.briefing.print"), e -> getUI().ifPresent(
                        ui -> ui.getPage().executeJs("window.print()")));
        print.addClassName("no-print");
        Div top = new Div(back, print);
        top.addClassNames("toolbar", "no-print");
        add(top);
        Span course = new Span(briefing.courseTitle());
        course.addClassName("muted");
        add(
                course,
                new H2(getTranslation(
                        "homework.briefing.heading",
                        briefing.meetingPosition(),
                        briefing.meetingTitle(),
                        briefing.subgroupNumber())));
        if (briefing.sessionStart() != null) {
            add(new Paragraph(getTranslation(
                    "homework.briefing.session",
                    DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", getLocale())
                            .format(briefing.sessionStart()),
                    briefing.location())));
        }
    }

    /** One member's work: who, late or not, the text, the files and their themes. */
    private Div entry(Briefing.Entry entry) {
        Div card = new Div();
        card.addClassNames("card", "briefing-entry");
        String discipline = entry.discipline() == null
                ? ""
                : getTranslation(entry.discipline().translationKey());
        Span who = new Span(discipline);
        who.addClassName("muted");
        card.add(new H3(entry.name()), who);
        if (entry.submission().late()) {
            Span late = new Span(getTranslation("homework.badge.late"));
            late.addClassNames("badge", "badge-warning");
            card.add(late);
        }
        card.add(HomeworkHtml.of(entry.submission().bodyHtml()));
        for (var file : entry.submission().files()) {
            Anchor link = new Anchor(HomeworkDownloads.handler(homework, file.id()), file.fileName());
            link.getElement().setAttribute("download", true);
            card.add(new Div(link));
        }
        if (!entry.themes().isEmpty()) {
            card.add(new Paragraph(getTranslation(
                    "homework.briefing.themes",
                    String.join(
                            ", ",
                            entry.themes().stream()
                                    .map(t -> t.label() + " (" + t.cases() + ")")
                                    .toList()))));
        }
        return card;
    }
}
