package nl.pendel.course;

import java.util.Set;
import nl.pendel.security.PendelUser;
import nl.pendel.security.Role;
import org.jspecify.annotations.Nullable;

/**
 * Who is involved in a course, for access checks here and in the modules that hang off a course.
 * Trainers of the course and administrators manage it; participants and the lead of its team see
 * it once it is published.
 */
public record CourseAccess(
        long courseId,
        long teamId,
        long trainerId,
        @Nullable Long coTrainerId,
        Set<Long> participantIds,
        CourseStatus status) {

    public CourseAccess {
        participantIds = Set.copyOf(participantIds);
    }

    public boolean isTrainer(long personId) {
        return trainerId == personId || (coTrainerId != null && coTrainerId == personId);
    }

    public boolean canManage(PendelUser user) {
        return user.hasRole(Role.ADMIN) || (user.hasRole(Role.TRAINER) && isTrainer(user.personId()));
    }

    public boolean canView(PendelUser user) {
        if (canManage(user)) {
            return true;
        }
        if (!status.visibleToTeam()) {
            return false;
        }
        boolean lead = user.hasRole(Role.TEAM_LEAD) && Long.valueOf(teamId).equals(user.teamId());
        return lead || participantIds.contains(user.personId());
    }
}
