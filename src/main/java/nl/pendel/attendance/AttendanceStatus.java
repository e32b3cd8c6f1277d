package nl.pendel.attendance;

/** Whether someone took part in a session. */
public enum AttendanceStatus {
    PRESENT,
    ABSENT,
    EXCUSED;

    public String translationKey() {
        return "attendance.status." + name();
    }
}
