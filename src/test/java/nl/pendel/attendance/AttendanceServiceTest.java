package nl.pendel.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.pendel.IntegrationTest;
import nl.pendel.TestData;
import nl.pendel.account.PersonProfile;
import nl.pendel.course.CourseService;
import nl.pendel.schedule.ScheduleService;
import nl.pendel.schedule.SessionView;
import nl.pendel.security.Role;
import nl.pendel.shared.UserFacingException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class AttendanceServiceTest {

    @Autowired
    AttendanceService attendance;

    @Autowired
    CourseService courses;

    @Autowired
    ScheduleService schedule;

    @Autowired
    TestData testData;

    private final String place = TestData.unique("Wijkcentrum");

    @Test
    void an_absence_caught_up_in_another_subgroup_counts_as_attending_the_meeting() {
        var fixture = testData.course(8);
        String trainer = fixture.trainer().email();
        long courseId = fixture.course().id();
        List<SessionView> sessions = scheduled(fixture);
        SessionView group1 = meeting1(sessions, 1);
        SessionView group2 = meeting1(sessions, 2);

        List<AttendanceRow> sheet1 = testData.runAs(trainer, () -> attendance.sheet(courseId, group1.id()));
        assertThat(sheet1).hasSize(2).allSatisfy(row -> assertThat(row.status()).isNull());
        PersonProfile absent = sheet1.get(0).person();
        PersonProfile present = sheet1.get(1).person();
        testData.runAs(trainer, () -> {
            attendance.record(courseId, group1.id(), present.id(), AttendanceStatus.PRESENT, "");
            attendance.record(courseId, group1.id(), absent.id(), AttendanceStatus.ABSENT, "ziek");
            attendance.record(courseId, group2.id(), absent.id(), AttendanceStatus.PRESENT, "inhalen");
        });

        List<AttendanceRow> sheet2 = testData.runAs(trainer, () -> attendance.sheet(courseId, group2.id()));
        assertThat(sheet2)
                .filteredOn(r -> r.person().id() == absent.id())
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.catchUp()).isTrue();
                    assertThat(r.status()).isEqualTo(AttendanceStatus.PRESENT);
                });
        Map<Long, ParticipantHours> overview = new HashMap<>();
        testData.runAs(trainer, () -> attendance.overview(courseId))
                .forEach(h -> overview.put(h.person().id(), h));
        assertThat(overview.get(absent.id()).meetingsAttended()).isEqualTo(1);
        assertThat(overview.get(absent.id()).contactHours()).isEqualTo(4.0);
        assertThat(overview.get(present.id()).meetingsAttended()).isEqualTo(1);
        assertThat(overview).hasSize(8);

        AttendanceTotals totals = testData.runAs(trainer, () -> attendance.totals(courseId));
        assertThat(totals.participants()).isEqualTo(8);
        assertThat(totals.meetingsHeld())
                .isEqualTo(overview.values().iterator().next().meetingsHeld());
        assertThat(totals.averageAttended()).isCloseTo(2 / 8.0, within(1e-9));
        assertThat(totals.averageHours()).isCloseTo(8.0 / 8, within(1e-9));
        assertThat(totals.attendedAll())
                .isEqualTo(overview.values().stream()
                        .filter(h -> h.meetingsHeld() > 0 && h.meetingsAttended() >= h.meetingsHeld())
                        .count());
    }

    @Test
    void only_trainers_record_and_only_trainers_and_the_own_team_lead_read_the_overview() {
        var fixture = testData.course(4);
        long courseId = fixture.course().id();
        SessionView session = meeting1(scheduled(fixture), 1);
        String participant = fixture.participants().getFirst().email();
        long someone = fixture.participants().getFirst().id();
        assertThatThrownBy(() -> testData.runAs(
                        participant,
                        () -> attendance.record(courseId, session.id(), someone, AttendanceStatus.PRESENT, "")))
                .isInstanceOf(AccessDeniedException.class);

        String lead = testData.teamLead(fixture.team().id()).email();
        String otherLead = testData.person().roles(Role.TEAM_LEAD).create().email();
        testData.runAs(
                fixture.trainer().email(),
                () -> courses.changeStatus(
                        courseId,
                        courses.details(courseId).summary().version(),
                        nl.pendel.course.CourseStatus.PUBLISHED));
        assertThat(testData.runAs(lead, () -> attendance.overview(courseId))).hasSize(4);
        assertThatThrownBy(() -> testData.runAs(otherLead, () -> attendance.overview(courseId)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(testData.runAs(lead, () -> attendance.totals(courseId)).participants())
                .isEqualTo(4);
        assertThatThrownBy(() -> testData.runAs(otherLead, () -> attendance.totals(courseId)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> testData.runAs(participant, () -> attendance.totals(courseId)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> testData.runAs(lead, () -> attendance.sheet(courseId, session.id())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_overlong_note_is_refused_and_nothing_is_stored() {
        var fixture = testData.course(2);
        long courseId = fixture.course().id();
        SessionView session = meeting1(scheduled(fixture), 1);
        long person = testData.runAs(fixture.trainer().email(), () -> attendance.sheet(courseId, session.id()))
                .getFirst()
                .person()
                .id();
        assertThatThrownBy(() -> testData.runAs(
                        fixture.trainer().email(),
                        () -> attendance.record(
                                courseId, session.id(), person, AttendanceStatus.EXCUSED, "x".repeat(301))))
                .hasMessage("attendance.error.note-too-long");
        assertThat(testData.runAs(fixture.trainer().email(), () -> attendance.sheet(courseId, session.id())))
                .allSatisfy(r -> assertThat(r.status()).isNull());
    }

    @Test
    void someone_present_at_a_meeting_cannot_be_present_at_another_session_of_it() {
        var fixture = testData.course(8);
        String trainer = fixture.trainer().email();
        long courseId = fixture.course().id();
        List<SessionView> sessions = scheduled(fixture);
        SessionView group1 = meeting1(sessions, 1);
        SessionView group2 = meeting1(sessions, 2);
        PersonProfile member = testData.runAs(trainer, () -> attendance.sheet(courseId, group1.id()))
                .getFirst()
                .person();
        assertThat(testData.runAs(trainer, () -> attendance.catchUpCandidates(courseId, group2.id())))
                .extracting(PersonProfile::id)
                .contains(member.id())
                .hasSize(6);

        testData.runAs(
                trainer, () -> attendance.record(courseId, group1.id(), member.id(), AttendanceStatus.PRESENT, ""));

        assertThat(testData.runAs(trainer, () -> attendance.catchUpCandidates(courseId, group2.id())))
                .extracting(PersonProfile::id)
                .doesNotContain(member.id())
                .hasSize(5);
        assertThatThrownBy(() -> testData.runAs(
                        trainer,
                        () -> attendance.record(courseId, group2.id(), member.id(), AttendanceStatus.PRESENT, "")))
                .isInstanceOf(UserFacingException.class)
                .hasMessage("attendance.error.present-elsewhere");
        assertThat(testData.runAs(trainer, () -> attendance.sheet(courseId, group2.id())))
                .extracting(r -> r.person().id())
                .doesNotContain(member.id());
        assertThat(testData.runAs(trainer, () -> attendance.overview(courseId)))
                .filteredOn(h -> h.person().id() == member.id())
                .singleElement()
                .satisfies(h -> assertThat(h.contactHours()).isEqualTo(4.0));
    }

    @Test
    void no_attendance_is_kept_for_a_cancelled_session() {
        var fixture = testData.course(4);
        String trainer = fixture.trainer().email();
        long courseId = fixture.course().id();
        SessionView session = meeting1(scheduled(fixture), 1);
        long person = testData.runAs(trainer, () -> attendance.sheet(courseId, session.id()))
                .getFirst()
                .person()
                .id();
        testData.runAs(trainer, () -> schedule.cancel(courseId, session.id(), session.version()));

        assertThatThrownBy(() -> testData.runAs(
                        trainer, () -> attendance.record(courseId, session.id(), person, AttendanceStatus.PRESENT, "")))
                .hasMessage("attendance.error.cancelled");
        assertThat(testData.runAs(trainer, () -> attendance.sheet(courseId, session.id())))
                .allSatisfy(r -> assertThat(r.status()).isNull());
    }

    private List<SessionView> scheduled(TestData.CourseFixture fixture) {
        return testData.schedule(fixture, place);
    }

    private static SessionView meeting1(List<SessionView> sessions, int subgroup) {
        return sessions.stream()
                .filter(s -> s.meetingPosition() == 1 && s.subgroupNumber() == subgroup)
                .findFirst()
                .orElseThrow();
    }
}
