package nl.pendel.attendance.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import java.util.HashMap;
import java.util.Map;
import nl.pendel.KaribuTest;
import nl.pendel.TestData;
import nl.pendel.account.PersonDraft;
import nl.pendel.account.PersonService;
import nl.pendel.attendance.AttendanceService;
import nl.pendel.attendance.AttendanceStatus;
import nl.pendel.attendance.ParticipantHours;
import nl.pendel.security.SystemAuthentication;
import nl.pendel.shared.ui.NotFoundView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AttendanceViewTest extends KaribuTest {

    @Autowired
    AttendanceService attendance;

    @Autowired
    PersonService people;

    @Test
    void trainer_marks_a_participant_present_and_it_is_stored_at_once() {
        var fixture = scheduled();
        login(fixture.trainer().email());
        open("cursussen/" + fixture.course().id() + "/aanwezigheid");
        assertThat(currentView()).isInstanceOf(AttendanceView.class);

        @SuppressWarnings("unchecked")
        RadioButtonGroup<AttendanceStatus> first = _find(RadioButtonGroup.class).getFirst();
        _setValue(first, AttendanceStatus.PRESENT);

        @SuppressWarnings("unchecked")
        Select<nl.pendel.schedule.SessionView> session = _get(Select.class);
        var rows = testData.runAs(
                fixture.trainer().email(),
                () -> attendance.sheet(fixture.course().id(), session.getValue().id()));
        assertThat(rows).anySatisfy(r -> assertThat(r.status()).isEqualTo(AttendanceStatus.PRESENT));
    }

    @Test
    void team_lead_sees_only_the_overview_and_a_participant_gets_not_found() {
        var fixture = scheduled();
        testData.publish(fixture);
        login(testData.teamLead(fixture.team().id()).email());
        open("cursussen/" + fixture.course().id() + "/aanwezigheid");
        assertThat(currentView()).isInstanceOf(AttendanceView.class);
        assertThat(_find(RadioButtonGroup.class)).isEmpty();
        assertThat(_find(Grid.class)).hasSize(1);

        login(fixture.participants().getFirst().email());
        open("cursussen/" + fixture.course().id() + "/aanwezigheid");
        assertThat(currentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    void trainer_sees_the_accreditation_downloads_and_the_team_lead_does_not() {
        var fixture = scheduled();
        login(fixture.trainer().email());
        open("cursussen/" + fixture.course().id() + "/aanwezigheid");
        Anchor csv = _get(Anchor.class, spec -> spec.withText("Accreditatielijst (CSV)"));
        Anchor pdf = _get(Anchor.class, spec -> spec.withText("Accreditatielijst (PDF)"));
        assertThat(csv.getHref()).isNotBlank();
        assertThat(pdf.getHref()).isNotBlank().isNotEqualTo(csv.getHref());

        testData.publish(fixture);
        login(testData.teamLead(fixture.team().id()).email());
        open("cursussen/" + fixture.course().id() + "/aanwezigheid");
        assertThat(currentView()).isInstanceOf(AttendanceView.class);
        assertThat(_find(Anchor.class, spec -> spec.withText("Accreditatielijst (CSV)")))
                .isEmpty();
        assertThat(_find(Anchor.class, spec -> spec.withText("Accreditatielijst (PDF)")))
                .isEmpty();
    }

    @Test
    void trainer_sees_how_many_participants_lack_a_register_number_and_who() {
        var fixture = scheduled();
        var given = fixture.participants().getFirst();
        SystemAuthentication.runAsAdministrator(() -> {
            PersonDraft draft = PersonDraft.of(people.find(given.id()).orElseThrow());
            draft.setRegisterNumber("SKJ 110012345");
            return people.save(draft);
        });
        login(fixture.trainer().email());
        open("cursussen/" + fixture.course().id() + "/aanwezigheid");

        Div notice = _get(Div.class, spec -> spec.withClasses("register-numbers-missing"));
        String text = notice.getElement().getTextRecursively();
        assertThat(text).contains("3 deelnemers hebben nog geen registratienummer");
        fixture.participants().stream().skip(1).forEach(p -> assertThat(text).contains(p.displayName()));
        assertThat(text).doesNotContain(given.displayName()).contains("Mijn profiel");

        @SuppressWarnings("unchecked")
        Grid<ParticipantHours> overview = _get(Grid.class);
        Map<String, String> shown = new HashMap<>();
        for (int row = 0; row < GridKt._size(overview); row++) {
            shown.put(
                    GridKt._get(overview, row).person().displayName(),
                    GridKt._getCellComponent(overview, row, "register-number")
                            .getElement()
                            .getText());
        }
        assertThat(shown).hasSize(4).containsEntry(given.displayName(), "SKJ 110012345");
        fixture.participants().stream().skip(1).forEach(p -> assertThat(shown)
                .containsEntry(p.displayName(), "ontbreekt"));
    }

    @Test
    void no_count_when_everyone_gave_their_register_number_and_the_team_lead_sees_no_numbers() {
        var fixture = scheduled();
        for (var participant : fixture.participants()) {
            SystemAuthentication.runAsAdministrator(() -> {
                PersonDraft draft = PersonDraft.of(people.find(participant.id()).orElseThrow());
                draft.setRegisterNumber("Registerplein " + participant.id());
                return people.save(draft);
            });
        }
        login(fixture.trainer().email());
        open("cursussen/" + fixture.course().id() + "/aanwezigheid");
        assertThat(_find(Div.class, spec -> spec.withClasses("register-numbers-missing")))
                .isEmpty();

        testData.publish(fixture);
        login(testData.teamLead(fixture.team().id()).email());
        open("cursussen/" + fixture.course().id() + "/aanwezigheid");
        @SuppressWarnings("unchecked")
        Grid<ParticipantHours> overview = _get(Grid.class);
        assertThat(overview.getColumnByKey("register-number")).isNull();
    }

    private TestData.CourseFixture scheduled() {
        var fixture = testData.course(4);
        testData.schedule(fixture, TestData.unique("Wijkcentrum"));
        return fixture;
    }
}
