/**
 * Attendance: per session who was present, absent or excused, catch-ups in another subgroup's
 * session of the same meeting, and per course the meetings attended and contact hours.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Attendance")
package nl.pendel.attendance;
