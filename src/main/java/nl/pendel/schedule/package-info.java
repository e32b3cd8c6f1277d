/**
 * The schedule of a course: sessions generated from the course's session pattern, edited one by
 * one, checked for conflicts (trainers, rooms, subgroups, people in several courses) and for
 * weekends and Dutch public holidays before they are stored. Also what people see of their
 * sessions across courses: a participant's own sessions, a trainer's agenda and the personal
 * calendar feed.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Schedule")
package nl.pendel.schedule;
