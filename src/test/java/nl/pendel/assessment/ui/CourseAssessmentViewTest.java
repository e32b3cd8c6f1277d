package nl.pendel.assessment.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import nl.pendel.KaribuTest;
import nl.pendel.assessment.MemberScores;
import nl.pendel.assessment.ParticipantProgress;
import nl.pendel.security.Role;
import nl.pendel.shared.ui.NotFoundView;
import org.junit.jupiter.api.Test;

class CourseAssessmentViewTest extends KaribuTest {

    @Test
    void trainer_sees_every_participant_and_opens_one_with_a_field_per_competence() {
        var fixture = testData.course(4);
        login(fixture.trainer().email());
        open("cursussen/" + fixture.course().id() + "/zelfevaluatie");
        assertThat(currentView()).isInstanceOf(CourseAssessmentView.class);
        @SuppressWarnings("unchecked")
        Grid<ParticipantProgress> grid = _get(Grid.class);
        assertThat(GridKt._size(grid)).isEqualTo(4);
        GridKt._clickItem(grid, 0);
        _get(Dialog.class);
        assertThat(_find(TextArea.class)).hasSize(4);
    }

    @Test
    void team_lead_lists_the_members_opens_one_and_the_member_reads_it_in_their_log() {
        var fixture = testData.course(4);
        testData.publish(fixture);
        var lead = testData.teamLead(fixture.team().id());
        var otherLead = testData.person().roles(Role.TEAM_LEAD).create();
        var member = fixture.participants().getFirst();
        String scores = MemberScoresView.route(fixture.course().id(), member.id());

        login(lead.email());
        open("cursussen/" + fixture.course().id() + "/zelfevaluatie");
        assertThat(currentView()).isInstanceOf(CourseAssessmentView.class);
        @SuppressWarnings("unchecked")
        Grid<MemberScores.Member> grid = _get(Grid.class);
        assertThat(GridKt._size(grid)).isEqualTo(4);
        open(scores);
        assertThat(currentView()).isInstanceOf(MemberScoresView.class);
        assertThat(_get(H2.class).getText()).isEqualTo(member.displayName());
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("callout")).getText())
                .startsWith("Vastgelegd");

        login(member.email());
        open("zelfevaluatie");
        assertThat(_get(Div.class, spec -> spec.withId("score-views"))
                        .getElement()
                        .getTextRecursively())
                .contains(lead.displayName() + " opende je scores van "
                        + fixture.course().title());
        open(scores);
        assertThat(currentView()).as("a participant").isInstanceOf(NotFoundView.class);

        login(otherLead.email());
        open("cursussen/" + fixture.course().id() + "/zelfevaluatie");
        assertThat(currentView()).isInstanceOf(NotFoundView.class);
        open(scores);
        assertThat(currentView()).as("the lead of another team").isInstanceOf(NotFoundView.class);
    }
}
