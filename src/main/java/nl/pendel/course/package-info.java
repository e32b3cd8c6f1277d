/**
 * Courses: one run of a programme version for a team, with its trainers, participants, status and
 * its own copy of the programme's meetings and session pattern. {@link
 * nl.pendel.course.CourseService} also answers who may see or change a course, for the modules
 * that hang off it (subgroups, schedule).
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Courses")
package nl.pendel.course;
