package nl.pendel.schedule;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import nl.pendel.shared.Filled;
import nl.pendel.shared.OneLine;
import org.jspecify.annotations.Nullable;

/**
 * A session as generated or edited, before it is stored. {@code id} is null for a session not
 * stored yet.
 */
public class SessionDraft {

    public static final int LOCATION_MAX = 200;
    public static final int ROOM_MAX = 100;

    private Long id;
    private long version;
    private long meetingId;
    private int meetingPosition;
    private String meetingTitle = "";
    private long subgroupId;
    private int subgroupNumber;

    @NotNull(message = "{validation.required}")
    private LocalDate date;

    @NotNull(message = "{validation.required}")
    private LocalTime start;

    @NotNull(message = "{validation.required}")
    private LocalTime end;

    @Filled(message = "{validation.required}")
    @Size(max = LOCATION_MAX, message = "{validation.max-length}")
    @OneLine
    private String location = "";

    @Size(max = ROOM_MAX, message = "{validation.max-length}")
    @OneLine
    private String room = "";

    @NotNull(message = "{validation.required}")
    private Long trainerId;

    private SessionStatus status = SessionStatus.PLANNED;

    public static SessionDraft of(SessionView session) {
        SessionDraft draft = new SessionDraft();
        draft.id = session.id();
        draft.version = session.version();
        draft.meetingId = session.meetingId();
        draft.meetingPosition = session.meetingPosition();
        draft.meetingTitle = session.meetingTitle();
        draft.subgroupId = session.subgroupId();
        draft.subgroupNumber = session.subgroupNumber();
        draft.date = session.date();
        draft.start = session.start();
        draft.end = session.end();
        draft.location = session.location();
        draft.room = session.room();
        draft.trainerId = session.trainerId();
        draft.status = session.status();
        return draft;
    }

    static SessionDraft generated(
            long meetingId, int meetingPosition, String meetingTitle, long subgroupId, int subgroupNumber) {
        SessionDraft draft = new SessionDraft();
        draft.meetingId = meetingId;
        draft.meetingPosition = meetingPosition;
        draft.meetingTitle = meetingTitle;
        draft.subgroupId = subgroupId;
        draft.subgroupNumber = subgroupNumber;
        return draft;
    }

    public Long getId() {
        return id;
    }

    void setId(Long id) {
        this.id = id;
    }

    public long getVersion() {
        return version;
    }

    void setVersion(long version) {
        this.version = version;
    }

    public long getMeetingId() {
        return meetingId;
    }

    public int getMeetingPosition() {
        return meetingPosition;
    }

    public String getMeetingTitle() {
        return meetingTitle;
    }

    public long getSubgroupId() {
        return subgroupId;
    }

    public int getSubgroupNumber() {
        return subgroupNumber;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public LocalTime getStart() {
        return start;
    }

    public void setStart(LocalTime start) {
        this.start = start;
    }

    public LocalTime getEnd() {
        return end;
    }

    public void setEnd(LocalTime end) {
        this.end = end;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(@Nullable String location) {
        this.location = location == null ? "" : location;
    }

    public String getRoom() {
        return room;
    }

    public void setRoom(@Nullable String room) {
        this.room = room == null ? "" : room;
    }

    public Long getTrainerId() {
        return trainerId;
    }

    public void setTrainerId(Long trainerId) {
        this.trainerId = trainerId;
    }

    /** Planned or cancelled; changed only through cancelling or reinstating the stored session. */
    public SessionStatus getStatus() {
        return status;
    }

    void setStatus(SessionStatus status) {
        this.status = status;
    }

    public boolean isCancelled() {
        return status == SessionStatus.CANCELLED;
    }
}
