package nl.pendel.completion.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.text.NumberFormat;
import nl.pendel.completion.CompletionService;
import nl.pendel.completion.CompletionService.CertificateFile;
import nl.pendel.completion.CourseCompletion;
import nl.pendel.completion.ParticipantCompletion;
import nl.pendel.shared.UserFacingException;
import nl.pendel.shared.ui.CourseTabs;
import nl.pendel.shared.ui.Notifications;
import nl.pendel.shared.ui.TranslatedTitle;
import org.springframework.security.access.AccessDeniedException;

/**
 * Completion of a course: a card per participant with each criterion met or not (in words, not
 * only colour), for the course's trainers and the lead of its team every participant, for a
 * participant their own with their certificate to download once issued. The trainers issue the
 * certificates for everyone who completed in one go, after a confirmation.
 */
@Route("cursussen/:courseId/afronding")
@PermitAll
class CompletionView extends Div implements BeforeEnterObserver, TranslatedTitle {

    private final CompletionService completion;
    private long courseId;

    CompletionView(CompletionService completion) {
        this.completion = completion;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        courseId = event.getRouteParameters().getLong("courseId").orElse(-1L);
        try {
            build(completion.page(courseId));
        } catch (AccessDeniedException | UserFacingException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    @Override
    public String titleKey() {
        return "course.tab.completion";
    }

    private void build(CourseCompletion page) {
        removeAll();
        add(new H2(page.courseTitle()), new CourseTabs(courseId, CourseTabs.Tab.COMPLETION));
        add(new Paragraph(getTranslation("completion.rule")));
        if (page.canIssue()) {
            Button issue = new Button(getTranslation("completion.issue", page.toIssue()), e -> confirm(page));
            issue.addThemeVariants(ButtonVariant.PRIMARY);
            issue.setEnabled(page.toIssue() > 0);
            issue.addClassName("issue-certificates");
            add(issue);
        }
        if (page.participants().isEmpty()) {
            add(new Paragraph(getTranslation("completion.none")));
        }
        Div cards = new Div();
        cards.addClassName("completion-cards");
        page.participants().forEach(p -> cards.add(card(p, page.canIssue())));
        add(cards);
    }

    private void confirm(CourseCompletion page) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("completion.issue.confirm.title"));
        dialog.setText(getTranslation("completion.issue.confirm.text", page.toIssue()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("completion.issue.confirm.ok"));
        dialog.addConfirmListener(e -> {
            int issued = completion.issue(courseId);
            Notifications.success(this, "completion.issued", issued);
            build(completion.page(courseId));
        });
        dialog.open();
    }

    private Div card(ParticipantCompletion p, boolean trainer) {
        Div card = new Div();
        card.addClassNames("card", "completion-card");
        card.add(new H3(p.name()));
        if (p.subgroupNumber() != null) {
            card.add(new Paragraph(getTranslation("completion.subgroup", p.subgroupNumber())));
        }
        NumberFormat hours = NumberFormat.getNumberInstance(getLocale());
        hours.setMaximumFractionDigits(1);
        UnorderedList criteria = new UnorderedList(
                criterion(
                        p.attendanceMet(),
                        getTranslation(
                                "completion.attendance", p.meetingsAttended(), p.meetings(), hours.format(p.hours()))),
                criterion(p.homeworkMet(), getTranslation("completion.homework", p.homeworkVoldaan(), p.assignments())),
                criterion(
                        p.assessmentsMet(),
                        getTranslation(
                                "completion.assessments",
                                getTranslation(p.startAssessment() ? "completion.yes" : "completion.no"),
                                getTranslation(p.endAssessment() ? "completion.yes" : "completion.no"))),
                criterion(
                        p.planMet(),
                        getTranslation(
                                "completion.plan",
                                p.planStatus() == null
                                        ? getTranslation("completion.plan.none")
                                        : getTranslation(p.planStatus().translationKey()))));
        criteria.addClassName("completion-criteria");
        card.add(criteria);
        Span verdict = new Span(getTranslation(p.completed() ? "completion.completed" : "completion.not-completed"));
        verdict.addClassNames("badge", p.completed() ? "badge-success" : "badge-muted", "completion-verdict");
        card.add(verdict);
        if (p.registerNumber() != null) {
            card.add(new Paragraph(getTranslation("completion.certificate.issued", p.registerNumber())));
            if (!trainer) {
                Anchor download = new Anchor(downloadHandler(), getTranslation("completion.certificate.download"));
                download.addClassName("certificate-download");
                card.add(download);
            }
        }
        return card;
    }

    private ListItem criterion(boolean met, String text) {
        ListItem item = new ListItem(getTranslation(met ? "completion.met" : "completion.not-met") + " " + text);
        item.addClassName(met ? "criterion-met" : "criterion-not-met");
        return item;
    }

    private DownloadHandler downloadHandler() {
        java.util.Locale locale = getLocale();
        return DownloadHandler.fromInputStream(event -> {
            CertificateFile file = completion.myCertificate(courseId, locale);
            return new DownloadResponse(
                    new ByteArrayInputStream(file.content()),
                    file.fileName(),
                    "application/pdf",
                    file.content().length);
        });
    }
}
