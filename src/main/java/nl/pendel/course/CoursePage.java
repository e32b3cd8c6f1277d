package nl.pendel.course;

import nl.pendel.security.PendelUser;

/**
 * What a person may do on the screens of a course (overview, subgroups, schedule, ...): each
 * screen's service checks the course once and answers its access facts with what the screen shows
 * (e.g. {@link CourseDetails#access}), and the screen takes its flags from them through {@link
 * #of}.
 *
 * @param manage the person is a trainer of the course (or an administrator) and the course is
 *     not closed
 * @param attendance the person may see attendance: the course's trainers, administrators and the
 *     lead of the course's team
 */
public record CoursePage(long courseId, CourseAccess access, boolean manage, boolean attendance) {

    /** What this person may do on the screens of a course they may see ({@code access}). */
    public static CoursePage of(CourseAccess access, PendelUser user) {
        boolean manage = access.canManage(user) && access.status().editable();
        boolean lead = access.isLead(user);
        return new CoursePage(access.courseId(), access, manage, access.canManage(user) || lead);
    }
}
