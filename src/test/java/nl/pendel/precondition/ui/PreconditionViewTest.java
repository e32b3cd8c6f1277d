package nl.pendel.precondition.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import nl.pendel.KaribuTest;
import nl.pendel.account.PersonSummary;
import nl.pendel.precondition.Precondition;
import nl.pendel.precondition.PreconditionAnswer;
import nl.pendel.precondition.PreconditionService;
import nl.pendel.shared.ui.NotFoundView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PreconditionViewTest extends KaribuTest {

    @Autowired
    PreconditionService preconditions;

    @Test
    void a_participant_answers_and_it_is_stored() {
        var fixture = testData.publishedUnscheduled(3);
        long courseId = fixture.course().id();
        PersonSummary participant = fixture.participants().getFirst();
        login(participant.email());
        open("cursussen/" + courseId + "/randvoorwaarden");
        assertThat(currentView()).isInstanceOf(PreconditionView.class);

        @SuppressWarnings("unchecked")
        List<RadioButtonGroup<Integer>> ratings = _find(RadioButtonGroup.class).stream()
                .map(r -> (RadioButtonGroup<Integer>) r)
                .toList();
        assertThat(ratings).hasSize(5);
        assertThat(ratings.getFirst().getLabel()).isEqualTo("Vrijheid / ruimte");
        _setValue(ratings.get(0), 4);
        _setValue(ratings.get(3), 2);
        _setValue(_find(TextArea.class).get(3), "Meer scholing nodig");
        _click(_get(Button.class, spec -> spec.withText("Opslaan")));

        // still signed in as the participant, so this reads their own answers
        var mine = preconditions.mine(courseId);
        assertThat(mine.version()).isEqualTo(1);
        assertThat(mine.answers()).containsOnlyKeys(Precondition.ROOM, Precondition.KNOWLEDGE);
        assertThat(mine.answers().get(Precondition.KNOWLEDGE))
                .isEqualTo(new PreconditionAnswer(Precondition.KNOWLEDGE, 2, "Meer scholing nodig"));
    }

    @Test
    void the_lead_sees_the_comparison_and_the_anonymous_comments() {
        var fixture = testData.publishedUnscheduled(3);
        long courseId = fixture.course().id();
        int[] room = {2, 3, 5};
        for (int i = 0; i < 3; i++) {
            int rating = room[i];
            testData.runAs(
                    fixture.participants().get(i).email(),
                    () -> preconditions.save(
                            courseId,
                            List.of(new PreconditionAnswer(Precondition.ROOM, rating, "Opmerking " + rating)),
                            0));
        }
        PersonSummary lead = testData.teamLead(fixture.team().id());
        testData.runAs(
                lead.email(),
                () -> preconditions.save(courseId, List.of(new PreconditionAnswer(Precondition.ROOM, 4, "")), 0));

        login(lead.email());
        open("cursussen/" + courseId + "/randvoorwaarden");
        assertThat(currentView()).isInstanceOf(PreconditionView.class);
        assertThat(text()).contains("Jouw beoordeling als teamleider");
        assertThat(text()).contains("3 van de 3 deelnemers hebben de scan ingevuld.");
        assertThat(text()).contains("3,3 (gemiddelde van 3 deelnemers)");
        assertThat(text()).contains("4,0");
        assertThat(text()).contains("Te weinig deelnemers om te tonen");
        assertThat(_find(ListItem.class))
                .extracting(ListItem::getText)
                .containsExactly("Opmerking 2", "Opmerking 3", "Opmerking 5");
        assertThat(text()).doesNotContain(fixture.participants().getFirst().displayName());
    }

    @Test
    void the_lead_of_another_team_gets_not_found() {
        var fixture = testData.publishedUnscheduled(3);
        var other = testData.publishedUnscheduled(3);
        PersonSummary otherLead = testData.teamLead(other.team().id());
        login(otherLead.email());
        open("cursussen/" + fixture.course().id() + "/randvoorwaarden");
        assertThat(currentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    void a_course_that_does_not_exist_gets_not_found() {
        login(testData.publishedUnscheduled(3).trainer().email());
        open("cursussen/" + Long.MAX_VALUE + "/randvoorwaarden");
        assertThat(currentView()).isInstanceOf(NotFoundView.class);
    }

    private String text() {
        return currentView().getElement().getTextRecursively();
    }
}
