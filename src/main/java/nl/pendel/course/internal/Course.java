package nl.pendel.course.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.pendel.course.CourseStatus;
import nl.pendel.shared.StorableText;

@Entity
@Table(name = "course")
public class Course {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long teamId;
    private Long programmeVersionId;
    private String title;
    private LocalDate startsOn;
    private LocalDate endsOn;

    @Enumerated(EnumType.STRING)
    private CourseStatus status = CourseStatus.CONCEPT;

    /**
     * The title while the course is not closed, else null: a unique index on it keeps two open
     * courses from sharing a title (V0025). Kept here, on every save.
     */
    private String openTitle;

    private Long trainerId;
    private Long coTrainerId;
    private int subgroupCount;
    private Long copiedFromId;
    private boolean remindersEnabled = true;

    /** Whether the course was ever published; only a course that never was may be deleted. */
    private boolean everPublished;

    /** The caseload theme list version of the course; null when its programme has none. */
    private Long caseloadThemeListVersionId;

    @ElementCollection
    @org.hibernate.annotations.BatchSize(size = 100)
    @CollectionTable(name = "course_participant", joinColumns = @JoinColumn(name = "course_id"))
    @Column(name = "person_id")
    private Set<Long> participantIds = new HashSet<>();

    @ElementCollection
    @org.hibernate.annotations.BatchSize(size = 100)
    @CollectionTable(name = "course_session_slot", joinColumns = @JoinColumn(name = "course_id"))
    private List<SessionSlot> sessionSlots = new ArrayList<>();

    @Version
    private long version;

    private Instant createdAt;
    private Instant updatedAt;

    protected Course() {}

    public Course(long teamId, long programmeVersionId, Instant now) {
        this.teamId = teamId;
        this.programmeVersionId = programmeVersionId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getTeamId() {
        return teamId;
    }

    public Long getProgrammeVersionId() {
        return programmeVersionId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        StorableText.check(title);
        this.title = title;
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

    public CourseStatus getStatus() {
        return status;
    }

    public void setStatus(CourseStatus status) {
        this.status = status;
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

    public Long getCopiedFromId() {
        return copiedFromId;
    }

    public void setCopiedFromId(Long copiedFromId) {
        this.copiedFromId = copiedFromId;
    }

    public Long getCaseloadThemeListVersionId() {
        return caseloadThemeListVersionId;
    }

    public void setCaseloadThemeListVersionId(Long caseloadThemeListVersionId) {
        this.caseloadThemeListVersionId = caseloadThemeListVersionId;
    }

    public Set<Long> getParticipantIds() {
        return participantIds;
    }

    public List<SessionSlot> getSessionSlots() {
        return sessionSlots;
    }

    public long getVersion() {
        return version;
    }

    public boolean isRemindersEnabled() {
        return remindersEnabled;
    }

    public void setRemindersEnabled(boolean remindersEnabled) {
        this.remindersEnabled = remindersEnabled;
    }

    public boolean isEverPublished() {
        return everPublished;
    }

    public void markPublished() {
        this.everPublished = true;
    }

    @jakarta.persistence.PrePersist
    @jakarta.persistence.PreUpdate
    void keepOpenTitle() {
        openTitle = status == CourseStatus.CLOSED ? null : title;
    }

    public void touch(Instant now) {
        this.updatedAt = now;
    }
}
