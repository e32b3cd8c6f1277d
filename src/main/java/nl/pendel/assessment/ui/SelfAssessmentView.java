package nl.pendel.assessment.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import nl.pendel.assessment.Growth;
import nl.pendel.assessment.MemberScores;
import nl.pendel.assessment.Moment;
import nl.pendel.assessment.MyAssessments;
import nl.pendel.assessment.MyCourseAssessments;
import nl.pendel.assessment.SelfAssessmentService;
import nl.pendel.security.Roles;
import nl.pendel.shared.ui.TranslatedTitle;

/**
 * A participant's self-assessments: per course the moments (open ones can be filled in) and their
 * growth over the moments, as bars with the numbers in a table for screen readers.
 */
@Route("zelfevaluatie")
@Menu(title = "menu.self-assessment", order = 4.6, icon = "vaadin:chart-3d")
@RolesAllowed(Roles.PARTICIPANT)
class SelfAssessmentView extends Div implements TranslatedTitle {

    SelfAssessmentView(SelfAssessmentService assessments, Clock clock) {
        addClassNames("page", "narrow", "self-assessment");
        build(assessments.myPage(), clock);
    }

    private void build(MyAssessments page, Clock clock) {
        add(new H2(getTranslation("assessment.title")));
        Paragraph intro = new Paragraph(getTranslation("assessment.intro"));
        intro.addClassName("muted");
        add(intro);
        LocalDate today = LocalDate.now(clock);
        for (MyCourseAssessments course : page.courses()) {
            Div card = new Div(new H3(course.courseTitle()), moments(course, today));
            card.addClassName("card");
            Growth growth = course.growth();
            if (!growth.moments().isEmpty()) {
                card.add(new GrowthPanel(
                        growth, getTranslation("assessment.growth"), getTranslation("assessment.growth.goals")));
            }
            add(card);
        }
        if (page.courses().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("assessment.none"));
            none.addClassName("empty-state");
            add(none);
        } else {
            add(views(page.views(), clock.getZone()));
        }
    }

    /** The course's moments, each with its period, the participant's state and the way in. */
    private Div moments(MyCourseAssessments course, LocalDate today) {
        Div moments = new Div();
        moments.addClassName("moment-list");
        DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMMM yyyy", getLocale());
        for (MyCourseAssessments.MomentState mine : course.moments()) {
            Moment moment = mine.moment();
            Div line = new Div();
            line.addClassName("toolbar");
            line.add(new Span(getTranslation(moment.kind().translationKey())));
            Span period = new Span(
                    getTranslation("assessment.period", day.format(moment.opensOn()), day.format(moment.closesOn())));
            period.addClassName("muted");
            line.add(period);
            Span state = new Span(getTranslation(
                    mine.submitted()
                            ? "assessment.state.submitted"
                            : mine.version() > 0 ? "assessment.state.draft" : "assessment.state.none"));
            state.addClassNames("badge", mine.submitted() ? "badge-success" : "badge-muted");
            line.add(state);
            if (moment.isOpen(today) || mine.version() > 0) {
                Anchor open = new Anchor(
                        SelfAssessmentFormView.route(course.courseId(), moment.id()),
                        getTranslation(
                                moment.isOpen(today) && !mine.submitted() ? "assessment.fill-in" : "assessment.view"));
                open.addClassName("button-link");
                line.add(open);
            }
            moments.add(line);
        }
        return moments;
    }

    /** Every time a team lead opened this person's scores: the log they are owed. */
    private Div views(List<MemberScores.View> views, ZoneId zone) {
        Div card = new Div(new H3(getTranslation("assessment.views")));
        card.addClassNames("card", "score-views");
        card.setId("score-views");
        if (views.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("assessment.views.none"));
            none.addClassName("muted");
            card.add(none);
            return card;
        }
        DateTimeFormatter when =
                DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", getLocale()).withZone(zone);
        UnorderedList list = new UnorderedList();
        views.forEach(v -> list.add(new ListItem(
                getTranslation("assessment.views.line", v.viewerName(), v.courseTitle(), when.format(v.viewedAt())))));
        card.add(list);
        return card;
    }

    @Override
    public String titleKey() {
        return "assessment.title";
    }
}
