package nl.pendel.course;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import nl.pendel.shared.Filled;
import nl.pendel.shared.OneLine;
import org.jspecify.annotations.Nullable;

/** What the course form edits. {@code id} is null for a new course. */
public class CourseDraft {

    /** The earliest and latest day a course may have: typing errors like year 1 or 9999 are refused. */
    public static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    public static final LocalDate LATEST = LocalDate.of(2099, 12, 31);

    /** A course lasts at most this many years. */
    public static final int LONGEST_YEARS = 2;

    public static final int TITLE_MAX = 200;

    private Long id;
    private long version;

    @Filled(message = "{validation.required}")
    @Size(max = TITLE_MAX, message = "{validation.max-length}")
    @OneLine
    private String title = "";

    @NotNull(message = "{validation.required}")
    private Long teamId;

    @NotNull(message = "{validation.required}")
    private Long programmeVersionId;

    @NotNull(message = "{validation.required}")
    private LocalDate startsOn;

    @NotNull(message = "{validation.required}")
    private LocalDate endsOn;

    @NotNull(message = "{validation.required}")
    private Long trainerId;

    private Long coTrainerId;

    @Min(value = 1, message = "{validation.min}")
    @Max(value = 12, message = "{validation.max}")
    private int subgroupCount = 4;

    private Set<Long> participantIds = new HashSet<>();

    public static CourseDraft of(CourseSummary course, Set<Long> participantIds) {
        CourseDraft draft = new CourseDraft();
        draft.id = course.id();
        draft.version = course.version();
        draft.title = course.title();
        draft.teamId = course.teamId();
        draft.programmeVersionId = course.programmeVersionId();
        draft.startsOn = course.startsOn();
        draft.endsOn = course.endsOn();
        draft.trainerId = course.trainerId();
        draft.coTrainerId = course.coTrainerId();
        draft.subgroupCount = course.subgroupCount();
        draft.participantIds = new HashSet<>(participantIds);
        return draft;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Long getTeamId() {
        return teamId;
    }

    public void setTeamId(Long teamId) {
        this.teamId = teamId;
    }

    public Long getProgrammeVersionId() {
        return programmeVersionId;
    }

    public void setProgrammeVersionId(Long programmeVersionId) {
        this.programmeVersionId = programmeVersionId;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public Long getTrainerId() {
        return trainerId;
    }

    public void setTrainerId(Long trainerId) {
        this.trainerId = trainerId;
    }

    public Long getCoTrainerId() {
        return coTrainerId;
    }

    public void setCoTrainerId(Long coTrainerId) {
        this.coTrainerId = coTrainerId;
    }

    public int getSubgroupCount() {
        return subgroupCount;
    }

    public void setSubgroupCount(int subgroupCount) {
        this.subgroupCount = subgroupCount;
    }

    public Set<Long> getParticipantIds() {
        return participantIds;
    }

    public void setParticipantIds(@Nullable Set<Long> participantIds) {
        this.participantIds = participantIds == null ? new HashSet<>() : new HashSet<>(participantIds);
    }
}
