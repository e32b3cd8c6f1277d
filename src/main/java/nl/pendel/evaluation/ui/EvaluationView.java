package nl.pendel.evaluation.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import nl.pendel.evaluation.EvaluationDraft;
import nl.pendel.evaluation.EvaluationForm;
import nl.pendel.evaluation.EvaluationService;
import nl.pendel.security.Roles;
import nl.pendel.shared.UserFacingException;
import nl.pendel.shared.ui.Notifications;
import nl.pendel.shared.ui.TranslatedTitle;
import org.springframework.security.access.AccessDeniedException;

/**
 * A participant's evaluation of their course, made for a phone: the questions and send, once.
 * Open from the start of the last meeting's last session for three weeks.
 */
@Route("evaluatie/:courseId")
@RolesAllowed(Roles.PARTICIPANT)
class EvaluationView extends Div implements BeforeEnterObserver, TranslatedTitle {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private final EvaluationService evaluations;
    private long courseId;

    EvaluationView(EvaluationService evaluations) {
        this.evaluations = evaluations;
        addClassNames("page", "narrow", "course-evaluation");
    }

    static String route(long courseId) {
        return "evaluatie/" + courseId;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        courseId = event.getRouteParameters().getLong("courseId").orElse(-1L);
        try {
            build(evaluations.form(courseId));
        } catch (AccessDeniedException | UserFacingException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    @Override
    public String titleKey() {
        return "evaluation.title";
    }

    private void build(EvaluationForm form) {
        removeAll();
        add(new Anchor("mijn-sessies", getTranslation("evaluation.back")));
        add(new H2(getTranslation("evaluation.heading", form.courseTitle())));
        if (form.answered()) {
            Paragraph sent = new Paragraph(getTranslation("evaluation.sent"));
            sent.addClassNames("callout", "evaluation-sent");
            add(sent);
            return;
        }
        if (!form.open()) {
            Paragraph closed = new Paragraph(
                    form.window() == null
                            ? getTranslation("evaluation.not-scheduled")
                            : getTranslation(
                                    "evaluation.closed",
                                    when(form.window().opens()),
                                    when(form.window().closes())));
            closed.addClassNames("callout", "callout-warning");
            add(closed);
            return;
        }
        if (!form.questionnaire().description().isBlank()) {
            add(new Paragraph(form.questionnaire().description()));
        }
        Paragraph anonymous = new Paragraph(getTranslation("evaluation.anonymous"));
        anonymous.addClassName("muted");
        add(anonymous, new EvaluationFormPanel(form.questionnaire(), this::save));
    }

    private String when(java.time.Instant instant) {
        return DateTimeFormatter.ofPattern("EEEE d MMMM HH:mm", getLocale()).format(instant.atZone(AMSTERDAM));
    }

    private void save(EvaluationDraft draft) {
        try {
            EvaluationForm saved = evaluations.answer(courseId, draft);
            Notifications.success(this, "evaluation.thanks");
            build(saved);
        } catch (UserFacingException e) {
            Notifications.error(this, e);
        }
    }
}
