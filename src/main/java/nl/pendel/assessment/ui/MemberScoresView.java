package nl.pendel.assessment.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.pendel.assessment.MemberScores;
import nl.pendel.assessment.MemberScoresService;
import nl.pendel.security.Roles;
import nl.pendel.shared.UserFacingException;
import nl.pendel.shared.ui.TranslatedTitle;
import org.springframework.security.access.AccessDeniedException;

/**
 * One team member's scores for the lead of their team. Opening the page is recorded (the member
 * sees it); the member's own words appear only for the moments they shared.
 */
@Route("cursussen/:courseId/zelfevaluatie/:personId")
@RolesAllowed(Roles.TEAM_LEAD)
class MemberScoresView extends Div implements BeforeEnterObserver, TranslatedTitle {

    private final MemberScoresService memberScores;

    MemberScoresView(MemberScoresService memberScores) {
        this.memberScores = memberScores;
        addClassNames("page", "narrow", "member-scores");
    }

    static String route(long courseId, long personId) {
        return "cursussen/" + courseId + "/zelfevaluatie/" + personId;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long courseId = event.getRouteParameters().getLong("courseId").orElse(-1L);
        long personId = event.getRouteParameters().getLong("personId").orElse(-1L);
        MemberScores scores;
        try {
            scores = memberScores.open(courseId, personId);
        } catch (AccessDeniedException | UserFacingException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        add(new Anchor("cursussen/" + courseId + "/zelfevaluatie", getTranslation("assessment.members.back")));
        add(new H2(scores.name()));
        Paragraph logged = new Paragraph(getTranslation("assessment.members.logged", scores.name()));
        logged.addClassName("callout");
        add(logged);
        Div card = new Div();
        card.addClassName("card");
        if (scores.growth().moments().isEmpty()) {
            card.add(new Paragraph(getTranslation("assessment.review.none")));
        } else {
            card.add(new GrowthPanel(
                    scores.growth(),
                    getTranslation("assessment.members.growth"),
                    getTranslation("assessment.members.goals")));
        }
        add(card);
        add(reflections(scores));
    }

    /** The member's own words, only of the moments they shared. */
    private Div reflections(MemberScores scores) {
        Div words = new Div(new H3(getTranslation("assessment.members.reflections")));
        words.addClassNames("card", "member-reflections");
        if (scores.reflections().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("assessment.members.not-shared"));
            none.addClassName("muted");
            words.add(none);
        }
        for (MemberScores.SharedReflection reflection : scores.reflections()) {
            words.add(new H4(getTranslation(reflection.moment().translationKey())));
            words.add(labelled("assessment.mastered", reflection.mastered()));
            words.add(labelled("assessment.development", reflection.development()));
        }
        return words;
    }

    private Div labelled(String labelKey, String text) {
        Paragraph label = new Paragraph(getTranslation(labelKey));
        label.addClassName("muted");
        Paragraph body = new Paragraph(text.isBlank() ? "–" : text);
        body.addClassName("preformatted");
        return new Div(label, body);
    }

    @Override
    public String titleKey() {
        return "assessment.members.title";
    }
}
