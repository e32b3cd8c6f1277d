package nl.pendel.message.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import nl.pendel.KaribuTest;
import nl.pendel.message.Announcement;
import nl.pendel.message.AnnouncementDraft;
import nl.pendel.message.Audience;
import nl.pendel.message.MessageService;
import nl.pendel.message.MessagesPage;
import nl.pendel.plan.PlanFixtures;
import nl.pendel.shared.ui.NotFoundView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class MessagesViewTest extends KaribuTest {

    @Autowired
    PlanFixtures fixtures;

    @Autowired
    MessageService messages;

    @Test
    void a_trainer_writes_an_announcement_to_one_subgroup() {
        var course = fixtures.published(8);
        login(course.trainer().email());
        open("cursussen/" + course.id() + "/berichten");
        assertThat(currentView()).isInstanceOf(MessagesView.class);

        AnnouncementForm form = _get(AnnouncementForm.class);
        _setValue(form.audience, Audience.SUBGROUP);
        @SuppressWarnings("unchecked")
        Select<MessagesPage.Addressee> subgroup = _get(Select.class);
        assertThat(subgroup.isVisible()).isTrue();
        _setValue(subgroup, new MessagesPage.Addressee(course.subgroupIds().get(1), "2"));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Onderwerp")), "Verzamelen bij de hal");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Bericht")), "Om 9 uur.\nNeem je laptop mee.");
        _click(_get(Button.class, spec -> spec.withText("Versturen")));

        MessagesPage page = messages.page(course.id());
        Announcement sent = page.announcements().getFirst();
        assertThat(sent.audience()).isEqualTo(Audience.SUBGROUP);
        assertThat(sent.to()).isEqualTo("2");
        assertThat(sent.body()).isEqualTo("Om 9 uur.\nNeem je laptop mee.");
        assertThat(_find(H3.class)).extracting(H3::getText).contains("Verzamelen bij de hal");
        assertThat(text()).contains("aan subgroep 2");
    }

    @Test
    void a_participant_reads_an_announcement_as_text_and_replies_to_the_trainers() {
        var course = fixtures.published(8);
        var participant = course.member(1, 0);
        testData.runAs(
                course.trainer().email(),
                () -> messages.announce(course.id(), AnnouncementDraft.toCourse("Let op", "<b>vet</b> & <script>")));
        login(participant.email());
        open("cursussen/" + course.id() + "/berichten");
        assertThat(currentView()).isInstanceOf(MessagesView.class);
        assertThat(_find(AnnouncementForm.class))
                .as("a participant does not announce")
                .isEmpty();
        assertThat(text()).contains("<b>vet</b> & <script>");

        _setValue(_get(TextArea.class, spec -> spec.withLabel("Je antwoord")), "Moet ik iets voorbereiden?");
        _click(_get(Button.class, spec -> spec.withText("Antwoord versturen")));

        assertThat(text()).contains("Moet ik iets voorbereiden?");
        Announcement.Thread thread = testData.runAs(course.trainer().email(), () -> messages.page(course.id()))
                .announcements()
                .getFirst()
                .threadOf(participant.id());
        assertThat(thread).isNotNull();
        assertThat(thread.lines()).hasSize(1);
    }

    @Test
    void the_lead_reads_course_wide_announcements_without_a_form_or_a_reply_field() {
        var course = fixtures.published(8);
        testData.runAs(
                course.trainer().email(),
                () -> messages.announce(course.id(), AnnouncementDraft.toCourse("Voor iedereen", "Tekst")));
        testData.runAs(
                course.trainer().email(),
                () -> messages.announce(
                        course.id(),
                        AnnouncementDraft.toPerson(course.member(1, 0).id(), "Persoonlijk", "Tekst")));
        login(course.lead().email());
        open("cursussen/" + course.id() + "/berichten");
        assertThat(currentView()).isInstanceOf(MessagesView.class);
        assertThat(text()).contains("Voor iedereen").doesNotContain("Persoonlijk");
        assertThat(_find(TextArea.class)).isEmpty();
    }

    @Test
    void another_courses_trainer_and_another_teams_lead_get_not_found() {
        var course = fixtures.published(4);
        var other = fixtures.published(4);
        login(other.trainer().email());
        open("cursussen/" + course.id() + "/berichten");
        assertThat(currentView()).isInstanceOf(NotFoundView.class);
        login(other.lead().email());
        open("cursussen/" + course.id() + "/berichten");
        assertThat(currentView()).isInstanceOf(NotFoundView.class);
    }

    private String text() {
        return currentView().getElement().getTextRecursively();
    }
}
