package nl.pendel.plan.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import nl.pendel.course.CourseAccess;
import nl.pendel.course.CourseService;
import nl.pendel.plan.PlanStatus;
import nl.pendel.security.CurrentUser;
import nl.pendel.security.PendelUser;
import nl.pendel.security.Role;
import nl.pendel.shared.UserFacingException;
import nl.pendel.subgroup.SubgroupService;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
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

    private final JdbcClient jdbc;
    private final CourseService courses;
    private final SubgroupService subgroups;
    private final CurrentUser currentUser;

    PlanAccess(JdbcClient jdbc, CourseService courses, SubgroupService subgroups, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.courses = courses;
        this.subgroups = subgroups;
        this.currentUser = currentUser;
    }

    /** The stored plan row. */
    public record PlanRow(
            long id,
            long courseId,
            long subgroupId,
            long templateVersionId,
            String title,
            PlanStatus status,
            Set<String> competences,
            @Nullable Long signedOffBy,
            @Nullable Instant signedOffAt,
            long version) {}

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

    /** The course's access facts (for system work that already runs with the right to see it). */
    public CourseAccess courseAccess(long courseId) {
        return courses.requireView(courseId);
    }

    public String courseTitle(long courseId) {
        return courses.summary(courseId).title();
    }

    public boolean isMember(CourseAccess course, long subgroupId, PendelUser user) {
        return course.participantIds().contains(user.personId())
                && subgroups
                        .subgroupOf(course.courseId(), user.personId())
                        .map(s -> s == subgroupId)
                        .orElse(false);
    }

    /** The plan's row; read once per read-only transaction ({@code ReadMemo}). */
    public PlanRow row(long planId) {
        return nl.pendel.shared.ReadMemo.get("plan.row", planId, () -> readRow(planId));
    }

    private PlanRow readRow(long planId) {
        return jdbc.sql("""
                        select id, course_id, subgroup_id, template_version_id, title, status, competences,
                               signed_off_by, signed_off_at, version
                        from activity_plan where id = ?""")
                .param(planId)
                .query((rs, n) -> {
                    long signedOffBy = rs.getLong(8);
                    boolean signed = !rs.wasNull();
                    Timestamp signedAt = rs.getTimestamp(9);
                    return new PlanRow(
                            rs.getLong(1),
                            rs.getLong(2),
                            rs.getLong(3),
                            rs.getLong(4),
                            rs.getString(5),
                            PlanStatus.valueOf(rs.getString(6)),
                            codes(rs.getString(7)),
                            signed ? signedOffBy : null,
                            signedAt == null ? null : signedAt.toInstant(),
                            rs.getLong(10));
                })
                .optional()
                .orElseThrow(() -> new UserFacingException("plan.error.not-found"));
    }

    public static Set<String> codes(String stored) {
        return Arrays.stream(stored.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }
}
