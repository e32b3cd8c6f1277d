package nl.pendel.attendance.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import nl.pendel.KaribuTest;
import nl.pendel.TestData;
import nl.pendel.attendance.AttendanceService;
import nl.pendel.attendance.AttendanceStatus;
import nl.pendel.course.CourseService;
import nl.pendel.course.CourseStatus;
import nl.pendel.security.Role;
import nl.pendel.shared.ui.NotFoundView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AttendanceViewTest extends KaribuTest {

    @Autowired
    CourseService courses;

    @Autowired
    AttendanceService attendance;

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
        testData.runAs(
                fixture.trainer().email(),
                () -> courses.changeStatus(
                        fixture.course().id(),
                        courses.details(fixture.course().id()).summary().version(),
                        CourseStatus.PUBLISHED));
        login(testData.person()
                .roles(Role.TEAM_LEAD)
                .team(fixture.team().id())
                .create()
                .email());
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

        testData.runAs(
                fixture.trainer().email(),
                () -> courses.changeStatus(
                        fixture.course().id(),
                        courses.details(fixture.course().id()).summary().version(),
                        CourseStatus.PUBLISHED));
        login(testData.person()
                .roles(Role.TEAM_LEAD)
                .team(fixture.team().id())
                .create()
                .email());
        open("cursussen/" + fixture.course().id() + "/aanwezigheid");
        assertThat(currentView()).isInstanceOf(AttendanceView.class);
        assertThat(_find(Anchor.class, spec -> spec.withText("Accreditatielijst (CSV)")))
                .isEmpty();
        assertThat(_find(Anchor.class, spec -> spec.withText("Accreditatielijst (PDF)")))
                .isEmpty();
    }

    private TestData.CourseFixture scheduled() {
        var fixture = testData.course(4);
        testData.schedule(fixture, TestData.unique("Wijkcentrum"));
        return fixture;
    }
}
