package nl.pendel.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import nl.pendel.course.CourseAccess;
import nl.pendel.course.CourseStatus;
import org.junit.jupiter.api.Test;

/** Who leads the generated sessions: the trainer, and the co-trainer where the trainer is taken. */
class ScheduleGeneratorTest {

    static final long TRAINER = 1;
    static final long CO_TRAINER = 2;
    static final long MEETING = 10;
    static final LocalDate DAY = LocalDate.of(2027, 1, 26);
    static final LocalTime MORNING = LocalTime.of(8, 30);
    static final LocalTime NOON = LocalTime.of(12, 30);
    static final LocalTime AFTERNOON = LocalTime.of(13, 0);
    static final LocalTime EVENING = LocalTime.of(17, 0);

    private final CourseAccess withCoTrainer =
            new CourseAccess(5, 6, TRAINER, CO_TRAINER, Set.of(), CourseStatus.CONCEPT);
    private final CourseAccess withoutCoTrainer = new CourseAccess(5, 6, TRAINER, null, Set.of(), CourseStatus.CONCEPT);

    @Test
    void the_trainer_leads_subgroups_that_meet_one_after_another_as_in_korrewegwijk() {
        List<SessionDraft> drafts = List.of(
                draft(1, DAY, MORNING, NOON),
                draft(2, DAY, AFTERNOON, EVENING),
                draft(3, DAY.plusDays(1), MORNING, NOON),
                draft(4, DAY.plusDays(1), AFTERNOON, EVENING));

        ScheduleGenerator.divideTrainers(drafts, withCoTrainer, Set.of(MEETING), List.of());

        assertThat(drafts).extracting(SessionDraft::getTrainerId).containsOnly(TRAINER);
    }

    @Test
    void the_co_trainer_leads_the_subgroup_that_meets_at_the_same_time_as_the_trainers() {
        List<SessionDraft> drafts = List.of(
                draft(1, DAY, MORNING, NOON),
                draft(2, DAY, MORNING, NOON),
                draft(3, DAY, AFTERNOON, EVENING),
                draft(4, DAY, AFTERNOON, EVENING));

        ScheduleGenerator.divideTrainers(drafts, withCoTrainer, Set.of(MEETING), List.of());

        assertThat(drafts)
                .extracting(SessionDraft::getTrainerId)
                .containsExactly(TRAINER, CO_TRAINER, TRAINER, CO_TRAINER);
    }

    @Test
    void the_co_trainer_leads_where_the_trainer_gives_another_course_then() {
        List<SessionDraft> drafts = List.of(draft(1, DAY, MORNING, NOON), draft(2, DAY, AFTERNOON, EVENING));

        ScheduleGenerator.divideTrainers(
                drafts,
                withCoTrainer,
                Set.of(MEETING),
                List.of(new ScheduleGenerator.Taken(TRAINER, DAY, LocalTime.of(9, 0), LocalTime.of(11, 0))));

        assertThat(drafts).extracting(SessionDraft::getTrainerId).containsExactly(CO_TRAINER, TRAINER);
    }

    @Test
    void without_a_co_trainer_parallel_sessions_stay_with_the_trainer_for_the_check_to_report() {
        List<SessionDraft> drafts = List.of(draft(1, DAY, MORNING, NOON), draft(2, DAY, MORNING, NOON));

        ScheduleGenerator.divideTrainers(drafts, withoutCoTrainer, Set.of(MEETING), List.of());

        assertThat(drafts).extracting(SessionDraft::getTrainerId).containsOnly(TRAINER);
    }

    @Test
    void a_session_the_co_trainer_led_before_stays_with_the_co_trainer_when_they_are_free() {
        SessionDraft led = draft(1, DAY, MORNING, NOON);
        led.setTrainerId(CO_TRAINER);
        List<SessionDraft> drafts = List.of(led, draft(2, DAY, AFTERNOON, EVENING));

        ScheduleGenerator.divideTrainers(drafts, withCoTrainer, Set.of(MEETING), List.of());

        assertThat(drafts).extracting(SessionDraft::getTrainerId).containsExactly(CO_TRAINER, TRAINER);
    }

    @Test
    void sessions_of_meetings_not_generated_again_keep_their_trainer_and_take_their_time() {
        SessionDraft kept = draft(1, DAY, MORNING, NOON);
        SessionDraft stored = SessionDraft.generated(MEETING + 1, 2, "Aan de slag", 2, 2);
        stored.setDate(DAY);
        stored.setStart(MORNING);
        stored.setEnd(NOON);
        stored.setTrainerId(TRAINER);
        List<SessionDraft> drafts = List.of(stored, kept);

        ScheduleGenerator.divideTrainers(drafts, withCoTrainer, Set.of(MEETING), List.of());

        assertThat(drafts).extracting(SessionDraft::getTrainerId).containsExactly(TRAINER, CO_TRAINER);
    }

    private static SessionDraft draft(int subgroup, LocalDate date, LocalTime start, LocalTime end) {
        SessionDraft draft = SessionDraft.generated(MEETING, 1, "Beelden", 100 + subgroup, subgroup);
        draft.setDate(date);
        draft.setStart(start);
        draft.setEnd(end);
        return draft;
    }
}
