package nl.pendel.course;

import java.util.Set;
import nl.pendel.security.PendelUser;
import nl.pendel.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

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
        return isLead(user) || participantIds.contains(user.personId());
    }

    /** Whether the user is a team lead of the team the course belongs to. */
    public boolean isLead(PendelUser user) {
        return user.hasRole(Role.TEAM_LEAD) && Long.valueOf(teamId).equals(user.teamId());
    }

    /**
     * The participants whose figures (attendance, homework outcomes, self-assessment states) the
     * user may read: all of them for whoever manages the course and the lead of its team; only
     * themselves for a participant who may see the course.
     *
     * @throws AccessDeniedException for anyone else
     */
    public Set<Long> participantsWhoseFiguresMayBeRead(PendelUser user) {
        if (canManage(user) || isLead(user)) {
            return participantIds;
        }
        if (canView(user) && participantIds.contains(user.personId())) {
            return Set.of(user.personId());
        }
        throw new AccessDeniedException("A course's figures are for its trainers, its lead and each participant");
    }
}
