package nl.pendel.assessment.ui;

import com.vaadin.flow.component.grid.Grid;
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
import jakarta.annotation.security.PermitAll;
import nl.pendel.assessment.CourseAssessmentPage;
import nl.pendel.assessment.MemberScores;
import nl.pendel.assessment.MomentKind;
import nl.pendel.assessment.ParticipantProgress;
import nl.pendel.assessment.SelfAssessmentReviewService;
import nl.pendel.shared.UserFacingException;
import nl.pendel.shared.ui.CourseTabs;
import nl.pendel.shared.ui.TranslatedTitle;
import org.springframework.security.access.AccessDeniedException;

/**
 * The self-assessment tab of a course. Trainers see who did which moment and open a participant:
 * self-ratings per competence per moment, and their own observation beside each (stored apart,
 * never averaged in). Participants are sent to their own self-assessment; the team lead to the
 * team's figures and the members whose scores they may open (every opening logged).
 */
@Route("cursussen/:courseId/zelfevaluatie")
@PermitAll
class CourseAssessmentView extends Div implements BeforeEnterObserver, TranslatedTitle {

    private final SelfAssessmentReviewService review;
    private long courseId;
    private boolean editable;

    CourseAssessmentView(SelfAssessmentReviewService review) {
        this.review = review;
        addClassNames("page", "course-assessment");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        courseId = event.getRouteParameters().getLong("courseId").orElse(-1L);
        CourseAssessmentPage page;
        try {
            page = review.page(courseId);
        } catch (AccessDeniedException | UserFacingException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        editable = page.editable();
        removeAll();
        boolean participant = page.audience() == CourseAssessmentPage.Audience.PARTICIPANT;
        add(new H2(page.courseTitle()), new CourseTabs(courseId, CourseTabs.Tab.ASSESSMENT, !participant));
        switch (page.audience()) {
            case TRAINER -> trainer(page.participants());
            case LEAD -> lead(page.members());
            case PARTICIPANT ->
                add(
                        new Paragraph(getTranslation("assessment.review.participant")),
                        new Anchor("zelfevaluatie", getTranslation("assessment.title")));
        }
    }

    @Override
    public String titleKey() {
        return "course.tab.assessment";
    }

    /** The lead: the way to the team's figures, and the members whose scores they may open (logged). */
    private void lead(java.util.List<MemberScores.Member> members) {
        add(
                new Paragraph(getTranslation("assessment.review.lead")),
                new Anchor("cursussen/" + courseId + "/dashboard", getTranslation("assessment.review.dashboard")));
        add(new H3(getTranslation("assessment.members.title")));
        Paragraph help = new Paragraph(getTranslation("assessment.members.help"));
        help.addClassName("muted");
        add(help);
        Grid<MemberScores.Member> grid = new Grid<>();
        grid.setAllRowsVisible(true);
        grid.addColumn(MemberScores.Member::name)
                .setHeader(getTranslation("homework.review.name"))
                .setFlexGrow(2);
        grid.addColumn(m -> m.subgroupNumber() == null ? "–" : m.subgroupNumber())
                .setHeader(getTranslation("assessment.members.subgroup"))
                .setAutoWidth(true);
        grid.addColumn(MemberScores.Member::submittedMoments)
                .setHeader(getTranslation("assessment.members.moments"))
                .setAutoWidth(true);
        grid.addComponentColumn(m -> new Anchor(
                        MemberScoresView.route(courseId, m.personId()), getTranslation("assessment.members.open")))
                .setAutoWidth(true);
        grid.setItems(members);
        add(grid);
    }

    private void trainer(java.util.List<ParticipantProgress> participants) {
        Paragraph help = new Paragraph(getTranslation("assessment.review.help"));
        help.addClassName("muted");
        add(help);
        Grid<ParticipantProgress> grid = new Grid<>();
        grid.setAllRowsVisible(true);
        grid.addColumn(ParticipantProgress::name)
                .setHeader(getTranslation("homework.review.name"))
                .setFlexGrow(2);
        grid.addColumn(p -> p.subgroupNumber() == null ? "–" : p.subgroupNumber())
                .setHeader(getTranslation("homework.review.subgroup"))
                .setAutoWidth(true);
        for (MomentKind kind : MomentKind.values()) {
            grid.addComponentColumn(p -> {
                        ParticipantProgress.State state = p.moments().get(kind);
                        Span badge = new Span(getTranslation(state.translationKey()));
                        badge.addClassNames(
                                "badge",
                                state == ParticipantProgress.State.SUBMITTED ? "badge-success" : "badge-muted");
                        return badge;
                    })
                    .setHeader(getTranslation(kind.translationKey()))
                    .setAutoWidth(true);
        }
        grid.addItemClickListener(e -> open(e.getItem().personId()));
        grid.setItems(participants);
        add(grid);
    }

    private void open(long personId) {
        new ParticipantDialog(review, courseId, review.participant(courseId, personId), editable).open();
    }
}
