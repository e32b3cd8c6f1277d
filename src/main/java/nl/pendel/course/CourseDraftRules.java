package nl.pendel.course;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import nl.pendel.account.PersonProfile;
import nl.pendel.account.PersonService;
import nl.pendel.course.internal.CourseRepository;
import nl.pendel.security.CurrentUser;
import nl.pendel.security.PendelUser;
import nl.pendel.security.Role;
import nl.pendel.shared.UserFacingException;
import nl.pendel.team.TeamService;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What a course draft must keep before it is stored, each refused with a Dutch message: a
 * sensible period, an existing team, trainers who hold the trainer role, one's own course, only
 * the team's professionals as participants, and a title no other open course has.
 *
 * <p>Participants: a course enrols the team's members who hold the participant role. The team
 * lead and trainers do not take part (they would get invitations, homework and a place in a
 * subgroup), unless they also hold the participant role: a person who is both team lead and
 * participant takes part as a participant.
 *
 * <p>Titles: two courses of one team that are not closed never share a title, compared as the
 * database compares text (case-insensitively, spaces at the end left out); a closed course's
 * title may be used again, e.g. for next year's run, and another team's course may carry the same
 * title. A unique index on {@code course (team_id, open_title)} stops two simultaneous saves
 * (migration V0025__course_unique_open_title).
 *
 * <p>Only the people a change adds are checked against the team: someone enrolled earlier who
 * has since left the team or lost the participant role stays until the trainer takes them out,
 * and does not block renaming the course.
 */
@Component
class CourseDraftRules {

    private final CourseRepository courses;
    private final PersonService people;
    private final TeamService teams;
    private final CurrentUser currentUser;

    CourseDraftRules(CourseRepository courses, PersonService people, TeamService teams, CurrentUser currentUser) {
        this.courses = courses;
        this.people = people;
        this.teams = teams;
        this.currentUser = currentUser;
    }

    /**
     * Refuses the draft unless it keeps every rule; {@code courseId} is the course it changes
     * (null: a new one), {@code enrolled} who takes part in it now.
     */
    void check(CourseDraft draft, @Nullable Long courseId, Set<Long> enrolled) {
        period(draft);
        if (teams.findTeam(draft.getTeamId()).isEmpty()) {
            throw new UserFacingException("error.not-found");
        }
        trainers(draft);
        Set<Long> added = new HashSet<>(draft.getParticipantIds());
        added.removeAll(enrolled);
        participants(draft.getTeamId(), added);
        if (courses.openCourseHasTitle(draft.getTitle().strip(), draft.getTeamId(), courseId)) {
            throw new UserFacingException("course.error.title-taken");
        }
    }

    private static void period(CourseDraft draft) {
        if (draft.getEndsOn().isBefore(draft.getStartsOn())) {
            throw new UserFacingException("course.error.period");
        }
        if (draft.getStartsOn().isBefore(CourseDraft.EARLIEST)
                || draft.getEndsOn().isAfter(CourseDraft.LATEST)) {
            throw new UserFacingException(
                    "course.error.period-range", CourseDraft.EARLIEST.getYear(), CourseDraft.LATEST.getYear());
        }
        if (draft.getEndsOn().isAfter(draft.getStartsOn().plusYears(CourseDraft.LONGEST_YEARS))) {
            throw new UserFacingException("course.error.period-too-long", CourseDraft.LONGEST_YEARS);
        }
    }

    private void trainers(CourseDraft draft) {
        Set<Long> trainerIds = people.trainers().stream().map(PersonProfile::id).collect(Collectors.toSet());
        if (!trainerIds.contains(draft.getTrainerId())
                || (draft.getCoTrainerId() != null && !trainerIds.contains(draft.getCoTrainerId()))) {
            throw new UserFacingException("course.error.not-a-trainer");
        }
        if (draft.getTrainerId().equals(draft.getCoTrainerId())) {
            throw new UserFacingException("course.error.same-trainers");
        }
        PendelUser user = currentUser.require();
        boolean ownCourse = draft.getTrainerId() == user.personId()
                || Long.valueOf(user.personId()).equals(draft.getCoTrainerId());
        if (!user.hasRole(Role.ADMIN) && !ownCourse) {
            throw new UserFacingException("course.error.own-course");
        }
    }

    private void participants(long teamId, Set<Long> added) {
        if (added.isEmpty()) {
            return;
        }
        Set<Long> members =
                people.activeTeamMembers(teamId).stream().map(PersonProfile::id).collect(Collectors.toSet());
        if (!members.containsAll(added)) {
            throw new UserFacingException("course.error.participant-not-in-team");
        }
        Set<Long> others = new HashSet<>(added);
        people.activeTeamParticipants(teamId).forEach(p -> others.remove(p.id()));
        if (!others.isEmpty()) {
            String names = people.profiles(others).stream()
                    .map(PersonProfile::displayName)
                    .collect(Collectors.joining(", "));
            throw new UserFacingException("course.error.not-a-participant", names);
        }
    }
}
