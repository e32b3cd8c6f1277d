package nl.pendel.subgroup;

import nl.pendel.course.CourseAccess;

/**
 * What a course's subgroups screen shows the person who opens it, read at once.
 *
 * @param access who is involved in the course, for what the screen lets this person do
 * @param courseTitle the course's title, for the screen's heading
 * @param overview the course's subgroups with their members and how balanced they are
 */
public record SubgroupsPage(CourseAccess access, String courseTitle, SubgroupOverview overview) {}
