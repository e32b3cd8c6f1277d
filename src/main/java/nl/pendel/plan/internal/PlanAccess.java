package nl.pendel.plan.internal;

import nl.pendel.course.CourseAccess;
import nl.pendel.course.CourseService;
import nl.pendel.plan.internal.PlanStore.PlanRow;
import nl.pendel.security.CurrentUser;
import nl.pendel.security.PendelUser;
import nl.pendel.security.Role;
import nl.pendel.shared.UserFacingException;
import nl.pendel.subgroup.SubgroupService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what with one plan: members of its subgroup and the course's trainers (and
 * administrators) edit, the lead of the course's team reads, nobody else sees it.
 */
@Component
public class PlanAccess {

    /** The section whose text a subgroup may still write after the course closed. */
    public static final String EVALUATION_SECTION = nl.pendel.plan.PlanSection.EVALUATION;

    private final PlanStore store;
    private final CourseService courses;
    private final SubgroupService subgroups;
    private final CurrentUser currentUser;

    PlanAccess(PlanStore store, CourseService courses, SubgroupService subgroups, CurrentUser currentUser) {
        this.store = store;
        this.courses = courses;
        this.subgroups = subgroups;
        this.currentUser = currentUser;
    }

    /** The plan with the reader's relation to it. */
    public record Context(PendelUser user, CourseAccess course, PlanRow plan, boolean member, boolean trainer) {

        public boolean canEdit() {
            return member || trainer;
        }

        /** Whether this section may be written now: while the course runs, and the evaluation after it. */
        public boolean canWrite(String sectionKey) {
            return canEdit() && (course.status().editable() || EVALUATION_SECTION.equals(sectionKey));
        }
    }

    /** The plan for someone who may read it. */
    public Context read(long planId) {
        PlanRow plan = row(planId);
        PendelUser user = currentUser.require();
        CourseAccess course = courses.requireView(plan.courseId());
        boolean trainer = course.canManage(user);
        boolean member = isMember(course, plan.subgroupId(), user);
        boolean lead = user.hasRole(Role.TEAM_LEAD) && user.teamId() != null && user.teamId() == course.teamId();
        if (!trainer && !member && !lead) {
            throw new AccessDeniedException("A plan is for its subgroup, the course's trainers and the team lead");
        }
        return new Context(user, course, plan, member, trainer);
    }

    /** The plan for someone who may change it (checked against their account as it is now). */
    public Context edit(long planId) {
        Context context = read(planId);
        if (!context.canEdit()) {
            throw new AccessDeniedException("The team lead reads plans; the subgroup and trainers write them");
        }
        // a page left open after the account was erased, deactivated or changed writes nothing
        currentUser.requireCurrent();
        return context;
    }

    public boolean isMember(CourseAccess course, long subgroupId, PendelUser user) {
        return course.participantIds().contains(user.personId())
                && subgroups
                        .subgroupOf(course.courseId(), user.personId())
                        .map(s -> s == subgroupId)
                        .orElse(false);
    }

    /** The plan's row (for system work that checked its right otherwise), or "not found". */
    public PlanRow row(long planId) {
        return store.plan(planId).orElseThrow(() -> new UserFacingException("plan.error.not-found"));
    }
}
