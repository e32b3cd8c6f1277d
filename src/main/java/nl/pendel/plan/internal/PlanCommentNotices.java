package nl.pendel.plan.internal;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import nl.pendel.account.PersonProfile;
import nl.pendel.account.PersonService;
import nl.pendel.course.CourseAccess;
import nl.pendel.course.CourseService;
import nl.pendel.plan.PlanCommentNotice;
import nl.pendel.programme.ProgrammeOutline;
import nl.pendel.programme.ProgrammeService;
import nl.pendel.shared.UserFacingException;
import nl.pendel.subgroup.CourseSubgroup;
import nl.pendel.subgroup.SubgroupService;
import org.springframework.stereotype.Component;

/**
 * What the notification of a comment says and to whom: the members of the plan's subgroup who are
 * still in the course and its trainers, never the comment's writer. For the system, which the
 * public service checks.
 */
@Component
public class PlanCommentNotices {

    private final PlanAccess access;
    private final PlanCommentStore comments;
    private final CourseService courses;
    private final ProgrammeService programmes;
    private final SubgroupService subgroups;
    private final PersonService people;

    PlanCommentNotices(
            PlanAccess access,
            PlanCommentStore comments,
            CourseService courses,
            ProgrammeService programmes,
            SubgroupService subgroups,
            PersonService people) {
        this.access = access;
        this.comments = comments;
        this.courses = courses;
        this.programmes = programmes;
        this.subgroups = subgroups;
        this.people = people;
    }

    /** The notice of one comment of a plan. */
    public PlanCommentNotice notice(long planId, long commentId) {
        PlanStore.PlanRow plan = access.row(planId);
        PlanCommentStore.CommentRow comment =
                comments.one(planId, commentId).orElseThrow(() -> new UserFacingException("plan.error.not-found"));
        String sectionTitle = programmes.planTemplateVersion(plan.templateVersionId()).sections().stream()
                .filter(s -> s.key().equals(comment.sectionKey()))
                .map(ProgrammeOutline.Section::title)
                .findFirst()
                .orElse(comment.sectionKey());
        String author = people.profiles(Set.of(comment.authorId())).stream()
                .map(PersonProfile::displayName)
                .findFirst()
                .orElse("?");
        Optional<CourseSubgroup> subgroup = subgroups.ofCourse(plan.courseId()).stream()
                .filter(s -> s.id() == plan.subgroupId())
                .findFirst();
        return new PlanCommentNotice(
                planId,
                plan.title(),
                subgroup.map(CourseSubgroup::number).orElse(0),
                courses.summary(plan.courseId()).title(),
                sectionTitle,
                author,
                comment.text(),
                recipients(plan, subgroup.map(CourseSubgroup::members).orElse(Set.of()), comment.authorId()));
    }

    private Set<Long> recipients(PlanStore.PlanRow plan, Set<Long> members, long author) {
        CourseAccess course = courses.requireView(plan.courseId());
        Set<Long> recipients = new TreeSet<>(members);
        recipients.retainAll(course.participantIds());
        recipients.add(course.trainerId());
        if (course.coTrainerId() != null) {
            recipients.add(course.coTrainerId());
        }
        recipients.remove(author);
        return recipients;
    }
}
