package nl.pendel.course.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalTime;

/** When one subgroup meets, relative to a meeting's first day (offset 0). */
@Embeddable
public class SessionSlot {

    @Column(name = "subgroup_no")
    private int subgroupNo;

    private int dayOffset;
    private LocalTime startTime;
    private LocalTime endTime;

    protected SessionSlot() {}

    public SessionSlot(int subgroupNo, int dayOffset, LocalTime startTime, LocalTime endTime) {
        this.subgroupNo = subgroupNo;
        this.dayOffset = dayOffset;
        this.startTime = startTime;
        this.endTime = endTime;
    }

    public int getSubgroupNo() {
        return subgroupNo;
    }

    public int getDayOffset() {
        return dayOffset;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public LocalTime getEndTime() {
        return endTime;
    }
}
