package nl.pendel.completion.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import java.time.Instant;
import java.util.List;
import nl.pendel.KaribuTest;
import nl.pendel.TestData;
import nl.pendel.TestData.CourseFixture;
import nl.pendel.account.PersonSummary;
import nl.pendel.completion.internal.CertificateStore;
import nl.pendel.shared.ui.NotFoundView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CompletionViewTest extends KaribuTest {

    @Autowired
    CertificateStore store;

    private CourseFixture published() {
        CourseFixture fixture = testData.course(4);
        testData.schedule(fixture, TestData.unique("Buurthuis"));
        testData.publish(fixture);
        return fixture;
    }

    @Test
    void the_trainer_sees_a_card_per_participant_and_the_issue_button_with_nobody_to_issue() {
        CourseFixture fixture = published();
        login(fixture.trainer().email());
        open("cursussen/" + fixture.course().id() + "/afronding");

        assertThat(currentView()).isInstanceOf(CompletionView.class);
        assertThat(_find(Div.class, spec -> spec.withClasses("completion-card")))
                .hasSize(4);
        Button issue = _get(Button.class, spec -> spec.withClasses("issue-certificates"));
        assertThat(issue.getText()).isEqualTo("Certificaten uitgeven (0)");
        assertThat(issue.isEnabled()).isFalse();
        assertThat(pageText()).contains("Nog niet afgerond").contains("Bijeenkomsten bijgewoond: 0 van 3");
    }

    @Test
    void a_participant_sees_only_their_own_card_and_downloads_their_certificate_once_issued() {
        CourseFixture fixture = published();
        PersonSummary me = fixture.participants().getFirst();
        store.issue(
                fixture.course().id(), List.of(me.id()), 2026, fixture.trainer().id(), Instant.now());
        login(me.email());
        open("cursussen/" + fixture.course().id() + "/afronding");

        assertThat(_find(Div.class, spec -> spec.withClasses("completion-card")))
                .hasSize(1);
        assertThat(pageText()).contains(me.displayName()).contains("registratienummer PENDEL-2026-");
        assertThat(_find(Button.class, spec -> spec.withClasses("issue-certificates")))
                .isEmpty();
        assertThat(_get(Anchor.class, spec -> spec.withClasses("certificate-download"))
                        .getHref())
                .isNotBlank();
    }

    @Test
    void the_trainer_of_another_course_gets_not_found() {
        CourseFixture fixture = published();
        login(testData.trainer().email());
        open("cursussen/" + fixture.course().id() + "/afronding");
        assertThat(currentView()).isInstanceOf(NotFoundView.class);
    }
}
