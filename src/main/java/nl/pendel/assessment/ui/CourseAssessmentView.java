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
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import nl.pendel.assessment.MemberScores;
import nl.pendel.assessment.MemberScoresService;
import nl.pendel.assessment.MomentKind;
import nl.pendel.assessment.ParticipantProgress;
import nl.pendel.assessment.SelfAssessmentReviewService;
import nl.pendel.course.CoursePage;
import nl.pendel.course.CourseService;
import nl.pendel.security.CurrentUser;
import nl.pendel.shared.ui.CourseTabs;
import nl.pendel.shared.ui.TranslatedTitle;

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
    private final MemberScoresService memberScores;
    private final CourseService courses;
    private final CurrentUser currentUser;
    private long courseId;
    private boolean editable;

    CourseAssessmentView(
            SelfAssessmentReviewService review,
            MemberScoresService memberScores,
            CourseService courses,
            CurrentUser currentUser) {
        this.review = review;
        this.memberScores = memberScores;
        this.courses = courses;
        this.currentUser = currentUser;
        addClassNames("page", "course-assessment");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        CoursePage.enter(event, courses, currentUser).ifPresent(page -> {
            courseId = page.courseId();
            editable = page.manage();
            removeAll();
            add(
                    new H2(courses.summary(courseId).title()),
                    new CourseTabs(courseId, CourseTabs.Tab.ASSESSMENT, page.attendance()));
            if (page.access().canManage(currentUser.require())) {
                trainer();
            } else if (page.attendance()) {
                lead();
            } else {
                add(
                        new Paragraph(getTranslation("assessment.review.participant")),
                        new Anchor("zelfevaluatie", getTranslation("assessment.title")));
            }
        });
    }

    @Override
    public String titleKey() {
        return "course.tab.assessment";
    }

    /** The lead: the way to the team's figures, and the members whose scores they may open (logged). */
    private void lead() {
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
        grid.setItems(memberScores.members(courseId));
        add(grid);
    }

    private void trainer() {
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
        grid.setItems(review.overview(courseId));
        add(grid);
    }

    private void open(long personId) {
        new ParticipantDialog(review, courseId, review.participant(courseId, personId), editable).open();
    }
}
