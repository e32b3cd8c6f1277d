package nl.pendel.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.pendel.account.Discipline;
import nl.pendel.assessment.MomentKind;
import nl.pendel.homework.MeetingCompletion;
import nl.pendel.programme.ProgrammeOutline.Orientation;
import org.jspecify.annotations.Nullable;

/**
 * The team-lead dashboard of one course: only aggregates of submitted self-assessments. Maps by
 * moment hold the moments with at least one submitted self-assessment, in course order.
 *
 * @param moments the moments with at least one submitted self-assessment, in order
 */
public record TeamDashboard(
        long courseId,
        String courseTitle,
        int participants,
        List<MomentCompletion> completion,
        List<MomentKind> moments,
        List<CompetenceRow> competences,
        List<BalanceMoment> balance,
        List<BalanceChange> balanceChanges,
        List<GroupRow> bySubgroup,
        List<GroupRow> byDiscipline,
        DevelopmentPoints developmentPoints,
        AttendanceSummary attendance,
        List<MeetingCompletion> homework) {

    /** Fewer people than this and a breakdown is hidden. */
    public static final int MIN_PEOPLE = 3;

    /** How many participants submitted their self-assessment at one moment, of how many. */
    public record MomentCompletion(
            MomentKind kind, LocalDate opensOn, LocalDate closesOn, int submitted, int participants) {}

    /**
     * The team figures of one breakdown at one moment: over people (per person the average of the
     * ratings concerned), the average, the population standard deviation, the lowest and the
     * highest. Hidden (no numbers at all) when fewer than {@link #MIN_PEOPLE} people.
     */
    public record Stats(
            boolean hidden,
            @Nullable Integer people,
            @Nullable Double average,
            @Nullable Double spread,
            @Nullable Double min,
            @Nullable Double max) {

        static final Stats HIDDEN = new Stats(true, null, null, null, null, null);

        static Stats of(int people, double average, double spread, double min, double max) {
            return people < MIN_PEOPLE ? HIDDEN : new Stats(false, people, average, spread, min, max);
        }
    }

    /** The change of the team average from one moment to the next; null when either is hidden. */
    public record Change(
            MomentKind from, MomentKind to, @Nullable Double difference) {}

    /** One competence: team figures per moment, the changes, and each of its indicators. */
    public record CompetenceRow(
            String code,
            String shortTitle,
            Orientation orientation,
            Map<MomentKind, Stats> perMoment,
            List<Change> changes,
            List<IndicatorRow> indicators) {}

    /** One indicator: team figures per moment and the changes. */
    public record IndicatorRow(String code, String text, Map<MomentKind, Stats> perMoment, List<Change> changes) {}

    /**
     * The preventive (competences with orientation PREVENTIVE) and environment-oriented side at
     * one moment; {@code gap} is preventive minus environment, null when either is hidden.
     */
    public record BalanceMoment(
            MomentKind kind,
            Stats preventive,
            Stats environment,
            @Nullable Double gap) {}

    /** How the balance moved between two moments; each null when hidden. */
    public record BalanceChange(
            MomentKind from,
            MomentKind to,
            @Nullable Double preventive,
            @Nullable Double environment,
            @Nullable Double gap) {}

    /**
     * One subgroup (number set) or discipline (discipline set): the people in it and per
     * competence code the team figures per moment.
     */
    public record GroupRow(
            @Nullable Integer subgroupNumber,
            @Nullable Discipline discipline,
            int members,
            Map<String, Map<MomentKind, Stats>> competences) {}

    /**
     * The indicators most often rated at the two lowest levels of the scale at the latest moment
     * with submitted self-assessments: the number of people, at most five, most first. Hidden when
     * fewer than {@link #MIN_PEOPLE} people submitted at that moment; moment null when none did.
     */
    public record DevelopmentPoints(
            @Nullable MomentKind moment, boolean hidden, List<Integer> levels, List<DevelopmentPoint> points) {}

    public record DevelopmentPoint(String competenceCode, String indicatorCode, String text, int people) {}

    /**
     * Attendance over the meetings held so far: average meetings attended per participant, how
     * many attended every meeting held, and average contact hours.
     */
    public record AttendanceSummary(
            int participants, int meetingsHeld, double averageAttended, int attendedAll, double averageHours) {}
}
