package nl.pendel.schedule.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import nl.pendel.schedule.SessionStatus;
import nl.pendel.shared.StorableText;

@Entity
@Table(name = "course_session")
public class CourseSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long courseId;
    private Long meetingId;
    private Long subgroupId;

    @Column(name = "session_date")
    private LocalDate date;

    private LocalTime startTime;
    private LocalTime endTime;
    private String location;
    private String room;
    private Long trainerId;

    @Enumerated(EnumType.STRING)
    private SessionStatus status = SessionStatus.PLANNED;

    private String uid;

    @Column(name = "sequence_no")
    private int sequence;

    @Version
    private long version;

    private Instant updatedAt;

    protected CourseSession() {}

    public CourseSession(long courseId, long meetingId, long subgroupId, String uid) {
        this.courseId = courseId;
        this.meetingId = meetingId;
        this.subgroupId = subgroupId;
        this.uid = uid;
    }

    /**
     * Sets when, where and who; raises the calendar sequence when anything changed. An unchanged
     * session stays untouched, so saving a whole schedule does not outdate the others' versions.
     */
    public void schedule(
            LocalDate date, LocalTime start, LocalTime end, String location, String room, long trainerId, Instant now) {
        StorableText.check(location);
        StorableText.check(room);
        boolean isNew = this.date == null;
        boolean changed = !isNew
                && (!date.equals(this.date)
                        || !start.equals(startTime)
                        || !end.equals(endTime)
                        || !location.equals(this.location)
                        || !room.equals(this.room)
                        || trainerId != this.trainerId);
        this.date = date;
        this.startTime = start;
        this.endTime = end;
        this.location = location;
        this.room = room;
        this.trainerId = trainerId;
        if (changed) {
            sequence++;
        }
        if (changed || isNew) {
            updatedAt = now;
        }
    }

    /** Marks the session cancelled; calendars see a new sequence. */
    public void cancel(Instant now) {
        changeStatus(SessionStatus.CANCELLED, now);
    }

    /** Plans a cancelled session again at its date and time. */
    public void reinstate(Instant now) {
        changeStatus(SessionStatus.PLANNED, now);
    }

    private void changeStatus(SessionStatus target, Instant now) {
        if (status != target) {
            status = target;
            sequence++;
            updatedAt = now;
        }
    }

    public Long getId() {
        return id;
    }

    public Long getCourseId() {
        return courseId;
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public Long getSubgroupId() {
        return subgroupId;
    }

    public LocalDate getDate() {
        return date;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public LocalTime getEndTime() {
        return endTime;
    }

    public String getLocation() {
        return location;
    }

    public String getRoom() {
        return room;
    }

    public Long getTrainerId() {
        return trainerId;
    }

    public SessionStatus getStatus() {
        return status;
    }

    public String getUid() {
        return uid;
    }

    public int getSequence() {
        return sequence;
    }

    public long getVersion() {
        return version;
    }
}
